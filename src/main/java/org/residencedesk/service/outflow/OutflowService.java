package org.residencedesk.service.outflow;

import static org.residencedesk.service.outflow.OutflowEntry.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.domain.outflow.OutflowPeriod;
import org.residencedesk.domain.outflow.ReturnReason;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.NameInitials;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.OutflowRepository;
import org.residencedesk.port.OutflowRepository.OutflowFilter;
import org.residencedesk.port.RegistrationRepository;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.Requires;
import org.residencedesk.service.TextRules;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.registration.TimelineEntry;

/**
 * 流出人口: people of the station's hukou area living elsewhere (ADR 0220). Every change validates first, then
 * commits the period, its audit entry and its OUTFLOW_* event in one transaction. Notices from the platform enter
 * only through {@link OutflowIntake} (ADR 0222).
 */
public final class OutflowService {
    static final String AGGREGATE = "OUTFLOW";
    private static final int MAX_PAGE = 200;
    /** The code table of {@link OutflowEntry#reason()}. */
    public static final String REASON_TABLE = OutflowRules.REASONS;
    /** The code table of {@link OutflowEntry#reporterRelation()}. */
    public static final String RELATION_TABLE = OutflowRules.RELATIONS;

    private final Transactions tx;
    private final OutflowRepository outflows;
    private final RegistrationRepository registrations;
    private final StationRepository stations;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;
    private final OutflowRules rules;
    private final OutflowNotices notices;
    private final MasterData masterData;

    public OutflowService(Transactions tx, OutflowRepository outflows, RegistrationRepository registrations,
                          StationRepository stations, AuditLog audit, Outbox outbox, MasterData masterData,
                          NameInitials initials, Clock clock) {
        this.tx = tx;
        this.outflows = outflows;
        this.registrations = registrations;
        this.stations = stations;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.masterData = masterData;
        this.rules = new OutflowRules(masterData, initials, clock);
        this.notices = new OutflowNotices(this, outflows, rules, clock);
    }

    /**
     * Checks an entry with every rule of {@link #register} without storing anything (the spreadsheet import's
     * row check). @throws ValidationFailure field id → Chinese message, for every bad value
     */
    @Requires(Permission.OUTFLOW_WRITE)
    public void check(Operator op, OutflowEntry entry) {
        op.require(Permission.OUTFLOW_WRITE);
        rules.check(entry, stationDivision());
    }

    /**
     * The same rules as {@link #check} for a collected row, which a 网格员 may hand in without holding
     * {@link Permission#OUTFLOW_WRITE} (ADR 0290). @throws ValidationFailure field id → Chinese message
     */
    @NoOperator("validation only: reads nothing stored but the station's division")
    public void checkRow(OutflowEntry entry) {
        rules.check(entry, stationDivision());
    }

    /**
     * Whether the register holds a period (open or ended) of the person that began on {@code leftOn}: a collected
     * row saying the same is a duplicate (ADR 0291). Only yes or no.
     */
    @Requires(Permission.COLLECT)
    public boolean isRecorded(Operator op, String idNumber, LocalDate leftOn) {
        op.require(Permission.COLLECT);
        String id = rules.checkId(idNumber).normalized();
        return tx.readOnly(() -> outflows.ofPerson(id).stream().anyMatch(p -> p.leftOn().equals(leftOn)));
    }

    /**
     * 登记流出: a new open period. @throws ValidationFailure bad values, or (field {@code form}) the person already
     * has an open period
     */
    @Requires(Permission.OUTFLOW_WRITE)
    public OutflowRecord register(Operator op, OutflowEntry entry) {
        op.require(Permission.OUTFLOW_WRITE);
        OutflowRules.Valid v = rules.check(entry, stationDivision());
        return tx.inTransaction(() -> {
            refuseSecondOpenPeriod(v.idNumber());
            OutflowPeriod period = new OutflowPeriod(v.idNumber(), v.details(), v.reporterKind(), v.reporterName(),
                    v.reporterRelation(), null, op.login(), clock.instant());
            commit(op.login(), period, AuditAction.RECORD_CREATED, "reporter=" + v.reporterKind(),
                    EventType.OUTFLOW_REGISTERED);
            return full(period);
        });
    }

    /** 变更: destination, employer, family … of an open period; the ID number cannot change. */
    @Requires(Permission.OUTFLOW_WRITE)
    public OutflowRecord change(Operator op, long periodId, int expectedVersion, OutflowEntry entry) {
        op.require(Permission.OUTFLOW_WRITE);
        OutflowRules.Valid v = rules.check(entry, stationDivision());
        return tx.inTransaction(() -> {
            OutflowPeriod period = openPeriod(periodId, expectedVersion);
            if (!period.idNumber().equals(v.idNumber())) {
                throw invalid(ID_NUMBER, "outflow.idNumber.changed");
            }
            if (period.says(v.details())) {
                throw invalid(FORM, "outflow.nothingChanged");
            }
            period.change(v.details(), clock.instant());
            commit(op.login(), period, AuditAction.RECORD_CHANGED, "changed", EventType.OUTFLOW_CHANGED);
            // the change always touches the row, so the commit raises its version by exactly one
            return record(period, period.idNumber(), true, expectedVersion + 1);
        });
    }

