package org.residencedesk.service.permit;

import static org.residencedesk.service.permit.PermitServiceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.residencedesk.service.Operator;
import org.residencedesk.domain.account.Role;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.identity.IdNumberType;
import org.residencedesk.domain.identity.Sex;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.FeeKind;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.IdNumbers;

/** 签注/补换领/注销 on a real Derby database, with a clock the test moves: reminders, the lapse job, replacement, reissue, cancellation. */
class PermitLifecycleServiceTest extends PermitStageTest {
    @Test
    void reminderListsAtTheirBoundariesAndTheLapseJob() {
        String id = f.issuedOn(LocalDate.of(2026, 12, 10));
        LocalDate anniversary = LocalDate.of(2027, 12, 10);

        f.today(anniversary.minusDays(32));
        assertThat(dueIds()).doesNotContain(id);
        f.today(anniversary.minusDays(31));
        assertThat(dueIds()).as("last day to endorse is 30 days away").contains(id);
        f.today(anniversary.minusDays(1));
        assertThat(dueIds()).contains(id);
        assertThat(lapsedIds()).doesNotContain(id);
        f.lifecycle().refreshLapses();
        assertThat(f.summary(id).status()).as("the day before the anniversary").isEqualTo(PermitStatus.ISSUED);

        f.today(anniversary);
        assertThat(dueIds()).doesNotContain(id);
        assertThat(lapsedIds()).as("listed before the job ran").contains(id);
        long seq = f.ctx.transactions().readOnly(() -> f.ctx.outbox().lastSeq());
        assertThat(f.lifecycle().refreshLapses()).isGreaterThanOrEqualTo(1);
        assertThat(f.summary(id).status()).isEqualTo(PermitStatus.SUSPENDED);
        assertThat(f.ctx.transactions().readOnly(() -> f.ctx.outbox().lastSeq())).as("lapse uploads nothing").isEqualTo(seq);
        assertThat(f.auditOf(id)).containsExactly("SUBMIT", "ACCEPT", "APPROVE", "PRINT FIRST printer=CardPrinter",
                "ISSUE holder", "LAPSE");
        assertThat(lapsedIds()).contains(id);
        assertThat(f.lifecycle().refreshLapses()).as("idempotent").isZero();

        f.today(anniversary.plusDays(20));
        PermitStep late = f.lifecycle().endorse(STAFF, id);
        assertThat(late.permit().status()).isEqualTo(PermitStatus.ISSUED);
        assertThat(late.permit().nextAnniversary()).isEqualTo(anniversary.plusDays(20).plusYears(1));
        assertThat(late.document().orElseThrow().parameters().get("endorsementYear")).isEqualTo("逾期补办签注（居住年限重新计算）");
        assertThat(lapsedIds()).doesNotContain(id);
    }

    private static List<String> dueIds() {
        return f.queries().endorsementsDue(STAFF, 0, 500).items().stream().map(i -> i.permit().id()).toList();
    }

    private static List<String> lapsedIds() {
        return f.queries().lapsed(STAFF, 0, 500).items().stream().map(i -> i.permit().id()).toList();
    }

