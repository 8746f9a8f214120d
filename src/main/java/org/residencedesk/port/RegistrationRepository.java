package org.residencedesk.port;

import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.registration.Person;
import org.residencedesk.domain.registration.RegistrationHistoryEntry;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.ResidenceRegistration;
import org.residencedesk.domain.registration.SearchKind;

public interface RegistrationRepository {
    /** The id of the person with this (normalised) ID number: one select of the unique key, no entity loaded. */
    Optional<Long> personIdByIdNumber(String idNumber);

    Optional<Person> findPerson(long personId);

    void savePerson(Person person);

    Optional<ResidenceRegistration> findById(long registrationId);

    Optional<ResidenceRegistration> findActiveForPerson(long personId);

    List<ResidenceRegistration> registrationsOfPerson(long personId);

    void save(ResidenceRegistration registration);

    void addHistory(RegistrationHistoryEntry entry);

    List<RegistrationHistoryEntry> historyOfPerson(long personId);

    /** How many registrations made from {@code from} to {@code to} (both included) are 逾期登记 (ADR 0172). */
    long countLateRegistrations(java.time.LocalDate from, java.time.LocalDate to);

    /** One page of list rows (ID numbers masked); {@code limit} rows from {@code offset}. Never loads the table. */
    List<RegistrationSummary> search(SearchKind kind, String text, int offset, int limit);
}
