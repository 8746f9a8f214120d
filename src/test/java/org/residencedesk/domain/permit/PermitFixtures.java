package org.residencedesk.domain.permit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.residencedesk.domain.account.Role;
import org.residencedesk.testing.TestClock;

/** Drives applications to each status with real steps; every date comes from a test clock. */
final class PermitFixtures {
    static final PermitPolicy POLICY = PermitPolicy.hubeiDefaults();
    static final Actor WINDOW = Actor.of("window1", Role.WINDOW_STAFF);
    static final Actor REVIEWER = Actor.of("reviewer1", Role.REVIEWER);
    static final Actor CLERK = Actor.of("clerk1", Role.CLERK);
    static final Actor CHIEF = Actor.of("chief1", Role.CHIEF);
    static final Actor ADMIN = Actor.of("admin1", Role.ADMIN);
    static final Actor EVERYONE = new Actor("all", EnumSet.allOf(Role.class));

    static final LocalDate REGISTERED = LocalDate.of(2025, 6, 1);
    static final LocalDate SUBMITTED = LocalDate.of(2026, 3, 2);
    static final LocalDate PRINTED_ON = LocalDate.of(2026, 3, 10);
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 20);
    static final String PERMIT_NO = "420111001000" + "2026" + "000001";
    static final String PERMIT_NO_2 = "420111001000" + "2026" + "000002";

    static final Set<MaterialKind> COMPLETE_FOR_EMPLOYMENT = EnumSet.of(MaterialKind.RESIDENT_ID_CARD,
            MaterialKind.PHOTO, MaterialKind.LEASE, MaterialKind.LABOUR_CONTRACT);

    private PermitFixtures() {
    }

    /** 09:00 Beijing time on {@code date}. */
    static Clock on(LocalDate date) {
        return TestClock.at(date + "T01:00:00Z");
    }

    static Clock on(int y, int m, int d) {
        return on(LocalDate.of(y, m, d));
    }

    static ApplicantCircumstances worker() {
        return ApplicantCircumstances.adultInPerson(LocalDate.of(1990, 5, 17), REGISTERED, PermitBasis.STABLE_EMPLOYMENT);
    }

    static PermitApplication submitted(Set<MaterialKind> materials) {
        return PermitApplication.submit("A1", "R1", worker(), materials, WINDOW, on(SUBMITTED));
    }

    static PermitApplication inStatus(PermitStatus status) {
        PermitApplication a = submitted(COMPLETE_FOR_EMPLOYMENT);
        if (status == PermitStatus.AWAITING_MATERIALS) {
            return a;
        }
        if (status == PermitStatus.CANCELLED) {
            a.cancel(CancellationReason.MOVED_AWAY, null, WINDOW, on(SUBMITTED));
            return a;
        }
        a.accept("SL2026000001", POLICY, WINDOW, on(SUBMITTED));
        if (status == PermitStatus.ACCEPTED) {
            return a;
        }
        if (status == PermitStatus.REJECTED) {
            a.reject("材料与事实不符", REVIEWER, on(2026, 3, 5));
            return a;
        }
        a.approve(REVIEWER, on(2026, 3, 5));
        if (status == PermitStatus.APPROVED) {
            return a;
        }
        // an issued fixture's card is printed on the handover day, so its residence years run from ISSUED_ON
        // (ADR 0143: they run from the date printed on the card); a PRINTED fixture waits since 2026-03-10
        a.print(PrintRequest.first(PERMIT_NO), POLICY, CLERK, on(status == PermitStatus.PRINTED ? PRINTED_ON : ISSUED_ON));
        if (status == PermitStatus.PRINTED) {
            return a;
        }
        a.issue(Handover.holder(), CLERK, on(ISSUED_ON));
        if (status == PermitStatus.ISSUED) {
            return a;
        }
        a.refreshLapse(on(ISSUED_ON.plusYears(1)));
        if (status == PermitStatus.SUSPENDED) {
            return a;
        }
        throw new IllegalArgumentException("no fixture for " + status);
    }
}