    @Test
    void replacementAndReissueChargeTheFeeAndKeepThePermitNumber() {
        String id = f.issuedOn(LocalDate.of(2026, 12, 2));
        String number = f.summary(id).permitNumber();
        f.today(LocalDate.of(2027, 3, 1));
        assertThatThrownBy(() -> f.lifecycle().replace(STAFF, id, false)).isInstanceOfSatisfying(ValidationFailure.class,
                e -> assertThat(e.fieldMessages()).containsEntry("oldCardReturned", "换领须交回原居住证"));
        assertThat(f.lifecycle().replace(STAFF, id, true).permit().status()).isEqualTo(PermitStatus.APPROVED);
        CardPrintJob replacement = f.cardProduction().print(CLERK, id, PrintSpec.first());
        assertThat(replacement.request().permitNumber()).isEqualTo(number);
        assertThat(replacement.card().parameters()).containsEntry("validity", "2026.12.02-2027.12.01");
        f.cardProduction().markPrinted(CLERK, replacement, printed());
        f.cardProduction().issue(STAFF, id, Handover.collector("代领人", collectorId(), "配偶"));

        f.today(LocalDate.of(2027, 5, 1));
        f.lifecycle().reissue(STAFF, id);
        assertThatThrownBy(() -> f.cardProduction().print(CLERK, id, PrintSpec.first())).isInstanceOf(ValidationFailure.class);
        assertThatThrownBy(() -> f.cardProduction().print(CLERK, id, PrintSpec.reprint(PrintType.LOST_REPRINT, "遗失", null)))
                .isInstanceOfSatisfying(ValidationFailure.class,
                        e -> assertThat(e.fieldMessages()).containsKey("authorisedBy"));
        Operator administrator = TestOperators.signIn(f.ctx, "sysadmin", "系统管理员", Role.ADMIN);
        assertThatThrownBy(() -> f.cardProduction().print(CLERK, id,
                PrintSpec.reprint(PrintType.LOST_REPRINT, "遗失", administrator)))
                .as("a signed-in user without REPRINT_AUTHORISE").isInstanceOfSatisfying(ValidationFailure.class,
                        e -> assertThat(e.fieldMessages()).containsKey("authorisedBy"));
        CardPrintJob lost = f.cardProduction().print(CLERK, id, PrintSpec.reprint(PrintType.LOST_REPRINT, "遗失", CHIEF));
        PermitStep reprinted = f.cardProduction().markPrinted(CLERK, lost, printed());
        assertThat(f.ctx.transactions().readOnly(() -> f.ctx.auditLog().latest(1)).get(0).detail())
                .isEqualTo("PRINT LOST_REPRINT printer=CardPrinter authorisedBy=chief");
        assertThat(reprinted.permit().permitNumber()).isEqualTo(number);
        PermitStep handed = f.cardProduction().issue(STAFF, id, Handover.holder());
        assertThat(handed.permit().issuedOn()).as("first issue date stays").isEqualTo(LocalDate.of(2026, 12, 2));

        PermitApplication full = f.queries().open(CHIEF, id);
        assertThat(full.fees()).extracting(f -> f.kind()).containsExactly(FeeKind.REPLACEMENT, FeeKind.REISSUE);
        assertThat(full.fees().get(0).amountFen()).isEqualTo(f.queries().policy().feeFen(FeeKind.REPLACEMENT));
        assertThat(full.handovers().get(1).collectorIdNumber()).isEqualTo(collectorId());
        assertThat(f.eventsOf(id)).filteredOn(t -> t == EventType.PERMIT_REPLACED).hasSize(2);
    }

    private static IdNumber collectorId() {
        String v = IdNumbers.citizen("420106", "19880101", 22);
        return new IdNumber(v, IdNumberType.CITIZEN, LocalDate.of(1988, 1, 1), Sex.FEMALE, "420106");
    }

    @Test
    void cancellationNeedsItsNoteAndFreesThePersonForANewApplication() {
        String id = f.issuedOn(LocalDate.of(2026, 12, 4));
        long person = f.summary(id).personId();
        assertThatThrownBy(() -> f.lifecycle().cancel(STAFF, id, CancellationReason.OTHER, null))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages()).containsKey("note"));
        assertThatThrownBy(() -> f.lifecycle().cancel(STAFF, id, CancellationReason.FRAUD, "骗领"))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages()).containsKey("reason"));
        assertThat(f.lifecycle().cancel(STAFF, id, CancellationReason.MOVED_AWAY, null).permit().status())
                .isEqualTo(PermitStatus.CANCELLED);
        assertThat(f.eventsOf(id)).containsExactly(EventType.PERMIT_APPLICATION_ACCEPTED,
                EventType.PERMIT_APPLICATION_REVIEWED, EventType.PERMIT_PRINTED, EventType.PERMIT_ISSUED,
                EventType.PERMIT_CANCELLED);
        assertThatThrownBy(() -> f.lifecycle().endorse(STAFF, id)).isInstanceOf(ValidationFailure.class);
        f.today(LocalDate.of(2026, 12, 4));
        assertThat(f.applications().submit(STAFF, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK)).permit().status())
                .isEqualTo(PermitStatus.AWAITING_MATERIALS);
        assertThat(f.queries().permitsOfPerson(STAFF, person)).hasSize(2);
    }
}
