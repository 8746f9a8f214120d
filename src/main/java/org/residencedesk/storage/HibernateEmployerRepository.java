package org.residencedesk.storage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.residencedesk.domain.register.Employer;
import org.residencedesk.domain.register.EmployerSummary;
import org.residencedesk.domain.register.RegisterSearch;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.port.EmployerRepository;

/** The employer register on Derby; lists read columns only and page. */
public final class HibernateEmployerRepository implements EmployerRepository {
    private static final String ROW = "select e.id, e.creditCode, e.name, e.addressText, e.contactName, "
            + "e.contactPhone, e.industry, "
            + String.format(RegisterRows.ACTIVE_COUNT, "workplaceCreditCode", "e.creditCode") + " from Employer e ";

    private final CurrentSession sessions;
    private final String location;

    /** @param location the database folder, named when the export finds it damaged */
    public HibernateEmployerRepository(CurrentSession sessions, String location) {
        this.sessions = sessions;
        this.location = location;
    }

    @Override
    public long exportCount() {
        return sessions.session().doReturningWork(c -> ExportCounts.expected(c, "EMPLOYER", location));
    }

    @Override
    public org.residencedesk.port.StationProblem exportShortfall(long read, long expected) {
        return ExportCounts.shortfall(location, "EMPLOYER", read, expected);
    }

    @Override
    public Optional<Employer> find(long id) {
        return Optional.ofNullable(sessions.session().find(Employer.class, id));
    }

    @Override
    public Optional<Employer> findByCreditCode(String creditCode) {
        return sessions.session().createSelectionQuery("from Employer where creditCode = :c", Employer.class)
                .setParameter("c", creditCode).uniqueResultOptional();
    }

    @Override
    public boolean exists(String creditCode) {
        return sessions.session().createSelectionQuery("select count(e) from Employer e where e.creditCode = :c",
                Long.class).setParameter("c", creditCode).getSingleResult() > 0;
    }

    @Override
    public List<Employer> after(long afterId, int limit) {
        return sessions.session().createSelectionQuery("from Employer e where e.id > :a order by e.id",
                Employer.class).setParameter("a", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public void save(Employer employer) {
        if (employer.id() == null) {
            sessions.session().persist(employer);
        }
    }

    @Override
    public List<EmployerSummary> search(RegisterSearch kind, String text, int offset, int limit) {
        String t = text == null ? "" : text.strip();
        String where = switch (kind) {
            case CODE -> "e.creditCode like :t escape '!' order by e.creditCode";
            case NAME -> "e.name like :t escape '!' order by e.name, e.id";
            case INITIALS -> "e.nameInitials like :t escape '!' order by e.nameInitials, e.id";
            case ADDRESS -> "e.addressText like :t escape '!' order by e.id desc";
        };
        String value = switch (kind) {
            case CODE -> RegisterRows.escapeLike(t.toUpperCase(Locale.ROOT)) + "%";
            case NAME -> RegisterRows.escapeLike(t) + "%";
            case INITIALS -> RegisterRows.escapeLike(t.toLowerCase(Locale.ROOT)) + "%";
            case ADDRESS -> "%" + RegisterRows.escapeLike(t) + "%";
        };
        return sessions.session().createSelectionQuery(ROW + "where " + where, Object[].class)
                .setParameter("t", value).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(HibernateEmployerRepository::summary).toList();
    }

    @Override
    public Optional<EmployerSummary> summary(long id) {
        return sessions.session().createSelectionQuery(ROW + "where e.id = :id", Object[].class)
                .setParameter("id", id).uniqueResultOptional().map(HibernateEmployerRepository::summary);
    }

    @Override
    public List<RegistrationSummary> employees(String creditCode, boolean active, int limit) {
        return RegisterRows.registrationsNaming(sessions.session(), "workplaceCreditCode", creditCode, active, limit);
    }

    private static EmployerSummary summary(Object[] r) {
        return new EmployerSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (Long) r[7]);
    }
}
