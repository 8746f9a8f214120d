package org.residencedesk.port;

import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.collection.CollectedRow;
import org.residencedesk.domain.collection.RecordKind;

/** 采集队列: rows collected outside the window. Joins the caller's transaction like every repository. */
public interface CollectionQueue {
    /** Stores a new row (an existing one is changed by its own methods and saved by the transaction). */
    void save(CollectedRow row);

    Optional<CollectedRow> find(long id);

    /** True when a waiting or confirmed row of this kind has this identity (a discarded one does not count). */
    boolean holds(RecordKind kind, String identity);

    /** Of {@code identities}, those a waiting or confirmed row of this kind has: one query for a chunk of rows. */
    java.util.Set<String> held(RecordKind kind, java.util.Collection<String> identities);

    /** Waiting rows, oldest first; {@code kind} null for every kind. */
    List<CollectedRow> waiting(RecordKind kind, int offset, int limit);

    long countWaiting(RecordKind kind);
}
