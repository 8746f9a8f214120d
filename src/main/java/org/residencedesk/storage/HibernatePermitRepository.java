package org.residencedesk.storage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.query.SelectionQuery;
import org.residencedesk.domain.online.OnlineApplication;
import org.residencedesk.domain.online.OnlineStatus;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.PermitRepository;
import org.residencedesk.port.PermitSummary;

/**
 * Permits on Derby (ADR 0070). Lists select the summary columns only (no JSON is parsed for a queue)
 * and are ranges on the PERMIT_STATUS_SINCE / PERMIT_STATUS_ANNIVERSARY / PERMIT_PERSON indexes.
 */
public final class HibernatePermitRepository implements PermitRepository {
    private static final String SUMMARY = "select new org.residencedesk.port.PermitSummary(r.id, r.personId, "
            + "r.registrationId, r.status, r.statusSince, r.submittedOn, r.acceptanceNumber, r.permitNumber, "
            + "r.acceptedOn, r.promisedOn, r.approvedOn, r.printedOn, r.issuedOn, r.nextAnniversary, r.validUntil, "
            + "r.endorsementCount, r.cancelledOn) from PermitRecord r ";
    private static final int EXPORT_FETCH = 500;
    private static final String TABLE = "PERMIT_APPLICATION";

    private final CurrentSession sessions;
    private final PermitPolicy policy;
    private final ZoneId zone;
    private final String location;
    private final PermitStateJson json = new PermitStateJson();

    /** @param policy decides the validity column; @param zone the station's zone, for status days */
    public HibernatePermitRepository(CurrentSession sessions, PermitPolicy policy, ZoneId zone) {
        this(sessions, policy, zone, "db");
    }

    /** @param location the database folder, named when the export finds it damaged */
    public HibernatePermitRepository(CurrentSession sessions, PermitPolicy policy, ZoneId zone, String location) {
        this.sessions = sessions;
        this.policy = policy;
        this.zone = zone;
        this.location = location;
    }

    @Override
    public void save(PermitApplication permit, long personId) {
        PermitRecord record = sessions.session().find(PermitRecord.class, permit.id());
        boolean fresh = record == null;
        if (fresh) {
            record = new PermitRecord(permit.id());
        }
        record.fill(PermitColumns.of(permit, personId, policy, zone), json.write(permit),
                permit.history().get(permit.history().size() - 1).at());
        if (fresh) {
            sessions.session().persist(record);
        }
        sessions.session().flush(); // the step rows reference the permit row
        PermitStepLog.append(sessions.session(), permit, zone);
    }

    @Override
    public Optional<PermitApplication> find(String id) {
        return Optional.ofNullable(sessions.session().find(PermitRecord.class, id))
                .map(r -> json.read(r.stateJson()));
    }

    @Override
    public Optional<PermitApplication> findByAcceptanceNumber(String acceptanceNumber) {
        return sessions.session().createSelectionQuery("from PermitRecord where acceptanceNumber = :n",
                        PermitRecord.class).setParameter("n", acceptanceNumber).uniqueResultOptional()
                .map(r -> json.read(r.stateJson()));
    }

    @Override
    public Optional<PermitSummary> summary(String id) {
        return summaries("where r.id = :id").setParameter("id", id).uniqueResultOptional();
    }

    @Override
    public Optional<PermitSummary> summaryByPermitNumber(String permitNumber) {
        return summaries("where r.permitNumber = :n").setParameter("n", permitNumber).uniqueResultOptional();
    }

    @Override
    public Optional<String> reservedPermitNumber(String id) {
        return Optional.ofNullable(sessions.session().find(PermitRecord.class, id)).map(PermitRecord::reservedNumber);
    }

    @Override
    public void reservePermitNumber(String id, String number) {
        PermitRecord record = sessions.session().find(PermitRecord.class, id);
        if (record == null) {
            throw new IllegalArgumentException("no permit " + id);
        }
        record.reserve(number);
    }

    @Override
    public List<PermitSummary> ofPerson(long personId) {
        return summaries("where r.personId = :p order by r.submittedOn desc, r.id desc")
                .setParameter("p", personId).getResultList();
    }

    @Override
    public List<PermitSummary> inStatus(PermitStatus status, LocalDate enteredOnOrBefore, int offset, int limit) {
        String bound = enteredOnOrBefore == null ? "" : "and r.statusSince <= :d ";
        SelectionQuery<PermitSummary> q = summaries("where r.status = :s " + bound
                + "order by r.statusSince, r.id").setParameter("s", status);
        if (enteredOnOrBefore != null) {
            q.setParameter("d", enteredOnOrBefore);
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<PermitSummary> anniversaryBetween(LocalDate from, LocalDate to, int offset, int limit) {
        return summaries("where r.status = :s and r.nextAnniversary between :f and :t "
                + "order by r.nextAnniversary, r.id")
                .setParameter("s", PermitStatus.ISSUED).setParameter("f", from).setParameter("t", to)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<PermitSummary> lapsedOn(LocalDate day, int offset, int limit) {
        return summaries("where r.status in (:s) and r.nextAnniversary <= :d order by r.nextAnniversary, r.id")
                .setParameterList("s", List.of(PermitStatus.ISSUED, PermitStatus.SUSPENDED)).setParameter("d", day)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<String> issuedLapsedBy(LocalDate day, int limit) {
        return sessions.session().createSelectionQuery("select r.id from PermitRecord r where r.status = :s "
                        + "and r.nextAnniversary <= :d order by r.nextAnniversary, r.id", String.class)
                .setParameter("s", PermitStatus.ISSUED).setParameter("d", day).setMaxResults(limit).getResultList();
    }

    @Override
    public long forEach(Consumer<PermitSummary> sink) {
        long expected = sessions.session().doReturningWork(c -> ExportCounts.expected(c, TABLE, location));
        long[] rows = {0};
        try (Stream<PermitSummary> stream = summaries("order by r.id").setFetchSize(EXPORT_FETCH).getResultStream()) {
            stream.forEach(summary -> {
                sink.accept(summary);
                rows[0]++;
            });
        }
        if (rows[0] < expected) {
            // permits are never deleted: fewer rows than counted means pages were skipped (ADR 0276, 0350)
            throw ExportCounts.shortfall(location, TABLE, rows[0], expected);
        }
        return rows[0];
    }

    private SelectionQuery<PermitSummary> summaries(String rest) {
        return sessions.session().createSelectionQuery(SUMMARY + rest, PermitSummary.class);
    }

    // ---- 互联网申办 ----

    @Override
    public void saveOnline(OnlineApplication application) {
        if (application.id() == null) {
            sessions.session().persist(application);
        }
    }

    @Override
    public Optional<OnlineApplication> findOnline(long id) {
        return Optional.ofNullable(sessions.session().find(OnlineApplication.class, id));
    }

    @Override
    public Optional<OnlineApplication> findOnlineByPlatformRef(String platformRef) {
        return sessions.session().createSelectionQuery("from OnlineApplication where platformRef = :r",
                OnlineApplication.class).setParameter("r", platformRef).uniqueResultOptional();
    }

    @Override
    public List<OnlineApplication> pendingOnline(int offset, int limit) {
        return sessions.session().createSelectionQuery("from OnlineApplication where status in (:s) "
                        + "order by receivedAt, id", OnlineApplication.class)
                .setParameterList("s", List.of(OnlineStatus.PENDING, OnlineStatus.VERIFIED))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
