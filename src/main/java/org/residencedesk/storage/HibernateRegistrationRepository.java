package org.residencedesk.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import org.residencedesk.domain.registration.Person;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.RegistrationHistoryEntry;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.domain.registration.ResidenceRegistration;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.port.RegistrationRepository;

/**
 * Registrations on Derby. Every search is an indexed prefix or equality look-up except the address
 * search, which scans and therefore always pages.
 */
public final class HibernateRegistrationRepository implements RegistrationRepository {
    private static final String FROM_REGISTRATION = "select r from ResidenceRegistration r join fetch r.person p ";

    private final CurrentSession sessions;

    public HibernateRegistrationRepository(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<Long> personIdByIdNumber(String idNumber) {
        // plain JDBC on the unit's connection (ADR 0394): a person is inserted at once (IDENTITY), so the select
        // sees every person of the running unit without the flush an HQL query would check for
        return sessions.session().doReturningWork(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT ID FROM PERSON WHERE ID_NUMBER = ?")) {
                ps.setString(1, idNumber);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    @Override
    public Optional<Person> findPerson(long personId) {
        return Optional.ofNullable(sessions.session().find(Person.class, personId));
    }

    @Override
    public void savePerson(Person person) {
        if (person.id() == null) {
            sessions.session().persist(person);
        }
    }

    @Override
    public Optional<ResidenceRegistration> findById(long registrationId) {
        return sessions.session().createSelectionQuery(FROM_REGISTRATION + "where r.id = :id",
                ResidenceRegistration.class).setParameter("id", registrationId).uniqueResultOptional();
    }

    @Override
    public Optional<ResidenceRegistration> findActiveForPerson(long personId) {
        return sessions.session().createSelectionQuery(FROM_REGISTRATION
                        + "where p.id = :p and r.status = :s", ResidenceRegistration.class)
                .setParameter("p", personId).setParameter("s", RegistrationStatus.ACTIVE)
                .setMaxResults(1).uniqueResultOptional();
    }

    @Override
    public List<ResidenceRegistration> registrationsOfPerson(long personId) {
        return sessions.session().createSelectionQuery(FROM_REGISTRATION
                        + "where p.id = :p order by r.registeredAt desc", ResidenceRegistration.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public long countLateRegistrations(LocalDate from, LocalDate to) {
        // served by the index REGISTRATION_LATE_DAY (V9)
        return sessions.session().createSelectionQuery("select count(r) from ResidenceRegistration r "
                        + "where r.lateRegistration = true and r.registeredOn between :from and :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public void save(ResidenceRegistration registration) {
        if (registration.id() == null) {
            sessions.session().persist(registration);
        }
    }

    @Override
    public void addHistory(RegistrationHistoryEntry entry) {
        // appended, never read back as an entity in the unit: a plain insert on the unit's connection, no key
        // fetched (ADR 0394); its registration and person are inserted already (IDENTITY inserts run at persist)
        sessions.session().doWork(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO REGISTRATION_HISTORY (REGISTRATION_ID,"
                    + " PERSON_ID, KIND, OCCURRED_AT, OPERATOR, SUMMARY, BEFORE_JSON) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, entry.registrationId());
                ps.setLong(2, entry.personId());
                ps.setString(3, entry.kind().name());
                UtcTimestamps.set(ps, 4, entry.occurredAt());
                ps.setString(5, entry.operator());
                ps.setString(6, entry.summary());
                ps.setString(7, entry.beforeJson());
                ps.executeUpdate();
            }
        });
    }

    @Override
    public List<RegistrationHistoryEntry> historyOfPerson(long personId) {
        return sessions.session().createSelectionQuery(
                        "from RegistrationHistoryEntry where personId = :p order by occurredAt desc, id desc",
                        RegistrationHistoryEntry.class)
                .setParameter("p", personId).getResultList();
    }

    private static final String LIST_COLUMNS = "select r.id, p.id, r.registrationNumber, p.name, "
            + "p.idNumber, p.sex, p.mobile, r.addressText, r.status, r.registeredOn, r.lateRegistration "
            + "from ResidenceRegistration r join r.person p where ";

    /**
     * Reads only the list columns (never FORM_JSON). ID number and phone are one plain select of
     * {@link ExactKeyRows} (ADR 0394); name and initials prefixes go through {@link #prefixSearch} (ADR 0301); the
     * others are indexed look-ups or, the address, a paged scan.
     */
    @Override
    public List<RegistrationSummary> search(SearchKind kind, String text, int offset, int limit) {
        String t = text.strip();
        return switch (kind) {
            case NAME -> prefixSearch("name", t, offset, limit);
            case NAME_INITIALS -> prefixSearch("nameInitials", t.toLowerCase(Locale.ROOT), offset, limit);
            case ID_NUMBER -> exact(ExactKeyRows.Key.ID_NUMBER, t.toUpperCase(Locale.ROOT), offset, limit);
            case PHONE -> exact(ExactKeyRows.Key.MOBILE, t.replace("-", ""), offset, limit);
            case REGISTRATION_NUMBER -> listed("r.registrationNumber like :t escape '!' order by r.registrationNumber",
                    RegisterRows.escapeLike(t) + "%", offset, limit);
            case ADDRESS -> listed("r.addressText like :t escape '!' order by r.id desc",
                    "%" + RegisterRows.escapeLike(t) + "%", offset, limit);
        };
    }

    private List<RegistrationSummary> exact(ExactKeyRows.Key key, String value, int offset, int limit) {
        return sessions.session().doReturningWork(c -> ExactKeyRows.page(c, key, value, offset, limit));
    }

    private List<RegistrationSummary> listed(String whereAndOrder, String value, int offset, int limit) {
        return sessions.session().createSelectionQuery(LIST_COLUMNS + whereAndOrder, Object[].class)
                .setParameter("t", value).setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(RegisterRows::summary).toList();
    }

    /**
     * Rows ordered by (column, person id, registration id desc), as a join sorted that way would give, without
     * sorting the join: person ids come from the covering index (column, ID) of V19 as a bounded range scan
     * [prefix, prefix with its last character + 1) that stops after a batch, then the registrations of just
     * those persons (probing REGISTRATION_PERSON by r.PERSON_ID). A one-letter prefix matching 10 % of a million persons reads one page, not 100,000 rows.
     */
    private List<RegistrationSummary> prefixSearch(String column, String prefix, int offset, int limit) {
        int wanted = offset + limit;
        int batch = Math.max(wanted, 20);
        String upper = prefixUpperBound(prefix);
        String personIds = "select p.id from Person p where p." + column + " >= :lo"
                + (upper != null ? " and p." + column + " < :hi" : prefix.isEmpty() ? "" : " and p." + column
                + " like :t escape '!'") + " order by p." + column + ", p.id";
        List<RegistrationSummary> out = new ArrayList<>();
        int personOffset = 0;
        while (out.size() < wanted) {
            var query = sessions.session().createSelectionQuery(personIds, Long.class).setParameter("lo", prefix);
            if (upper != null) query.setParameter("hi", upper);
            else if (!prefix.isEmpty()) query.setParameter("t", RegisterRows.escapeLike(prefix) + "%");
            List<Long> ids = query.setFirstResult(personOffset).setMaxResults(batch).getResultList();
            if (ids.isEmpty()) break;
            out.addAll(registrationsInOrder(ids));
            personOffset += ids.size();
            if (ids.size() < batch) break;
        }
        return out.subList(Math.min(offset, out.size()), Math.min(wanted, out.size()));
    }

    private List<RegistrationSummary> registrationsInOrder(List<Long> personIds) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < personIds.size(); i++) position.put(personIds.get(i), i);
        List<Object[]> rows = new ArrayList<>(sessions.session().createSelectionQuery(LIST_COLUMNS + "r.person.id in :ids",
                Object[].class).setParameter("ids", personIds).getResultList());
        rows.sort(Comparator.<Object[]>comparingInt(r -> position.get((Long) r[1]))
                .thenComparing(r -> (Long) r[0], Comparator.reverseOrder()));
        return rows.stream().map(RegisterRows::summary).toList();
    }

    /** The smallest string above every string starting with {@code prefix}; null when there is none to name. */
    static String prefixUpperBound(String prefix) {
        if (prefix.isEmpty()) return null;
        char last = prefix.charAt(prefix.length() - 1);
        if (last == Character.MAX_VALUE) return null; // never in names or initials; LIKE bounds it then
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }
}
