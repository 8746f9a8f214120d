package org.residencedesk.service.outflow;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outflow.OutflowDetails;
import org.residencedesk.domain.outflow.OutflowPeriod;
import org.residencedesk.domain.outflow.ReporterKind;
import org.residencedesk.domain.outflow.ReturnReason;
import org.residencedesk.domain.permit.Actor;
import org.residencedesk.port.OutflowRepository;
import org.residencedesk.service.Problems;
import org.residencedesk.service.TextRules;

/**
 * Keeps the register current from OUTFLOW_NOTICE messages (ADR 0222), idempotently: ARRIVED opens a period or
 * brings the open one up to date, LEFT ends the open period at that place; a notice applied before changes nothing.
 * The station acts ("platform" in audit and events); runs inside the caller's transaction when there is one.
 */
final class OutflowNotices {
    /** 其他: a notice carries no reason; the counter corrects it when a relative reports one. */
    static final String UNKNOWN_REASON = "14";

    private final OutflowService service;
    private final OutflowRepository outflows;
    private final OutflowRules rules;
    private final Clock clock;

    OutflowNotices(OutflowService service, OutflowRepository outflows, OutflowRules rules, Clock clock) {
        this.service = service;
        this.outflows = outflows;
        this.rules = rules;
        this.clock = clock;
    }

    NoticeOutcome apply(OutflowNotice n) {
        String station = service.stationDivision();
        if (n == null || n.change() == null || n.date() == null || n.date().isAfter(java.time.LocalDate.now(clock))) {
            return NoticeOutcome.INVALID;
        }
        String id = rules.idNumber(new Problems(), n.idNumber());
        if (id == null) {
            return NoticeOutcome.INVALID;
        }
        if (!rules.inStationArea(n.hukouDivision(), station)) {
            return NoticeOutcome.NOT_OUR_AREA;
        }
        if (TextRules.isBlank(n.residenceDivision()) || rules.inStationArea(n.residenceDivision(), station)
                || rules.divisionName(n.residenceDivision().strip()).equals(n.residenceDivision().strip())) {
            return NoticeOutcome.INVALID;
        }
        return service.tx().inTransaction(() -> n.change() == OutflowNotice.Change.ARRIVED
                ? arrived(n, id) : left(n, id));
    }

    private NoticeOutcome arrived(OutflowNotice n, String id) {
        Optional<OutflowPeriod> open = outflows.findOpen(id);
        String destination = n.residenceDivision().strip();
        if (open.isPresent()) {
            OutflowPeriod p = open.get();
            OutflowDetails was = p.details();
            OutflowDetails now = new OutflowDetails(text(n.name(), was.name(), 100),
                    rules.initialsOf(text(n.name(), was.name(), 100)), was.hukouDivision(), destination,
                    text(n.residenceAddress(), was.destinationAddress(), 200), was.leftOn(), was.reason(),
                    text(n.employer(), was.employer(), 100), text(n.mobile(), was.mobile(), 20),
                    was.leftBehindChildren(), was.leftBehindElderly(), was.leftBehindCount(), was.leftBehindNote());
            if (p.says(now)) {
                return NoticeOutcome.UNCHANGED;
            }
            p.change(now, clock.instant());
            service.commit(Actor.PLATFORM.login(), p, AuditAction.RECORD_CHANGED, "notice:ARRIVED",
                    EventType.OUTFLOW_CHANGED);
            return NoticeOutcome.CHANGED;
        }
        boolean seenBefore = outflows.ofPerson(id).stream().anyMatch(p -> p.leftOn().equals(n.date())
                && p.destinationDivision().equals(destination) && p.reporterKind() == ReporterKind.PLATFORM);
        if (seenBefore) {
            return NoticeOutcome.UNCHANGED;
        }
        String name = text(n.name(), null, 100);
        if (name == null) {
            return NoticeOutcome.INVALID;
        }
        OutflowDetails details = new OutflowDetails(name, rules.initialsOf(name), n.hukouDivision().strip(),
                destination, text(n.residenceAddress(), rules.divisionName(destination), 200), n.date(),
                UNKNOWN_REASON, text(n.employer(), null, 100), text(n.mobile(), null, 20), false, false, 0, null);
        OutflowPeriod period = new OutflowPeriod(id, details, ReporterKind.PLATFORM, null, null,
                text(n.reportingStation(), null, 12), Actor.PLATFORM.login(), clock.instant());
        service.commit(Actor.PLATFORM.login(), period, AuditAction.RECORD_CREATED, "notice:ARRIVED",
                EventType.OUTFLOW_REGISTERED);
        return NoticeOutcome.REGISTERED;
    }

    private NoticeOutcome left(OutflowNotice n, String id) {
        Optional<OutflowPeriod> open = outflows.findOpen(id);
        if (open.isEmpty()) {
            boolean alreadyEnded = outflows.ofPerson(id).stream().anyMatch(p -> !p.isOpen()
                    && Objects.equals(p.returnedOn(), n.date()) && p.returnReason() == ReturnReason.LEFT_DESTINATION);
            return alreadyEnded ? NoticeOutcome.UNCHANGED : NoticeOutcome.NO_MATCHING_PERIOD;
        }
        OutflowPeriod p = open.get();
        if (!p.destinationDivision().equals(n.residenceDivision().strip())) {
            return NoticeOutcome.NO_MATCHING_PERIOD;
        }
        if (n.date().isBefore(p.leftOn())) {
            return NoticeOutcome.INVALID;
        }
        p.end(n.date(), ReturnReason.LEFT_DESTINATION, null, clock.instant());
        service.commit(Actor.PLATFORM.login(), p, AuditAction.RECORD_CANCELLED, "notice:LEFT",
                EventType.OUTFLOW_ENDED);
        return NoticeOutcome.ENDED;
    }

    /** The notice's text when usable (no control characters, not too long), else what was there. */
    private static String text(String fromNotice, String was, int max) {
        if (TextRules.isBlank(fromNotice) || TextRules.hasControlCharacters(fromNotice)
                || TextRules.length(fromNotice.strip()) > max) {
            return was;
        }
        return fromNotice.strip();
    }
}
