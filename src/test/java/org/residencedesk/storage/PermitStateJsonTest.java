package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.identity.IdNumberType;
import org.residencedesk.domain.identity.Sex;
import org.residencedesk.domain.permit.Actor;
import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.PrintRequest;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.testing.TestClock;

/** The whole aggregate survives JSON unchanged, and the list columns follow from it (ADR 0070). */
class PermitStateJsonTest {
    static final PermitPolicy POLICY = PermitPolicy.hubeiDefaults();
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Actor STAFF = Actor.of("w", Role.WINDOW_STAFF);
    static final Actor CHIEF = Actor.of("c", Role.CHIEF, Role.REVIEWER);
    static final Actor CLERK = Actor.of("k", Role.CLERK);
    static final String NO = "420111002001" + "2026" + "000007";

    static Clock on(LocalDate d) {
        return TestClock.at(d + "T01:00:00Z");
    }

    /** Every list filled: history, prints incl. an authorised reprint, two handovers, endorsements, a fee. */
    static PermitApplication busyPermit() {
        ApplicantCircumstances c = new ApplicantCircumstances(LocalDate.of(2012, 2, 29), LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 9, 1), YearMonth.of(2025, 7), PermitBasis.CONTINUOUS_STUDY, false,
                Representation.GUARDIAN, false);
        PermitApplication a = PermitApplication.submit("p-1", "42", c, EnumSet.of(MaterialKind.HOUSEHOLD_REGISTER,
                MaterialKind.PHOTO, MaterialKind.LEASE, MaterialKind.REPRESENTATIVE_ID_CARD), STAFF,
                on(LocalDate.of(2026, 3, 2)));
        a.supplyMaterials(EnumSet.of(MaterialKind.STUDENT_CARD), STAFF, on(LocalDate.of(2026, 3, 3)));
        a.accept("SL1", POLICY, STAFF, on(LocalDate.of(2026, 3, 3)));
        a.approve(CHIEF, on(LocalDate.of(2026, 3, 4)));
        a.print(PrintRequest.first(NO), POLICY, CLERK, on(LocalDate.of(2026, 3, 5)));
        a.print(PrintRequest.reprint(PrintType.CORRECTION_REPRINT, NO, "错字", CHIEF), POLICY, CLERK,
                on(LocalDate.of(2026, 3, 6)));
        IdNumber guardian = new IdNumber("420106198001010011", IdNumberType.CITIZEN, LocalDate.of(1980, 1, 1),
                Sex.MALE, "420106");
        a.issue(Handover.collector("监护人", guardian, "父亲"), STAFF, on(LocalDate.of(2026, 3, 9)));
        a.endorse(STAFF, on(LocalDate.of(2027, 3, 1)));
        a.reissue(POLICY, STAFF, on(LocalDate.of(2027, 4, 1)));
        return a;
    }

    @Test
    void roundTripKeepsEveryField() {
        PermitApplication original = busyPermit();
        PermitStateJson json = new PermitStateJson();

        PermitApplication read = json.read(json.write(original));

        assertThat(read).usingRecursiveComparison().isEqualTo(original);
        assertThat(read.presentedMaterials()).contains(MaterialKind.STUDENT_CARD);
        assertThat(read.history()).hasSize(original.history().size());
        assertThat(json.write(read)).isEqualTo(json.write(original));
        // the restored aggregate still works: the cancelled state follows its own rules
        read.cancel(CancellationReason.MOVED_AWAY, null, STAFF, on(LocalDate.of(2027, 4, 2)));
        assertThat(read.status()).isEqualTo(PermitStatus.CANCELLED);
    }

    @Test
    void columnsFollowFromTheAggregate() {
        PermitSummary s = PermitColumns.of(busyPermit(), 7L, POLICY, ZONE);
        assertThat(s.registrationId()).isEqualTo(42L);
        assertThat(s.status()).isEqualTo(PermitStatus.APPROVED);
        assertThat(s.statusSince()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(s.approvedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(s.printedOn()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(s.issuedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(s.nextAnniversary()).as("from the first card's date, kept by the correction reprint (ADR 0143)")
                .isEqualTo(LocalDate.of(2028, 3, 5));
        assertThat(s.endorsementCount()).isEqualTo(1);
        assertThat(s.permitNumber()).isEqualTo(NO);
        assertThat(s.acceptanceNumber()).isEqualTo("SL1");
    }
}
