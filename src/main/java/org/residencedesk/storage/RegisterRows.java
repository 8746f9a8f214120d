package org.residencedesk.storage;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.domain.registration.RegistrationSummary;

/** What the two register repositories share: the registrations naming a register key, and LIKE escaping. */
final class RegisterRows {
    static final String ACTIVE_COUNT = "(select count(r) from ResidenceRegistration r where r.%s = %s "
            + "and r.status = org.residencedesk.domain.registration.RegistrationStatus.ACTIVE)";

    private RegisterRows() {
    }

    /** Rows of registrations whose {@code column} equals {@code key}, newest first, ID numbers masked. */
    static List<RegistrationSummary> registrationsNaming(Session session, String column, String key, boolean active,
                                                        int limit) {
        String status = active ? "r.status = :active" : "r.status <> :active";
        return session.createSelectionQuery("select r.id, p.id, r.registrationNumber, p.name, p.idNumber, p.sex, "
                        + "p.mobile, r.addressText, r.status, r.registeredOn, r.lateRegistration "
                        + "from ResidenceRegistration r join r.person p where r." + column + " = :k and " + status
                        + " order by r.registeredAt desc, r.id desc", Object[].class)
                .setParameter("k", key).setParameter("active", RegistrationStatus.ACTIVE)
                .setMaxResults(limit).getResultList().stream().map(RegisterRows::summary).toList();
    }

    /** A list row of the HQL list columns (r.id, p.id, number, name, ID number, sex, mobile, address, status, day, late). */
    static RegistrationSummary summary(Object[] row) {
        return new RegistrationSummary((Long) row[0], (Long) row[1], (String) row[2], (String) row[3],
                IdNumber.mask((String) row[4]), (String) row[5], (String) row[6], (String) row[7],
                (RegistrationStatus) row[8], (LocalDate) row[9], (Boolean) row[10]);
    }

    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