    /**
     * 返回: ends the open period on {@code returnedOn} (yyyy-MM-dd) for {@code reason}. On a period already ended it
     * corrects the recorded return instead (打开更正 of a rejected OUTFLOW_ENDED, ADR 0374): a new OUTFLOW_ENDED with
     * the corrected return is queued.
     */
    @Requires(Permission.OUTFLOW_WRITE)
    public OutflowRecord end(Operator op, long periodId, int expectedVersion, String returnedOn, ReturnReason reason,
                             String note) {
        op.require(Permission.OUTFLOW_WRITE);
        Problems p = new Problems();
        LocalDate on = rules.date(p, RETURNED_ON, returnedOn);
        if (reason == null) {
            p.add(RETURN_REASON, "validation.required");
        }
        OutflowRules.optionalText(p, RETURN_NOTE, note, 200);
        p.throwIfAny();
        String kept = OutflowRules.blankToNull(note);
        return tx.inTransaction(() -> {
            OutflowPeriod period = period(periodId, expectedVersion);
            if (on.isBefore(period.leftOn())) {
                throw invalid(RETURNED_ON, "outflow.returnedOn.beforeLeft");
            }
            if (period.isOpen()) {
                period.end(on, reason, kept, clock.instant());
                commit(op.login(), period, AuditAction.RECORD_CANCELLED, "returned:" + reason, EventType.OUTFLOW_ENDED);
            } else if (period.saysReturn(on, reason, kept)) {
                throw invalid(FORM, "outflow.nothingChanged");
            } else {
                period.correctReturn(on, reason, kept, clock.instant());
                commit(op.login(), period, AuditAction.RECORD_CHANGED, "return corrected:" + reason,
                        EventType.OUTFLOW_ENDED);
            }
            return record(period, period.idNumber(), true, expectedVersion + 1);
        });
    }

    /** One period with everything, the ID number in full; the look is audited. */
    @Requires(Permission.OUTFLOW_VIEW)
    public OutflowRecord open(Operator op, long periodId) {
        op.require(Permission.OUTFLOW_VIEW);
        return tx.inTransaction(() -> {
            OutflowPeriod period = outflows.find(periodId).orElseThrow(() -> invalid(FORM, "outflow.notFound"));
            audit.append(AuditRecord.of(op.login(), AuditAction.RECORD_VIEWED, AGGREGATE, period.id().toString()));
            return full(period);
        });
    }

    /** One page of the register, newest departure first, ID numbers masked; who searched is audited. */
    @Requires(Permission.OUTFLOW_VIEW)
    public OutflowPage list(Operator op, OutflowQuery query, int page, int pageSize) {
        op.require(Permission.OUTFLOW_VIEW);
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
        return read(op, query, Math.max(0, page) * size, size);
    }

