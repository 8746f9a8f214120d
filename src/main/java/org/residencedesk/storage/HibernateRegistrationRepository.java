package org.residencedesk.storage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.time.LocalDate;
import org.residencedesk.domain.identity.IdNumber;
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
    public Optional<Person> findPersonByIdNumber(String idNumber) {
        return sessions.session().createSelectionQuery("from Person where idNumber = :n", Person.class)
                .setParameter("n", idNumber).uniqueResultOptional();
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
        sessions.session().persist(entry);
    }

    @Override
    public List<RegistrationHistoryEntry> historyOfPerson(long personId) {
        return sessions.session().createSelectionQuery(
                        "from RegistrationHistoryEntry where personId = :p order by occurredAt desc, id desc",
                        RegistrationHistoryEntry.class)
                .setParameter("p", personId).getResultList();
    }

    /**
     * Reads only the list columns (never FORM_JSON) and orders prefix searches by the column the index
     * is on, so Derby walks the index and stops after one page instead of sorting every match.
     */
    @Override
    public List<RegistrationSummary> search(SearchKind kind, String text, int offset, int limit) {
        String t = text.strip();
        String whereAndOrder = switch (kind) {
            case ID_NUMBER -> "p.idNumber = :t order by r.registeredAt desc, r.id desc";
            case PHONE -> "p.mobile = :t order by r.registeredAt desc, r.id desc";
            case NAME -> "p.name like :t escape '!' order by p.name, p.id, r.id desc";
            case NAME_INITIALS -> "p.nameInitials like :t escape '!' order by p.nameInitials, p.id, r.id desc";
            case REGISTRATION_NUMBER -> "r.registrationNumber like :t escape '!' order by r.registrationNumber";
            case ADDRESS -> "r.addressText like :t escape '!' order by r.id desc";
        };
        String value = switch (kind) {
            case ID_NUMBER -> t.toUpperCase(Locale.ROOT);
            case PHONE -> t.replace("-", "");
            case NAME, REGISTRATION_NUMBER -> escapeLike(t) + "%";
            case NAME_INITIALS -> escapeLike(t.toLowerCase(Locale.ROOT)) + "%";
            case ADDRESS -> "%" + escapeLike(t) + "%";
        };
        return sessions.session().createSelectionQuery("select r.id, p.id, r.registrationNumber, p.name, "
                        + "p.idNumber, p.sex, p.mobile, r.addressText, r.status, r.registeredOn, r.lateRegistration "
                        + "from ResidenceRegistration r join r.person p where " + whereAndOrder, Object[].class)
                .setParameter("t", value).setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(HibernateRegistrationRepository::summary).toList();
    }

    private static RegistrationSummary summary(Object[] row) {
        return new RegistrationSummary((Long) row[0], (Long) row[1], (String) row[2], (String) row[3],
                IdNumber.mask((String) row[4]), (String) row[5], (String) row[6], (String) row[7],
                (RegistrationStatus) row[8], (LocalDate) row[9], (Boolean) row[10]);
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
