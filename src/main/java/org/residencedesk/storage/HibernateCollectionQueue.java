package org.residencedesk.storage;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.residencedesk.domain.collection.CollectedRow;
import org.residencedesk.domain.collection.CollectionStatus;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.port.CollectionQueue;

/** 采集队列 on Derby; the identity look-up uses the (KIND, IDENTITY_KEY, STATUS) index. */
public final class HibernateCollectionQueue implements CollectionQueue {
    private final CurrentSession sessions;

    public HibernateCollectionQueue(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public void save(CollectedRow row) {
        if (row.id() == null) {
            sessions.session().persist(row); // IDENTITY: inserted now
            // an import appends thousands of rows in one transaction: none of them is changed again there, and
            // keeping them managed would make every later query's auto-flush check each of them
            sessions.session().detach(row);
        }
    }

    @Override
    public Set<String> held(RecordKind kind, Collection<String> identities) {
        if (identities.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(sessions.session().createSelectionQuery("select r.identity from CollectedRow r "
                        + "where r.kind = :k and r.identity in (:i) and r.status <> :d", String.class)
                .setParameter("k", kind).setParameterList("i", identities)
                .setParameter("d", CollectionStatus.DISCARDED).getResultList());
    }

    @Override
    public Optional<CollectedRow> find(long id) {
        return Optional.ofNullable(sessions.session().find(CollectedRow.class, id));
    }

    @Override
    public boolean holds(RecordKind kind, String identity) {
        return !sessions.session().createSelectionQuery("select r.id from CollectedRow r where r.kind = :k "
                        + "and r.identity = :i and r.status <> :d", Long.class)
                .setParameter("k", kind).setParameter("i", identity).setParameter("d", CollectionStatus.DISCARDED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<CollectedRow> waiting(RecordKind kind, int offset, int limit) {
        String filter = kind == null ? "" : " and r.kind = :k";
        var q = sessions.session().createSelectionQuery("from CollectedRow r where r.status = :s" + filter
                + " order by r.collectedAt, r.id", CollectedRow.class).setParameter("s", CollectionStatus.WAITING);
        if (kind != null) {
            q.setParameter("k", kind);
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countWaiting(RecordKind kind) {
        String filter = kind == null ? "" : " and r.kind = :k";
        var q = sessions.session().createSelectionQuery("select count(r) from CollectedRow r where r.status = :s"
                + filter, Long.class).setParameter("s", CollectionStatus.WAITING);
        if (kind != null) {
            q.setParameter("k", kind);
        }
        return q.getSingleResult();
    }
}
