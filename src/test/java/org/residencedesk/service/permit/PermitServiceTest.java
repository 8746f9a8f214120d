package org.residencedesk.service.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.identity.IdNumberType;
import org.residencedesk.domain.identity.Sex;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.FeeKind;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.storage.HibernatePermitRepository;
import org.residencedesk.storage.HibernateRegistrationRepository;
import org.residencedesk.storage.HibernateStationRepository;
import org.residencedesk.storage.HibernateTransactions;
import org.residencedesk.storage.SequenceCounters;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testsupport.RegistrationFixture;

/** The permit lifecycle through the service on a real Derby database, with a clock the test moves. */
class PermitServiceTest {
    static final ZoneId ZONE = TestClock.STATION_ZONE;
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final Operator STAFF = new Operator("wangfang", "王芳", EnumSet.of(Role.WINDOW_STAFF));
    static final Operator REVIEWER = new Operator("liqiang", "李强", EnumSet.of(Role.REVIEWER));
    static final Operator CLERK = new Operator("zhaomin", "赵敏", EnumSet.of(Role.CLERK));
    static final Operator CHIEF = new Operator("chief", "站长", EnumSet.of(Role.CHIEF));
    static final Set<MaterialKind> ALL_FOR_WORK = Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO,
            MaterialKind.LEASE, MaterialKind.LABOUR_CONTRACT);

    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static int nextPerson = 1;

    @BeforeAll
    static void open() {
        ctx = org.residencedesk.testing.TestStation.open(dataDir, CLOCK);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    static PermitService service() {
        return ctx.permits();
    }

    static void today(LocalDate day) {
        CLOCK.set(day.atTime(9, 30).atZone(ZONE).toInstant());
    }

    /** Registers a new person who arrived on {@code arrival}; returns the person id. */
    static long registeredPerson(LocalDate arrival) {
        today(LocalDate.of(2026, 11, 28));
        int n = nextPerson++;
        String id = IdNumbers.citizen("420106", "19900315", 2 * n + 1);
        FormValues values = RegistrationFixture.valid().toBuilder().set("idNumber", id).set("name", "申请人" + (char) ('甲' + n))
                .set("sex", "1").set("birthDate", "1990-03-15").set("arrivalDate", arrival.toString())
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        Registered r = ctx.registration().register(STAFF, values);
        return ctx.registration().open(STAFF, r.registrationId()).summary().personId();
    }

    /** A person with an accepted application on 2026-11-28. */
    static String accepted() {
        long person = registeredPerson(LocalDate.of(2026, 3, 1));
        String id = service().submit(STAFF, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK)).permit().id();
        service().accept(STAFF, id);
        return id;
    }

    /** Approved, printed and handed to the holder on {@code issueDay}. */
    static String issuedOn(LocalDate issueDay) {
        String id = accepted();
        service().approve(REVIEWER, id);
        today(issueDay);
        CardPrintJob job = service().print(CLERK, id, PrintSpec.first());
        service().markPrinted(CLERK, job, printed());
        service().issue(STAFF, id, Handover.holder());
        return id;
    }

    static PrintOutcome printed() {
        return new PrintOutcome(DocumentType.PERMIT_CARD, "CardPrinter", 2, 1, PrintStatus.PRINTED, "已打印");
    }

    static PermitSummary summary(String id) {
        return service().summary(id);
    }

    static List<EventType> eventsOf(String permitId) {
        return ctx.transactions().readOnly(() -> ctx.outbox().pending(10_000)).stream()
                .filter(e -> e.aggregateId().equals(permitId)).map(OutboxEvent::type).toList();
    }

    static List<String> auditOf(String permitId) {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(10_000)).stream()
                .filter(e -> permitId.equals(e.targetId())).map(AuditEntry::detail)
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                    java.util.Collections.reverse(l);
                    return l;
                }));
    }

    @Test
    void wholeLifecycleFromMissingMaterialsToTheFirstEndorsement() {
        long person = registeredPerson(LocalDate.of(2026, 3, 1));
        EligibilityReport report = service().checkEligibility(STAFF, person, ApplicationRequest.inPerson(null, Set.of()));
        assertThat(report.eligible()).isTrue();
        assertThat(report.suggestedBasis()).as("the form names an occupation").isEqualTo(PermitBasis.STABLE_EMPLOYMENT);

        PermitStep submitted = service().submit(STAFF, person, ApplicationRequest.inPerson(null,
                Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO)));
        String id = submitted.permit().id();
        assertThat(submitted.permit().status()).isEqualTo(PermitStatus.AWAITING_MATERIALS);
        PrintDocument notice = submitted.document().orElseThrow();
        assertThat(notice.type()).isEqualTo(DocumentType.MISSING_MATERIALS_NOTICE);
        assertThat(notice.rows()).extracting(r -> r.get("material")).containsExactly("居住地住址证明", "就业证明");
        assertThat(notice.rows().get(0).get("requirement").toString()).isEqualTo("以下任选其一：房屋租赁合同、房屋产权证明、购房合同、房屋出租人、用人单位或就读学校出具的住宿证明");
        assertThatThrownBy(() -> service().accept(STAFF, id)).isInstanceOfSatisfying(ValidationFailure.class,
                e -> assertThat(e.fieldMessages().get("materials")).isEqualTo("材料不齐，尚缺：居住地住址证明、就业证明"));
        assertThatThrownBy(() -> service().submit(STAFF, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK)))
                .as("one open application per person").isInstanceOf(ValidationFailure.class);

        PermitStep supplied = service().supplyMaterials(STAFF, id, ApplicationRequest.inPerson(null,
                Set.of(MaterialKind.LEASE, MaterialKind.LABOUR_CONTRACT)));
        assertThat(supplied.document()).as("complete: no notice").isEmpty();

        PermitStep accepted = service().accept(STAFF, id);
        assertThat(accepted.permit().acceptanceNumber()).matches("4201110020012026\\d{6}");
        assertThat(accepted.permit().promisedOn()).isAfter(LocalDate.of(2026, 11, 28));
        assertThat(accepted.document().orElseThrow().parameters())
                .containsEntry("documentNumber", accepted.permit().acceptanceNumber())
                .containsEntry("acceptedDate", "2026年11月28日").containsEntry("applicationType", "首次申领");

        assertThatThrownBy(() -> service().approve(STAFF, id)).isInstanceOf(PermissionDenied.class);
        service().approve(REVIEWER, id);
        assertThatThrownBy(() -> service().issue(STAFF, id, Handover.holder()))
                .as("issue before print").isInstanceOfSatisfying(ValidationFailure.class,
                        e -> assertThat(e.fieldMessages().get("form")).isEqualTo("当前状态为“审核通过”，不能办理“发证”"));
        assertThat(service().printQueue(0, 500).items()).extracting(i -> i.permit().id()).contains(id);

        today(LocalDate.of(2026, 12, 3));
        CardPrintJob job = service().print(CLERK, id, PrintSpec.first());
        assertThat(job.card().type()).isEqualTo(DocumentType.PERMIT_CARD);
        assertThat(job.request().permitNumber()).matches("4201110020012026\\d{6}");
        assertThat(job.card().parameters()).containsEntry("documentNumber", job.request().permitNumber())
                .containsEntry("validity", "2026.12.03-2027.12.02");
        assertThat(summary(id).status()).as("nothing printed yet").isEqualTo(PermitStatus.APPROVED);
        PrintOutcome jam = new PrintOutcome(DocumentType.PERMIT_CARD, "CardPrinter", 0, 1, PrintStatus.PRINTER_OFFLINE,
                "打印机脱机");
        assertThatThrownBy(() -> service().markPrinted(CLERK, job, jam)).isInstanceOfSatisfying(ValidationFailure.class,
                e -> assertThat(e.fieldMessages().get("form")).isEqualTo("打印未成功，居住证未记为已制证：打印机脱机"));
        CardPrintJob again = service().print(CLERK, id, PrintSpec.first());
        assertThat(again.request().permitNumber()).as("a failed print keeps its reserved number")
                .isEqualTo(job.request().permitNumber());
        service().markPrinted(CLERK, again, printed());
        assertThatThrownBy(() -> service().markPrinted(CLERK, job, printed())).as("stale job")
                .isInstanceOf(ValidationFailure.class);
        assertThat(summary(id).permitNumber()).isEqualTo(job.request().permitNumber());

        today(LocalDate.of(2026, 12, 5));
        PermitStep issued = service().issue(STAFF, id, Handover.holder());
        assertThat(issued.permit().status()).isEqualTo(PermitStatus.ISSUED);
        assertThat(issued.permit().nextAnniversary()).isEqualTo(LocalDate.of(2027, 12, 5));
        assertThat(issued.document().orElseThrow().parameters()).containsEntry("collectorRelation", "本人")
                .containsEntry("issuedDate", "2026年12月5日");

        assertThatThrownBy(() -> service().endorse(STAFF, id)).isInstanceOfSatisfying(ValidationFailure.class,
                e -> assertThat(e.fieldMessages().get("form")).isEqualTo("未到签注期：2027年11月5日起可办理（居住满一年之日为2027年12月5日）"));
        today(LocalDate.of(2027, 11, 20));
        PermitStep endorsed = service().endorse(STAFF, id);
        assertThat(endorsed.permit().endorsementCount()).isEqualTo(1);
        assertThat(endorsed.permit().nextAnniversary()).isEqualTo(LocalDate.of(2028, 12, 5));
        assertThat(endorsed.document().orElseThrow().parameters()).containsEntry("endorsementYear", "第1年签注");

        assertThat(eventsOf(id)).containsExactly(EventType.PERMIT_APPLICATION_ACCEPTED,
                EventType.PERMIT_APPLICATION_REVIEWED, EventType.PERMIT_PRINTED, EventType.PERMIT_ISSUED,
                EventType.PERMIT_ENDORSED);
        assertThat(auditOf(id)).containsExactly("SUBMIT", "SUPPLY_MATERIALS", "ACCEPT", "APPROVE",
                "PRINT FIRST printer=CardPrinter", "ISSUE holder", "ENDORSE");
        OutboxEvent last = ctx.transactions().readOnly(() -> ctx.outbox().pending(10_000)).stream()
                .filter(e -> e.aggregateId().equals(id)).reduce((a, b) -> b).orElseThrow();
        assertThat(last.payloadJson()).contains("\"status\":\"ISSUED\"", "\"permitNumber\":\"" + job.request().permitNumber(),
                "\"nextAnniversary\":\"2028-12-05\"");
        assertThat(auditDetailsContainNoPersonalData()).isTrue();
    }

    private static boolean auditDetailsContainNoPersonalData() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(10_000)).stream()
                .map(AuditEntry::detail).filter(d -> d != null)
                .noneMatch(d -> d.matches(".*\\d{17}[\\dX].*") || d.contains("申请人"));
    }

    @Test
    void tooShortResidenceIsReportedBeforeAndAtAcceptance() {
        long person = registeredPerson(LocalDate.of(2026, 8, 1));
        EligibilityReport report = service().checkEligibility(STAFF, person, ApplicationRequest.inPerson(null, Set.of()));
        assertThat(report.eligible()).isFalse();
        assertThat(report.messages()).containsExactly("居住未满6个月，2027年2月1日起方可申领居住证");
        String id = service().submit(STAFF, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK)).permit().id();
        long seq = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());
        assertThatThrownBy(() -> service().accept(STAFF, id)).isInstanceOf(ValidationFailure.class);
        assertThat(summary(id).acceptanceNumber()).isNull();
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().lastSeq())).isEqualTo(seq);
    }

    @Test
    void thePersonTimelineShowsRegistrationAndPermitSteps() {
        long person = registeredPerson(LocalDate.of(2026, 3, 1));
        String id = service().submit(STAFF, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK)).permit().id();
        service().accept(STAFF, id);

        var timeline = ctx.registration().timeline(STAFF, person);

        assertThat(timeline).extracting(org.residencedesk.service.registration.TimelineEntry::kind)
                .contains("CREATED", "PERMIT");
        assertThat(timeline).filteredOn(e -> e.kind().equals("PERMIT"))
                .extracting(org.residencedesk.service.registration.TimelineEntry::summary)
                .contains("申领登记", "受理");
    }

    @Test
    void reviewerRejectsWithReasonAndNotice() {
        String id = accepted();
        assertThatThrownBy(() -> service().reject(REVIEWER, id, " ")).isInstanceOfSatisfying(ValidationFailure.class,
                e -> assertThat(e.fieldMessages()).containsKey("reason"));
        PermitStep rejected = service().reject(REVIEWER, id, "劳动合同与登记单位不符");
        assertThat(rejected.permit().status()).isEqualTo(PermitStatus.REJECTED);
        assertThat(rejected.document().orElseThrow().type()).isEqualTo(DocumentType.REJECTION_NOTICE);
        assertThat(rejected.document().orElseThrow().parameters()).containsEntry("reason", "劳动合同与登记单位不符");
        assertThat(service().reviewQueue(0, 500).items()).extracting(i -> i.permit().id()).doesNotContain(id);
    }

    @Test
    void platformReviewResultIsAppliedOnceAndReportsWhatItCouldNotApply() {
        String id = accepted();
        String number = summary(id).acceptanceNumber();
        assertThat(service().reviewQueue(0, 500).items()).extracting(i -> i.permit().id()).contains(id);
        Instant acceptedAt = CLOCK.instant();

        assertThat(service().applyPlatformReviewResult("000", true, null, acceptedAt))
                .isEqualTo(PlatformReviewOutcome.UNKNOWN_APPLICATION);
        assertThat(service().applyPlatformReviewResult(number, true, null, acceptedAt.minusSeconds(60)))
                .as("before acceptance").isEqualTo(PlatformReviewOutcome.NOT_APPLICABLE);
        assertThat(service().applyPlatformReviewResult(number, true, null, acceptedAt.plusSeconds(3600)))
                .isEqualTo(PlatformReviewOutcome.APPLIED);
        assertThat(service().applyPlatformReviewResult(number, false, "重复", acceptedAt.plusSeconds(7200)))
                .isEqualTo(PlatformReviewOutcome.NOT_APPLICABLE);

        PermitSummary s = summary(id);
        assertThat(s.status()).isEqualTo(PermitStatus.APPROVED);
        assertThat(s.approvedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(eventsOf(id)).containsExactly(EventType.PERMIT_APPLICATION_ACCEPTED,
                EventType.PERMIT_APPLICATION_REVIEWED);
        List<OutboxEvent> events = ctx.transactions().readOnly(() -> ctx.outbox().pending(10_000));
        assertThat(events.get(events.size() - 1).operator()).isEqualTo("platform");
    }

    @Test
    void reminderListsAtTheirBoundariesAndTheLapseJob() {
        String id = issuedOn(LocalDate.of(2026, 12, 10));
        LocalDate anniversary = LocalDate.of(2027, 12, 10);

        today(anniversary.minusDays(32));
        assertThat(dueIds()).doesNotContain(id);
        today(anniversary.minusDays(31));
        assertThat(dueIds()).as("last day to endorse is 30 days away").contains(id);
        today(anniversary.minusDays(1));
        assertThat(dueIds()).contains(id);
        assertThat(lapsedIds()).doesNotContain(id);
        service().refreshLapses();
        assertThat(summary(id).status()).as("the day before the anniversary").isEqualTo(PermitStatus.ISSUED);

        today(anniversary);
        assertThat(dueIds()).doesNotContain(id);
        assertThat(lapsedIds()).as("listed before the job ran").contains(id);
        long seq = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());
        assertThat(service().refreshLapses()).isGreaterThanOrEqualTo(1);
        assertThat(summary(id).status()).isEqualTo(PermitStatus.SUSPENDED);
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().lastSeq())).as("lapse uploads nothing").isEqualTo(seq);
        assertThat(auditOf(id)).endsWith("LAPSE");
        assertThat(lapsedIds()).contains(id);
        assertThat(service().refreshLapses()).as("idempotent").isZero();

        today(anniversary.plusDays(20));
        PermitStep late = service().endorse(STAFF, id);
        assertThat(late.permit().status()).isEqualTo(PermitStatus.ISSUED);
        assertThat(late.permit().nextAnniversary()).isEqualTo(anniversary.plusDays(20).plusYears(1));
        assertThat(late.document().orElseThrow().parameters().get("endorsementYear")).isEqualTo("逾期补办签注（居住年限重新计算）");
        assertThat(lapsedIds()).doesNotContain(id);
    }

    private static List<String> dueIds() {
        return service().endorsementsDue(0, 500).items().stream().map(i -> i.permit().id()).toList();
    }

    private static List<String> lapsedIds() {
        return service().lapsed(0, 500).items().stream().map(i -> i.permit().id()).toList();
    }

    @Test
    void overdueCollectionCountsFromThePrintDay() {
        String id = accepted();
        service().approve(REVIEWER, id);
        today(LocalDate.of(2026, 12, 1));
        service().markPrinted(CLERK, service().print(CLERK, id, PrintSpec.first()), printed());
        int days = service().policy().overdueCollectionDays();
        today(LocalDate.of(2026, 12, 1).plusDays(days));
        assertThat(overdueIds()).doesNotContain(id);
        assertThat(service().awaitingCollection(0, 0, 500).items()).extracting(i -> i.permit().id()).contains(id);
        today(LocalDate.of(2026, 12, 1).plusDays(days + 1L));
        assertThat(overdueIds()).contains(id);
        PermitListItem item = service().overdueCollection(0, 500).items().stream()
                .filter(i -> i.permit().id().equals(id)).findFirst().orElseThrow();
        assertThat(item.maskedIdNumber()).contains("****");
    }

    private static List<String> overdueIds() {
        return service().overdueCollection(0, 500).items().stream().map(i -> i.permit().id()).toList();
    }

    @Test
    void replacementAndReissueChargeTheFeeAndKeepThePermitNumber() {
        String id = issuedOn(LocalDate.of(2026, 12, 2));
        String number = summary(id).permitNumber();
        today(LocalDate.of(2027, 3, 1));
        assertThatThrownBy(() -> service().replace(STAFF, id, false)).isInstanceOfSatisfying(ValidationFailure.class,
                e -> assertThat(e.fieldMessages()).containsEntry("oldCardReturned", "换领须交回原居住证"));
        assertThat(service().replace(STAFF, id, true).permit().status()).isEqualTo(PermitStatus.APPROVED);
        CardPrintJob replacement = service().print(CLERK, id, PrintSpec.first());
        assertThat(replacement.request().permitNumber()).isEqualTo(number);
        assertThat(replacement.card().parameters()).containsEntry("validity", "2026.12.02-2027.12.01");
        service().markPrinted(CLERK, replacement, printed());
        service().issue(STAFF, id, Handover.collector("代领人", collectorId(), "配偶"));

        today(LocalDate.of(2027, 5, 1));
        service().reissue(STAFF, id);
        assertThatThrownBy(() -> service().print(CLERK, id, PrintSpec.first())).isInstanceOf(ValidationFailure.class);
        assertThatThrownBy(() -> service().print(CLERK, id, PrintSpec.reprint(PrintType.LOST_REPRINT, "遗失", null)))
                .isInstanceOfSatisfying(ValidationFailure.class,
                        e -> assertThat(e.fieldMessages()).containsKey("authorisedBy"));
        CardPrintJob lost = service().print(CLERK, id, PrintSpec.reprint(PrintType.LOST_REPRINT, "遗失", CHIEF));
        PermitStep reprinted = service().markPrinted(CLERK, lost, printed());
        assertThat(reprinted.permit().permitNumber()).isEqualTo(number);
        PermitStep handed = service().issue(STAFF, id, Handover.holder());
        assertThat(handed.permit().issuedOn()).as("first issue date stays").isEqualTo(LocalDate.of(2026, 12, 2));

        PermitApplication full = service().open(CHIEF, id);
        assertThat(full.fees()).extracting(f -> f.kind()).containsExactly(FeeKind.REPLACEMENT, FeeKind.REISSUE);
        assertThat(full.fees().get(0).amountFen()).isEqualTo(service().policy().feeFen(FeeKind.REPLACEMENT));
        assertThat(full.handovers().get(1).collectorIdNumber()).isEqualTo(collectorId());
        assertThat(eventsOf(id)).filteredOn(t -> t == EventType.PERMIT_REPLACED).hasSize(2);
    }

    private static IdNumber collectorId() {
        String v = IdNumbers.citizen("420106", "19880101", 22);
        return new IdNumber(v, IdNumberType.CITIZEN, LocalDate.of(1988, 1, 1), Sex.FEMALE, "420106");
    }

    @Test
    void cancellationNeedsItsNoteAndFreesThePersonForANewApplication() {
        String id = issuedOn(LocalDate.of(2026, 12, 4));
        long person = summary(id).personId();
        assertThatThrownBy(() -> service().cancel(STAFF, id, CancellationReason.OTHER, null))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages()).containsKey("note"));
        assertThatThrownBy(() -> service().cancel(STAFF, id, CancellationReason.FRAUD, "骗领"))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages()).containsKey("reason"));
        assertThat(service().cancel(STAFF, id, CancellationReason.MOVED_AWAY, null).permit().status())
                .isEqualTo(PermitStatus.CANCELLED);
        assertThat(eventsOf(id)).endsWith(EventType.PERMIT_CANCELLED);
        assertThatThrownBy(() -> service().endorse(STAFF, id)).isInstanceOf(ValidationFailure.class);
        today(LocalDate.of(2026, 12, 4));
        assertThat(service().submit(STAFF, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK)).permit().status())
                .isEqualTo(PermitStatus.AWAITING_MATERIALS);
        assertThat(service().permitsOfPerson(person)).hasSize(2);
    }

    @Test
    void exportStreamsEveryPermitWithStatusDatesAndEndorsements() {
        String id = issuedOn(LocalDate.of(2026, 12, 6));
        List<Map<String, Object>> rows = new ArrayList<>();
        service().exportRows(rows::add);
        Map<String, Object> row = rows.stream().filter(r -> r.get("id").equals(id)).findFirst().orElseThrow();
        assertThat(row).containsEntry("status", "ISSUED").containsEntry("issuedOn", "2026-12-06")
                .containsEntry("endorsements", 0).containsEntry("nextAnniversary", "2027-12-06");
        assertThat(rows).allSatisfy(r -> assertThat(r).doesNotContainKeys("name", "idNumber"));
    }

    @Test
    void aFailureInTheMiddleOfAStepStoresNothing() {
        long person = registeredPerson(LocalDate.of(2026, 3, 1));
        String id = service().submit(STAFF, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK)).permit().id();
        HibernateTransactions tx = (HibernateTransactions) ctx.transactions();
        SequenceCounters counters = new SequenceCounters(tx);
        Outbox full = new Outbox() {
            @Override
            public OutboxEvent append(PendingEvent event) {
                throw new IllegalStateException("outbox unavailable");
            }

            @Override
            public List<OutboxEvent> pending(int limit) {
                return ctx.outbox().pending(limit);
            }

            @Override
            public long countPending() {
                return ctx.outbox().countPending();
            }

            @Override
            public long lastSeq() {
                return ctx.outbox().lastSeq();
            }
        };
        PermitService broken = new PermitService(tx, new HibernatePermitRepository(tx, service().policy(), ZONE),
                new HibernateRegistrationRepository(tx), new HibernateStationRepository(tx), ctx.auditLog(), full,
                counters, ctx.formCodec(), ctx.masterData(), service().policy(), CLOCK);
        long audits = tx.readOnly(() -> ctx.auditLog().count());
        long serial = tx.readOnly(() -> counters.current(PermitService.acceptanceCounter(2026)));

        assertThatThrownBy(() -> broken.accept(STAFF, id)).hasMessage("outbox unavailable");

        assertThat(summary(id).status()).isEqualTo(PermitStatus.AWAITING_MATERIALS);
        assertThat(summary(id).acceptanceNumber()).isNull();
        assertThat(tx.readOnly(() -> ctx.auditLog().count())).isEqualTo(audits);
        assertThat(tx.readOnly(() -> counters.current(PermitService.acceptanceCounter(2026))))
                .as("the acceptance number is given back").isEqualTo(serial);
        assertThat(tx.readOnly(() -> ctx.auditLog().firstBrokenLink())).isEqualTo(-1);
        assertThat(service().accept(STAFF, id).permit().acceptanceNumber()).isEqualTo("4201110020012026" + String.format("%06d", serial + 1));
    }
}
