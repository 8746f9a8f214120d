package org.residencedesk.port;

import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.register.Employer;
import org.residencedesk.domain.register.EmployerSummary;
import org.residencedesk.domain.register.RegisterSearch;
import org.residencedesk.domain.registration.RegistrationSummary;

/** The employer register (以业管人) and the registrations that name an employer. */
public interface EmployerRepository extends CountedExport {
    Optional<Employer> find(long id);

    Optional<Employer> findByCreditCode(String creditCode);

    boolean exists(String creditCode);

    /** Up to {@code limit} employers with an id above {@code afterId}, in id order (the export pages by it). */
    List<Employer> after(long afterId, int limit);

    void save(Employer employer);

    List<EmployerSummary> search(RegisterSearch kind, String text, int offset, int limit);

    Optional<EmployerSummary> summary(long id);

    /** Registrations naming the employer, newest first: active ones when {@code active}, ended ones otherwise. */
    List<RegistrationSummary> employees(String creditCode, boolean active, int limit);
}
