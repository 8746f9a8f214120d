package org.residencedesk.service.permit;

import static org.residencedesk.service.permit.PermitServiceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;

/** 制证/发放 on a real Derby database, within the whole lifecycle from missing materials to the first endorsement: print, failed print, stale job, 发证. */
class CardProductionServiceTest extends PermitStageTest {
    @Test
    void wholeLifecycleFromMissingMaterialsToTheFirstEndorsement() {
        long person = f.registeredPerson(LocalDate.of(2026, 3, 1));
        EligibilityReport report = f.applications().checkEligibility(STAFF, person, ApplicationRequest.inPerson(null, Set.of()));
        assertThat(report.eligible()).isTrue();
        assertThat(report.suggestedBasis()).as("the form names an occupation").isEqualTo(PermitBasis.STABLE_EMPLOYMENT);

        PermitStep submitted = f.applications().submit(STAFF, person, ApplicationRequest.inPerson(null,
                Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO)));
        String id = submitted.permit().id();
        assertThat(submitted.permit().status()).isEqualTo(PermitStatus.AWAITING_MATERIALS);
        PrintDocument notice = submitted.document().orElseThrow();
        assertThat(notice.type()).isEqualTo(DocumentType.MISSING_MATERIALS_NOTICE);
        assertThat(notice.rows()).extracting(r -> r.get("material")).containsExactly("居住地住址证明", "就业证明");
        assertThat(notice.rows().get(0).get("requirement").toString()).isEqualTo("以下任选其一：房屋租赁合同、房屋产权证明、购房合同、房屋出租人、用人单位或就读学校出具的住宿证明");
        assertThatThrownBy(() -> f.applications().accept(STAFF, id)).isInstanceOfSatisfying(ValidationFailure.class,
                e -> assertThat(e.fieldMessages().get("materials")).isEqualTo("材料不齐，尚缺：居住地住址证明、就业证明"));
        assertThatThrownBy(() -> f.applications().submit(STAFF, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK)))
                .as("one open application per person").isInstanceOf(ValidationFailure.class);

        PermitStep supplied = f.applications().supplyMaterials(STAFF, id, ApplicationRequest.inPerson(null,
                Set.of(MaterialKind.LEASE, MaterialKind.LABOUR_CONTRACT)));
        assertThat(supplied.document()).as("complete: no notice").isEmpty();

        PermitStep accepted = f.applications().accept(STAFF, id);
        assertThat(accepted.permit().acceptanceNumber()).matches("4201110020012026\\d{6}");
        assertThat(accepted.permit().promisedOn()).isAfter(LocalDate.of(2026, 11, 28));
        assertThat(accepted.document().orElseThrow().parameters())
                .containsEntry("documentNumber", accepted.permit().acceptanceNumber())
                .containsEntry("acceptedDate", "2026年11月28日").containsEntry("applicationType", "首次申领");

        assertThatThrownBy(() -> f.review().approve(STAFF, id)).isInstanceOf(PermissionDenied.class);
        f.review().approve(REVIEWER, id);
        assertThatThrownBy(() -> f.cardProduction().issue(STAFF, id, Handover.holder()))
                .as("issue before print").isInstanceOfSatisfying(ValidationFailure.class,
                        e -> assertThat(e.fieldMessages().get("form")).isEqualTo("当前状态为“审核通过”，不能办理“发证”"));
        assertThat(f.queries().printQueue(STAFF, 0, 500).items()).extracting(i -> i.permit().id()).contains(id);

        f.today(LocalDate.of(2026, 12, 3));
        CardPrintJob job = f.cardProduction().print(CLERK, id, PrintSpec.first());
        assertThat(job.card().type()).isEqualTo(DocumentType.PERMIT_CARD);
        assertThat(job.request().permitNumber()).matches("4201110020012026\\d{6}");
        assertThat(job.card().parameters()).containsEntry("documentNumber", job.request().permitNumber())
                .containsEntry("validity", "2026.12.03-2027.12.02");
        assertThat(f.summary(id).status()).as("nothing printed yet").isEqualTo(PermitStatus.APPROVED);
        PrintOutcome jam = new PrintOutcome(DocumentType.PERMIT_CARD, "CardPrinter", 0, 1, PrintStatus.PRINTER_OFFLINE,
                "打印机脱机");
        assertThatThrownBy(() -> f.cardProduction().markPrinted(CLERK, job, jam)).isInstanceOfSatisfying(ValidationFailure.class,
                e -> assertThat(e.fieldMessages().get("form")).isEqualTo("打印未成功，居住证未记为已制证：打印机脱机"));
        CardPrintJob again = f.cardProduction().print(CLERK, id, PrintSpec.first());
        assertThat(again.request().permitNumber()).as("a failed print keeps its reserved number")
                .isEqualTo(job.request().permitNumber());
        f.cardProduction().markPrinted(CLERK, again, printed());
        assertThatThrownBy(() -> f.cardProduction().markPrinted(CLERK, job, printed())).as("stale job")
                .isInstanceOf(ValidationFailure.class);
        assertThat(f.summary(id).permitNumber()).isEqualTo(job.request().permitNumber());

        f.today(LocalDate.of(2026, 12, 5));
        PermitStep issued = f.cardProduction().issue(STAFF, id, Handover.holder());
        assertThat(issued.permit().status()).isEqualTo(PermitStatus.ISSUED);
        assertThat(issued.permit().nextAnniversary()).as("residence years run from the date printed on the card (ADR 0143)").isEqualTo(LocalDate.of(2027, 12, 3));
        assertThat(issued.document().orElseThrow().parameters()).containsEntry("collectorRelation", "本人")
                .containsEntry("issuedDate", "2026年12月5日");

        assertThatThrownBy(() -> f.lifecycle().endorse(STAFF, id)).isInstanceOfSatisfying(ValidationFailure.class,
                e -> assertThat(e.fieldMessages().get("form")).isEqualTo("未到签注期：2027年11月3日起可办理（居住满一年之日为2027年12月3日）"));
        f.today(LocalDate.of(2027, 11, 20));
        PermitStep endorsed = f.lifecycle().endorse(STAFF, id);
        assertThat(endorsed.permit().endorsementCount()).isEqualTo(1);
        assertThat(endorsed.permit().nextAnniversary()).isEqualTo(LocalDate.of(2028, 12, 3));
        assertThat(endorsed.document().orElseThrow().parameters()).containsEntry("endorsementYear", "第1年签注");

        assertThat(f.eventsOf(id)).containsExactly(EventType.PERMIT_APPLICATION_ACCEPTED,
                EventType.PERMIT_APPLICATION_REVIEWED, EventType.PERMIT_PRINTED, EventType.PERMIT_ISSUED,
                EventType.PERMIT_ENDORSED);
        assertThat(f.auditOf(id)).containsExactly("SUBMIT", "SUPPLY_MATERIALS", "ACCEPT", "APPROVE",
                "PRINT FIRST printer=CardPrinter", "ISSUE holder", "ENDORSE");
        OutboxEvent last = f.ctx.transactions().readOnly(() -> f.ctx.outbox().pending(10_000)).stream()
                .filter(e -> e.aggregateId().equals(id)).reduce((a, b) -> b).orElseThrow();
        assertThat(last.payloadJson()).contains("\"status\":\"ISSUED\"", "\"permitNumber\":\"" + job.request().permitNumber(),
                "\"nextAnniversary\":\"2028-12-03\"");
        assertThat(f.auditDetailsContainNoPersonalData()).isTrue();
    }
}
