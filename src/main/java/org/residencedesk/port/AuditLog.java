package org.residencedesk.port;

import java.util.List;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.audit.AuditRecord;

/** Append-only, hash-chained log of who did or saw what. Appends join the caller's transaction. */
public interface AuditLog {
    AuditEntry append(AuditRecord record);

    /** Newest first; for the audit viewer and tests. */
    List<AuditEntry> latest(int limit);

    long count();

    /** Walks the whole chain; the first broken link's seq, or -1 when intact. */
    long firstBrokenLink();
}