    /**
     * Up to {@code limit} rows of the register from row {@code offset} on, as {@link #list}: a pager that reads one
     * row more than it shows to know whether a next page exists ({@code ui.Pages}) asks for page × size, size + 1.
     */
    @Requires(Permission.OUTFLOW_VIEW)
    public OutflowPage rows(Operator op, OutflowQuery query, int offset, int limit) {
        op.require(Permission.OUTFLOW_VIEW);
        return read(op, query, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE + 1)));
    }

    private OutflowPage read(Operator op, OutflowQuery query, int from, int size) {
        OutflowFilter filter = filter(query);
        return tx.inTransaction(() -> {
            // read first, audit last: the audit's counter row stays locked until the commit, and a save waiting for
            // it while holding a row this read needs would deadlock with it
            List<OutflowRecord> rows = outflows.list(filter, from, size).stream().map(this::masked).toList();
            long total = outflows.count(filter);
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_SEARCHED, AGGREGATE, null,
                    query != null && !TextRules.isBlank(query.text()) ? "text" : "filter"));
            return new OutflowPage(rows, total, from / size, size);
        });
    }

    /** Counts by destination province or prefecture, or by hukou village (按流入地、按村居统计); no personal data. */
    @Requires(Permission.OUTFLOW_VIEW)
    public List<OutflowGroup> groups(Operator op, OutflowQuery query, OutflowRepository.Grouping grouping) {
        op.require(Permission.OUTFLOW_VIEW);
        OutflowFilter filter = filter(query);
        return tx.readOnly(() -> outflows.countBy(filter, grouping).stream()
                .map(g -> new OutflowGroup(g.code(), rules.divisionName(g.code()), g.periods())).toList());
    }

    /** The outflow periods of a person the station knows (by the person's id), for the timeline; audited. */
    @Requires(Permission.OUTFLOW_VIEW)
    public List<TimelineEntry> timeline(Operator op, long personId) {
        op.require(Permission.OUTFLOW_VIEW);
        return tx.inTransaction(() -> {
            List<TimelineEntry> out = new ArrayList<>();
            registrations.findPerson(personId).ifPresent(person -> {
                for (OutflowPeriod p : outflows.ofPerson(person.idNumber())) {
                    String where = rules.divisionName(p.destinationDivision());
                    out.add(new TimelineEntry(p.createdAt(), "OUTFLOW", p.leftOn().toString(),
                            Problems.message("outflow.timeline.left", where, p.leftOn().toString()), p.operator()));
                    if (!p.isOpen()) {
                        out.add(new TimelineEntry(p.updatedAt(), "OUTFLOW_ENDED", p.returnedOn().toString(),
                                Problems.message("outflow.timeline.ended", where, p.returnedOn().toString(),
                                        Problems.message(p.returnReason().labelKey())), p.operator()));
                    }
                }
                if (!out.isEmpty()) {
                    audit.append(new AuditRecord(op.login(), AuditAction.RECORD_VIEWED, "PERSON",
                            Long.toString(personId), "outflow"));
                }
            });
            return out;
        });
    }

    /** The station's own division: the root of its hukou area. */
    @NoOperator("the station's division code: configuration, no personal data")
    public String stationDivision() {
        return tx.readOnly(() -> stations.find().map(Station::divisionCode)
                .orElseThrow(() -> new IllegalStateException("no station")));
    }

    /**
     * The code tables and division tree the rules check against, for the window's look-ups (ADR 0318): which
     * codes {@link OutflowRules#REASONS}, {@link OutflowRules#RELATIONS} and the divisions accept.
     */
    @NoOperator("reference tables (codes and divisions): no personal data")
    public MasterData masterData() {
        return masterData;
    }

    NoticeOutcome applyNotice(OutflowNotice notice) {
        return notices.apply(notice);
    }

    // ---- shared with OutflowNotices ----

    void commit(String actor, OutflowPeriod period, AuditAction action, String detail, EventType event) {
        outflows.save(period);
        audit.append(new AuditRecord(actor, action, AGGREGATE, period.id().toString(), detail));
        outbox.append(new PendingEvent(event, actor, AGGREGATE, period.id().toString(), OutflowPayload.of(period)));
    }

    Transactions tx() {
        return tx;
    }

    private void refuseSecondOpenPeriod(String idNumber) {
        outflows.findOpen(idNumber).ifPresent(open -> {
            throw invalid(FORM, "outflow.alreadyOpen", rules.divisionName(open.destinationDivision()),
                    open.leftOn().toString());
        });
    }

    private OutflowPeriod openPeriod(long id, int expectedVersion) {
        OutflowPeriod period = outflows.find(id).orElseThrow(() -> invalid(FORM, "outflow.notFound"));
        if (!period.isOpen()) {
            throw invalid(FORM, "outflow.alreadyEnded");
        }
        return period(period, expectedVersion);
    }

    private OutflowPeriod period(long id, int expectedVersion) {
        return period(outflows.find(id).orElseThrow(() -> invalid(FORM, "outflow.notFound")), expectedVersion);
    }

    private static OutflowPeriod period(OutflowPeriod period, int expectedVersion) {
        if (period.version() != expectedVersion) {
            throw invalid(FORM, "outflow.changedMeanwhile");
        }
        return period;
    }

    private OutflowFilter filter(OutflowQuery q) {
        if (q == null) {
            return OutflowFilter.all();
        }
        String text = OutflowRules.blankToNull(q.text());
        String id = null;
        String name = null;
        String initials = null;
        if (text != null) {
            var check = rules.checkId(text);
            if (check.valid()) {
                id = check.normalized();
            } else if (text.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
                initials = text.toLowerCase(java.util.Locale.ROOT);
                name = text;
            } else {
                name = text;
            }
        }
        return new OutflowFilter(OutflowRules.blankToNull(q.village()), OutflowRules.blankToNull(q.destination()),
                q.leftBehindChildren(), q.leftBehindElderly(), q.open(), id, name, initials);
    }

    private OutflowRecord full(OutflowPeriod p) {
        return record(p, p.idNumber(), true, p.version());
    }

    private OutflowRecord masked(OutflowPeriod p) {
        return record(p, IdNumber.mask(p.idNumber()), false, p.version());
    }

    private OutflowRecord record(OutflowPeriod p, String id, boolean full, int version) {
        return new OutflowRecord(p.id(), version, id, p.name(), p.hukouDivision(),
                rules.divisionName(p.hukouDivision()), p.destinationDivision(),
                rules.divisionName(p.destinationDivision()), p.destinationAddress(), p.leftOn(), p.reason(),
                rules.codeName(OutflowRules.REASONS, p.reason()), p.employer(), full ? p.mobile() : null,
                p.leftBehindChildren(), p.leftBehindElderly(), p.leftBehindCount(), p.leftBehindNote(),
                full ? p.reporterKind().name() : null, full ? p.reporterName() : null,
                full ? p.reporterRelation() : null, p.returnedOn(),
                p.returnReason() == null ? null : p.returnReason().name(), p.returnNote());
    }

    static ValidationFailure invalid(String field, String key, Object... args) {
        return new ValidationFailure(Map.of(field, Problems.message(key, args)));
    }
}
