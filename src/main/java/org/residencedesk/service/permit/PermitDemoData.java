package org.residencedesk.service.permit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.MaterialsChecklist;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.service.Operator;

/**
 * Demo permits in every status for persons that already have an active registration (ADR 0076), taken by
 * the demo station's demo account (signed in by the caller; it holds every counter role). Each permit is driven through the real stage services ({@link PermitServices}) on a clock moved day by day, so history,
 * numbers, audit entries and outbox events are exactly what the counter would have produced. Cards
 * are recorded as printed by the printer name {@link #DEMO_PRINTER}: nothing is sent to a printer.
 */
public final class PermitDemoData {
    /** Printer name recorded for demo cards, so nobody mistakes them for printed ones. */
    public static final String DEMO_PRINTER = "demo-data (not printed)";
    private static final List<PermitStatus> CYCLE = List.of(PermitStatus.ISSUED, PermitStatus.AWAITING_MATERIALS,
            PermitStatus.ACCEPTED, PermitStatus.APPROVED, PermitStatus.PRINTED, PermitStatus.ISSUED,
            PermitStatus.REJECTED, PermitStatus.SUSPENDED, PermitStatus.CANCELLED);
    /** The latest first issue that keeps a permit in force today without an endorsement. */
    private static final int ISSUED_DAYS_AGO = 300;
    private static final int LAPSED_ISSUE_DAYS_AGO = 400;

    private PermitDemoData() {
    }

    /**
     * One permit per person, the wanted status cycling through every status; a person whose residence
     * is too recent for the wanted status gets the furthest status the dates allow. Ends with the lapse
     * job on {@code today}. Returns how many permits ended in each status.
     */
    public static Map<PermitStatus, Integer> generate(PermitServices services, Operator demo, List<Long> personIds,
                                                      LocalDate today) {
        MovableClock clock = new MovableClock(ZoneId.of("Asia/Shanghai"));
        PermitServices s = services.withClock(clock);
        for (int i = 0; i < personIds.size(); i++) {
            long person = personIds.get(i);
            clock.setDay(today);
            ApplicantCircumstances c = s.applications().checkEligibility(demo, person, ApplicationRequest.inPerson(null, Set.of()))
                    .circumstances();
            LocalDate eligibleFrom = s.queries().policy().residenceRequirementMetOn(c.registrationStart());
            LocalDate start = eligibleFrom.isAfter(today.minusDays(420)) ? eligibleFrom : today.minusDays(420);
            PermitStatus target = feasible(CYCLE.get(i % CYCLE.size()), start, today);
            // not yet eligible: the application waits, submitted today
            drive(s, demo, clock, person, c, target, start.isAfter(today) ? today : start, today);
        }
        clock.setDay(today);
        s.lifecycle().refreshLapses();
        Map<PermitStatus, Integer> counts = new EnumMap<>(PermitStatus.class);
        s.queries().exportRows(demo, row -> counts.merge(PermitStatus.valueOf((String) row.get("status")), 1, Integer::sum));
        return counts;
    }

    /** The wanted status if the dates allow it, else the furthest one they do. */
    static PermitStatus feasible(PermitStatus wanted, LocalDate start, LocalDate today) {
        if (start.isAfter(today.minusDays(2))) {
            return PermitStatus.AWAITING_MATERIALS;
        }
        if (wanted == PermitStatus.SUSPENDED && start.isAfter(today.minusDays(LAPSED_ISSUE_DAYS_AGO + 5L))) {
            return PermitStatus.ISSUED;
        }
        if ((wanted == PermitStatus.ISSUED || wanted == PermitStatus.PRINTED) && start.isAfter(today.minusDays(6))) {
            return PermitStatus.APPROVED;
        }
        return wanted;
    }

    private static void drive(PermitServices s, Operator demo, MovableClock clock, long person, ApplicantCircumstances c,
                              PermitStatus target, LocalDate start, LocalDate today) {
        clock.setDay(start);
        Set<MaterialKind> all = MaterialsChecklist.requiredFor(c).stream().map(r -> r.acceptable(false).get(0))
                .collect(Collectors.toSet());
        if (target == PermitStatus.AWAITING_MATERIALS) {
            s.applications().submit(demo, person, ApplicationRequest.inPerson(null, Set.of(MaterialKind.RESIDENT_ID_CARD)));
            return;
        }
        String id = s.applications().submit(demo, person, ApplicationRequest.inPerson(null, all)).permit().id();
        s.applications().accept(demo, id);
        if (target == PermitStatus.ACCEPTED) {
            return;
        }
        clock.setDay(start.plusDays(1));
        if (target == PermitStatus.CANCELLED) {
            s.lifecycle().cancel(demo, id, CancellationReason.MOVED_AWAY, null);
            return;
        }
        if (target == PermitStatus.REJECTED) {
            s.review().reject(demo, id, "演示数据");
            return;
        }
        s.review().approve(demo, id);
        if (target == PermitStatus.APPROVED) {
            return;
        }
        LocalDate issueDay = target == PermitStatus.SUSPENDED ? today.minusDays(LAPSED_ISSUE_DAYS_AGO)
                : latest(start.plusDays(5), today.minusDays(ISSUED_DAYS_AGO));
        clock.setDay(target == PermitStatus.PRINTED ? latest(start.plusDays(3), today.minusDays(1)) : issueDay.minusDays(1));
        CardPrintJob job = s.cardProduction().print(demo, id, PrintSpec.first());
        s.cardProduction().markPrinted(demo, job, new PrintOutcome(DocumentType.PERMIT_CARD, DEMO_PRINTER, 0, 1, PrintStatus.PRINTED,
                DEMO_PRINTER));
        if (target == PermitStatus.PRINTED) {
            return;
        }
        clock.setDay(issueDay);
        s.cardProduction().issue(demo, id, Handover.holder());
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A clock the generator sets to 10:00 of each day it replays. */
    static final class MovableClock extends Clock {
        private final ZoneId zone;
        private volatile Instant now = Instant.EPOCH;

        MovableClock(ZoneId zone) {
            this.zone = zone;
        }

        void setDay(LocalDate day) {
            now = day.atTime(10, 0).atZone(zone).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            MovableClock c = new MovableClock(other);
            c.now = now;
            return c;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
