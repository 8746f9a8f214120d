package org.residencedesk.service.demodata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.registration.Person;
import org.residencedesk.domain.registration.ResidenceRegistration;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.service.Operator;
import org.residencedesk.storage.HibernateRegistrationRepository;
import org.residencedesk.storage.HibernateTransactions;

/**
 * Everything a generated station holds, read back the way the product reads it: persons and registrations through
 * the registration repository, forms through the form codec, permits through PermitQueries (as an operator). Only
 * the list of person ids comes from a plain query (no service lists every person).
 */
final class DemoStationSnapshot {
    /** One person with their registrations (oldest first), each registration's form, and their permits. */
    record Resident(Person person, List<ResidenceRegistration> registrations, List<FormValues> forms,
                    List<PermitApplication> permits, Map<String, Long> permitRegistration) {
        ResidenceRegistration registration(long id) {
            return registrations.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        }
    }

    final List<Resident> residents = new ArrayList<>();

    DemoStationSnapshot(AppContext ctx, Operator reader) {
        HibernateRegistrationRepository repository =
                new HibernateRegistrationRepository((HibernateTransactions) ctx.transactions());
        for (long personId : personIds(ctx)) {
            Resident r = ctx.transactions().readOnly(() -> {
                Person person = repository.findPerson(personId).orElseThrow();
                List<ResidenceRegistration> regs = new ArrayList<>(repository.registrationsOfPerson(personId));
                regs.sort(Comparator.comparing(ResidenceRegistration::registeredOn)
                        .thenComparing(ResidenceRegistration::id));
                List<FormValues> forms = regs.stream().map(g -> ctx.formCodec().fromJson(g.formJson())).toList();
                return new Resident(person, List.copyOf(regs), forms, new ArrayList<>(), new LinkedHashMap<>());
            });
            for (PermitSummary s : ctx.permitQueries().permitsOfPerson(reader, personId)) {
                r.permits().add(ctx.permitQueries().open(reader, s.id()));
                r.permitRegistration().put(s.id(), s.registrationId());
            }
            residents.add(r);
        }
    }

    private static List<Long> personIds(AppContext ctx) {
        List<Long> ids = new ArrayList<>();
        try (Connection c = ctx.database().openConnection();
             PreparedStatement ps = c.prepareStatement("SELECT ID FROM PERSON ORDER BY ID");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) ids.add(rs.getLong(1));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return ids;
    }
}
