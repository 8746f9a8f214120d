package org.residencedesk.service.permit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * One real Derby station for the permit stage service tests, with a clock the test moves, the operators of
 * each role and the steps that bring a permit to a stage (registered person, accepted, issued).
 */
final class PermitServiceFixture implements AutoCloseable {
    static final ZoneId ZONE = TestClock.STATION_ZONE;
    static final Set<MaterialKind> ALL_FOR_WORK = Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO,
            MaterialKind.LEASE, MaterialKind.LABOUR_CONTRACT);

    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    final AppContext ctx;
    private int nextPerson = 1;

    /** The operators of each role, signed in on this station through the real authentication service. */
    final Operator STAFF;
    final Operator REVIEWER;
    final Operator CLERK;
    final Operator CHIEF;

    PermitServiceFixture(Path dataDir) {
        ctx = TestStation.open(dataDir, clock);
        STAFF = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        REVIEWER = TestOperators.signIn(ctx, "liqiang", "李强", Role.REVIEWER);
        CLERK = TestOperators.signIn(ctx, "zhaomin", "赵敏", Role.CLERK);
        CHIEF = TestOperators.signIn(ctx, "chief", "站长", Role.CHIEF);
    }

    @Override
    public void close() {
        ctx.close();
    }

    PermitApplicationService applications() {
        return ctx.permitApplications();
    }

    PermitReviewService review() {
        return ctx.permitReview();
    }

    CardProductionService cardProduction() {
        return ctx.cardProduction();
    }

    PermitLifecycleService lifecycle() {
        return ctx.permitLifecycle();
    }

    PermitQueries queries() {
        return ctx.permitQueries();
    }

    void today(LocalDate day) {
        clock.set(day.atTime(9, 30).atZone(ZONE).toInstant());
    }

    /**
     * Registers, on the day of {@code arrival}, a new person who arrived that day (the residence months count from
     * the registration, ADR 0170); the clock is then back on 2026-11-28. Returns the person id.
     */
    long registeredPerson(LocalDate arrival) {
        today(arrival);
        int n = nextPerson++;
        String id = IdNumbers.citizen("420106", "19900315", 2 * n + 1);
        FormValues values = RegistrationFixture.valid().toBuilder().set("idNumber", id).set("name", "申请人" + (char) ('甲' + n))
                .set("sex", "1").set("birthDate", "1990-03-15").set("arrivalDate", arrival.toString())
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        Registered r = ctx.registration().register(STAFF, values);
        today(LocalDate.of(2026, 11, 28));
        return ctx.registration().open(STAFF, r.registrationId()).summary().personId();
    }

    /** A person with an accepted application on 2026-11-28. */
    String accepted() {
        long person = registeredPerson(LocalDate.of(2026, 3, 1));
        String id = applications().submit(STAFF, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK)).permit().id();
        applications().accept(STAFF, id);
        return id;
    }

    /** Approved, printed and handed to the holder on {@code issueDay}. */
    String issuedOn(LocalDate issueDay) {
        String id = accepted();
        review().approve(REVIEWER, id);
        today(issueDay);
        CardPrintJob job = cardProduction().print(CLERK, id, PrintSpec.first());
        cardProduction().markPrinted(CLERK, job, printed());
        cardProduction().issue(STAFF, id, Handover.holder());
        return id;
    }

    static PrintOutcome printed() {
        return new PrintOutcome(DocumentType.PERMIT_CARD, "CardPrinter", 2, 1, PrintStatus.PRINTED, "已打印");
    }

    PermitSummary summary(String id) {
        return queries().summary(STAFF, id);
    }

    List<EventType> eventsOf(String permitId) {
        return ctx.transactions().readOnly(() -> ctx.outbox().pending(10_000)).stream()
                .filter(e -> e.aggregateId().equals(permitId)).map(OutboxEvent::type).toList();
    }

    List<String> auditOf(String permitId) {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(10_000)).stream()
                .filter(e -> permitId.equals(e.targetId())).map(AuditEntry::detail)
                .collect(Collectors.collectingAndThen(Collectors.toList(), l -> {
                    Collections.reverse(l);
                    return l;
                }));
    }

    boolean auditDetailsContainNoPersonalData() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(10_000)).stream()
                .map(AuditEntry::detail).filter(d -> d != null)
                .noneMatch(d -> d.matches(".*\\d{17}[\\dX].*") || d.contains("申请人"));
    }
}
