package org.residencedesk.service.permit;

import static org.residencedesk.service.permit.PermitSteps.AGGREGATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.registration.Person;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.Counters;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.PermitRepository;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.RegistrationRepository;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;

/**
 * 查询 (read side) of the 居住证 (ADR 0110): one permit with its history, list columns, a person's
 * permits, the work queues and reminder lists of every stage (paged, ID numbers masked), the flat export
 * rows and the policy. Nothing here changes a permit; only {@link #open} writes an audit entry.
 */
public final class PermitQueries {
    private final PermitSteps s;

    public PermitQueries(Transactions tx, PermitRepository permits, RegistrationRepository registrations,
                         StationRepository stations, AuditLog audit, Outbox outbox, Counters counters,
                         FormCodec codec, MasterData masterData, PermitPolicy policy, Clock clock) {
        this(new PermitSteps(tx, permits, registrations, stations, audit, outbox, counters, codec, masterData,
                policy, clock));
    }

    private PermitQueries(PermitSteps steps) {
        this.s = steps;
    }

    /** The same queries on another clock (demo data that replays years of steps). */
    PermitQueries withClock(Clock other) {
        return new PermitQueries(s.withClock(other));
    }

    @NoOperator("the station's permit policy (fees, deadlines, number format): configuration, no personal data")
    public PermitPolicy policy() {
        return s.policy;
    }

    /** Opens one permit with its full history; the look is audited. */
    @Requires(Permission.PERMIT_VIEW)
    public PermitApplication open(Operator op, String permitId) {
        op.require(Permission.PERMIT_VIEW);
        return s.tx.inTransaction(() -> {
            PermitSteps.Loaded l = s.load(permitId);
            s.audit.append(AuditRecord.of(op.login(), AuditAction.RECORD_VIEWED, AGGREGATE, permitId));
            return l.permit();
        });
    }

    /** The list columns of one permit (status, numbers, dates), without auditing a look at personal data. */
    @Requires(Permission.PERMIT_VIEW)
    public PermitSummary summary(Operator op, String permitId) {
        op.require(Permission.PERMIT_VIEW);
        return s.tx.readOnly(() -> s.permits.summary(permitId)
                .orElseThrow(() -> Violations.failure("form", "permit.service.notFound")));
    }

    @Requires(Permission.PERMIT_VIEW)
    public List<PermitSummary> permitsOfPerson(Operator op, long personId) {
        op.require(Permission.PERMIT_VIEW);
        return s.tx.readOnly(() -> s.permits.ofPerson(personId));
    }

    /** 待补材料 list, oldest first. */
    @Requires(Permission.PERMIT_VIEW)
    public PermitPage awaitingMaterials(Operator op, int page, int pageSize) {
        op.require(Permission.PERMIT_VIEW);
        return page(p -> s.permits.inStatus(PermitStatus.AWAITING_MATERIALS, null, p * pageSize, pageSize + 1), page,
                pageSize);
    }

    /** 审核队列: accepted applications, longest waiting first. */
    @Requires(Permission.PERMIT_VIEW)
    public PermitPage reviewQueue(Operator op, int page, int pageSize) {
        op.require(Permission.PERMIT_VIEW);
        return page(p -> s.permits.inStatus(PermitStatus.ACCEPTED, null, p * pageSize, pageSize + 1), page, pageSize);
    }

    /** 制证队列: approved applications and replacement cycles waiting for their card, oldest first. */
    @Requires(Permission.PERMIT_VIEW)
    public PermitPage printQueue(Operator op, int page, int pageSize) {
        op.require(Permission.PERMIT_VIEW);
        return page(p -> s.permits.inStatus(PermitStatus.APPROVED, null, p * pageSize, pageSize + 1), page, pageSize);
    }

    /** 待领证: printed cards not yet collected; {@code waitingLongerThanDays} 0 lists all. */
    @Requires(Permission.PERMIT_VIEW)
    public PermitPage awaitingCollection(Operator op, int waitingLongerThanDays, int page, int pageSize) {
        op.require(Permission.PERMIT_VIEW);
        LocalDate bound = waitingLongerThanDays <= 0 ? null : s.today().minusDays(waitingLongerThanDays + 1L);
        return page(p -> s.permits.inStatus(PermitStatus.PRINTED, bound, p * pageSize, pageSize + 1), page, pageSize);
    }

    /** 逾期未领: printed longer ago than the policy's overdue days. */
    @Requires(Permission.PERMIT_VIEW)
    public PermitPage overdueCollection(Operator op, int page, int pageSize) {
        op.require(Permission.PERMIT_VIEW);
        return awaitingCollection(op, s.policy.overdueCollectionDays(), page, pageSize);
    }

    /**
     * 到期签注提醒: issued permits whose last day to endorse lies within the policy's horizon (today
     * counts as day 0), soonest first.
     */
    @Requires(Permission.PERMIT_VIEW)
    public PermitPage endorsementsDue(Operator op, int page, int pageSize) {
        op.require(Permission.PERMIT_VIEW);
        LocalDate today = s.today();
        // last day = anniversary − 1, so last ∈ [today, today + horizon] ⇔ anniversary ∈ [today + 1, today + horizon + 1]
        return page(p -> s.permits.anniversaryBetween(today.plusDays(1),
                today.plusDays(s.policy.reminderHorizonDays() + 1L), p * pageSize, pageSize + 1), page, pageSize);
    }

    /** 逾期未签注: permits whose anniversary passed unendorsed (suspended or not yet marked), longest first. */
    @Requires(Permission.PERMIT_VIEW)
    public PermitPage lapsed(Operator op, int page, int pageSize) {
        op.require(Permission.PERMIT_VIEW);
        LocalDate today = s.today();
        return page(p -> s.permits.lapsedOn(today, p * pageSize, pageSize + 1), page, pageSize);
    }

    /**
     * Every permit as one flat row (export --what permits), streamed in one read-only transaction: id,
     * numbers, status, its dates (ISO) and the number of endorsements. No names or ID numbers. Fewer rows read than
     * the table counts is {@code StationProblem(DAMAGED)}, never a partial export (ADR 0350).
     */
    @Requires(Permission.EXPORT)
    public void exportRows(Operator op, Consumer<Map<String, Object>> sink) {
        op.require(Permission.EXPORT);
        s.tx.readOnly(() -> {
            s.permits.forEach(summary -> sink.accept(ExportRow.of(summary)));
            return null;
        });
    }

    private PermitPage page(Function<Integer, List<PermitSummary>> query, int page, int pageSize) {
        return s.tx.readOnly(() -> {
            List<PermitSummary> rows = query.apply(page);
            List<PermitListItem> items = new ArrayList<>();
            for (PermitSummary summary : rows.subList(0, Math.min(rows.size(), pageSize))) {
                Person person = s.registrations.findPerson(summary.personId()).orElseThrow();
                items.add(new PermitListItem(summary, person.name(), IdNumber.mask(person.idNumber())));
            }
            return new PermitPage(items, page, rows.size() > pageSize);
        });
    }
}
