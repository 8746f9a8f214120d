package org.residencedesk.service.permit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.domain.permit.Actor;
import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.Eligibility;
import org.residencedesk.domain.permit.EligibilityCheck;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialsCheck;
import org.residencedesk.domain.permit.PermitAction;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitFinding;
import org.residencedesk.domain.permit.PermitNumberFormat;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PermitRuleViolation;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.PrintRequest;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.domain.registration.Person;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.domain.registration.ResidenceRegistration;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.ConcurrentChangeException;
import org.residencedesk.port.Counters;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.PermitRepository;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.RegistrationRepository;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;

/**
 * 居住证 use cases (issue 6) on top of the pure {@link PermitApplication}. Every step is one transaction
 * that stores the aggregate, appends one audit entry and, where PLATFORM-API.md names an event type,
 * one outbox event with the permit's full state (ADR 0071). Refused steps surface as
 * {@code ValidationFailure} (Chinese, per field) or {@link PermissionDenied}, and store nothing.
 */
public final class PermitService {
    static final String AGGREGATE = "PERMIT";
    /** Gapless per year; forms the acceptance number with the station code (ADR 0073). */
    static String acceptanceCounter(int year) {
        return "permit-acceptance-" + year;
    }

    static String permitNumberCounter(int year) {
        return "permit-number-" + year;
    }

    private static final int LAPSE_BATCH = 200;

    private final Transactions tx;
    private final PermitRepository permits;
    private final RegistrationRepository registrations;
    private final StationRepository stations;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Counters counters;
    private final FormCodec codec;
    private final MasterData masterData;
    private final PermitPolicy policy;
    private final Clock clock;
    private final PermitDocuments documents;

    public PermitService(Transactions tx, PermitRepository permits, RegistrationRepository registrations,
                         StationRepository stations, AuditLog audit, Outbox outbox, Counters counters,
                         FormCodec codec, MasterData masterData, PermitPolicy policy, Clock clock) {
        this.tx = tx;
        this.permits = permits;
        this.registrations = registrations;
        this.stations = stations;
        this.audit = audit;
        this.outbox = outbox;
        this.counters = counters;
        this.codec = codec;
        this.masterData = masterData;
        this.policy = policy;
        this.clock = clock;
        this.documents = new PermitDocuments(masterData, policy, clock);
    }

    /** The same service on another clock (demo data that replays years of steps). */
    public PermitService withClock(Clock other) {
        return new PermitService(tx, permits, registrations, stations, audit, outbox, counters, codec, masterData,
                policy, other);
    }

    public PermitPolicy policy() {
        return policy;
    }

    // ---- eligibility and application ----

    /** Judges the person's active registration today (basis proof assumed shown); nothing is stored. */
    public EligibilityReport checkEligibility(Operator op, long personId, ApplicationRequest request) {
        actor(op, PermitAction.SUBMIT);
        return tx.readOnly(() -> {
            ResidenceRegistration reg = activeRegistration(personId);
            FormValues form = codec.fromJson(reg.formJson());
            PermitBasis suggested = suggestedBasis(form);
            ApplicantCircumstances c = circumstances(reg, form, request, suggested).withBasisEvidencePresent(true);
            Eligibility e = new EligibilityCheck(policy).check(c, today());
            return new EligibilityReport(reg.id(), c, suggested, e,
                    e.problems().stream().map(PermitFinding::message).toList());
        });
    }

    /**
     * 申领: stores the application (status 待补材料). When materials are missing the one-time notice
     * comes back to be printed; when they are complete the counter goes on with {@link #accept}.
     */
    public PermitStep submit(Operator op, long personId, ApplicationRequest request) {
        Actor actor = actor(op, PermitAction.SUBMIT);
        return tx.inTransaction(() -> {
            ResidenceRegistration reg = activeRegistration(personId);
            permits.ofPerson(personId).stream().filter(p -> !p.status().isFinal()).findFirst().ifPresent(open -> {
                throw Violations.failure("form", "permit.service.openApplicationExists",
                        open.acceptanceNumber() == null ? "" : open.acceptanceNumber());
            });
            FormValues form = codec.fromJson(reg.formJson());
            ApplicantCircumstances c = circumstances(reg, form, request, suggestedBasis(form));
            PermitApplication a = step(() -> PermitApplication.submit(UUID.randomUUID().toString(),
                    Long.toString(reg.id()), c, request.presented(), actor, clock));
            permits.save(a, personId);
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CREATED, AGGREGATE, a.id(), "SUBMIT"));
            return withNotice(a, reg, form, op);
        });
    }

    /** 补齐材料: records more documents; returns the notice again while something is still missing. */
    public PermitStep supplyMaterials(Operator op, String permitId, ApplicationRequest more) {
        Actor actor = actor(op, PermitAction.SUPPLY_MATERIALS);
        return tx.inTransaction(() -> {
            Loaded l = load(permitId);
            step(() -> l.permit().supplyMaterials(more.presented(), actor, clock));
            permits.save(l.permit(), l.personId());
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CHANGED, AGGREGATE, permitId,
                    "SUPPLY_MATERIALS"));
            return withNotice(l.permit(), l.registration(), l.form(), op);
        });
    }

    private PermitStep withNotice(PermitApplication a, ResidenceRegistration reg, FormValues form, Operator op) {
        MaterialsCheck check = a.materialsCheck(today());
        PermitSummary summary = permits.summary(a.id()).orElseThrow();
        if (check.complete()) {
            return PermitStep.of(summary);
        }
        return PermitStep.of(summary, documents.missingMaterialsNotice(subject(a, reg, form), op, check.notice()));
    }

    /** 受理: draws the acceptance number, fixes the promised date and returns the receipt. */
    public PermitStep accept(Operator op, String permitId) {
        Actor actor = actor(op, PermitAction.ACCEPT);
        return tx.inTransaction(() -> {
            Loaded l = load(permitId);
            Station station = station();
            int year = today().getYear();
            // checked on a copy first, so a refused acceptance does not use up a number
            step(() -> copy(permitId).accept("0", policy, actor, clock));
            String number = PermitNumberFormat.STATION_YEAR_SERIAL.format(new PermitNumberFormat.Parts(
                    station.code().value(), null, null, year, counters.next(acceptanceCounter(year))));
            step(() -> l.permit().accept(number, policy, actor, clock));
            PermitSummary s = commit(op, l, AuditAction.RECORD_CHANGED, "ACCEPT", EventType.PERMIT_APPLICATION_ACCEPTED);
            return PermitStep.of(s, documents.acceptanceReceipt(l.subject(station.name()), op, station.name()));
        });
    }

    // ---- review ----

    /** 审核队列: accepted applications, longest waiting first. */
    public PermitPage reviewQueue(int page, int pageSize) {
        return page(p -> permits.inStatus(PermitStatus.ACCEPTED, null, p * pageSize, pageSize + 1), page, pageSize);
    }

    public PermitStep approve(Operator op, String permitId) {
        Actor actor = actor(op, PermitAction.APPROVE);
        return tx.inTransaction(() -> {
            Loaded l = load(permitId);
            step(() -> l.permit().approve(actor, clock));
            return PermitStep.of(commit(op, l, AuditAction.RECORD_CHANGED, "APPROVE",
                    EventType.PERMIT_APPLICATION_REVIEWED));
        });
    }

    /** 审核不通过 with its reason; returns the 不予批准通知书. */
    public PermitStep reject(Operator op, String permitId, String reason) {
        Actor actor = actor(op, PermitAction.REJECT);
        return tx.inTransaction(() -> {
            Loaded l = load(permitId);
            step(() -> l.permit().reject(reason, actor, clock));
            PermitSummary s = commit(op, l, AuditAction.RECORD_CHANGED, "REJECT", EventType.PERMIT_APPLICATION_REVIEWED);
            return PermitStep.of(s, documents.rejectionNotice(l.subject(station().name()), op));
        });
    }

    /** A PERMIT_REVIEW_RESULT from the platform inbox (公安网审签). Never throws for business reasons. */
    public PlatformReviewOutcome applyPlatformReviewResult(String acceptanceNumber, boolean approved, String reason,
                                                           Instant reviewedAt) {
        return tx.inTransaction(() -> {
            Optional<PermitApplication> found = permits.findByAcceptanceNumber(acceptanceNumber);
            if (found.isEmpty()) {
                return PlatformReviewOutcome.UNKNOWN_APPLICATION;
            }
            Loaded l = load(found.get().id());
            try {
                l.permit().applyPlatformReviewResult(approved, reason, reviewedAt);
            } catch (PermitRuleViolation v) {
                return PlatformReviewOutcome.NOT_APPLICABLE;
            }
            commit(Actor.PLATFORM.login(), l, AuditAction.RECORD_CHANGED, "PLATFORM_REVIEW " + (approved ? "APPROVED" : "REJECTED"),
                    EventType.PERMIT_APPLICATION_REVIEWED);
            return PlatformReviewOutcome.APPLIED;
        });
    }

    // ---- production ----

    /** 制证队列: approved applications and replacement cycles waiting for their card, oldest first. */
    public PermitPage printQueue(int page, int pageSize) {
        return page(p -> permits.inStatus(PermitStatus.APPROVED, null, p * pageSize, pageSize + 1), page, pageSize);
    }

    /**
     * Prepares the card (ADR 0072): checks the step on a copy, fixes the permit number and returns the
     * PERMIT_CARD document. Nothing changes status until {@link #markPrinted} gets a successful outcome.
     * A new permit's number is drawn once and reserved, so a failed print reuses it; later cycles and
     * reprints keep the permit's number.
     */
    public CardPrintJob print(Operator op, String permitId, PrintSpec spec) {
        Actor actor = actor(op, PermitAction.PRINT);
        return tx.inTransaction(() -> {
            Loaded l = load(permitId);
            PermitApplication a = l.permit();
            Actor authoriser = spec.authorisedBy() == null ? null
                    : new Actor(spec.authorisedBy().login(), spec.authorisedBy().roles());
            String trial = a.permitNumber().orElse("0".repeat(policy.permitNumberFormat().length()));
            step(() -> copy(permitId).print(new PrintRequest(spec.type(), trial, spec.reason(), authoriser), policy,
                    actor, clock));
            String number = a.permitNumber().orElseGet(() -> permits.reservedPermitNumber(permitId)
                    .orElseGet(() -> reserveNumber(permitId)));
            PrintRequest request = new PrintRequest(spec.type(), number, spec.reason(), authoriser);
            Station station = station();
            PrintDocument card = documents.card(l.subject(station.name()), op, request, station.name());
            return new CardPrintJob(permitId, request, card, a.history().size());
        });
    }

    private String reserveNumber(String permitId) {
        int year = today().getYear();
        String number = policy.permitNumberFormat().format(new PermitNumberFormat.Parts(station().code().value(),
                null, null, year, counters.next(permitNumberCounter(year))));
        permits.reservePermitNumber(permitId, number);
        return number;
    }

    /**
     * Records the printed card once the printer accepted the job (PrintOutcome.succeeded()); a failed
     * outcome changes nothing and its message comes back for the clerk.
     */
    public PermitStep markPrinted(Operator op, CardPrintJob job, PrintOutcome outcome) {
        Actor actor = actor(op, PermitAction.PRINT);
        if (!outcome.succeeded()) {
            throw Violations.failure("form", "permit.service.printFailed", outcome.message());
        }
        return tx.inTransaction(() -> {
            Loaded l = load(job.permitId());
            if (l.permit().history().size() != job.expectedVersion()) {
                throw Violations.failure("form", "permit.service.printJobStale");
            }
            step(() -> l.permit().print(job.request(), policy, actor, clock));
            String detail = "PRINT " + job.request().type() + " printer=" + outcome.printerName();
            return PermitStep.of(commit(op, l, AuditAction.RECORD_CHANGED, detail, EventType.PERMIT_PRINTED));
        });
    }

    // ---- issuance ----

    /** 待领证: printed cards not yet collected; {@code waitingLongerThanDays} 0 lists all. */
    public PermitPage awaitingCollection(int waitingLongerThanDays, int page, int pageSize) {
        LocalDate bound = waitingLongerThanDays <= 0 ? null : today().minusDays(waitingLongerThanDays + 1L);
        return page(p -> permits.inStatus(PermitStatus.PRINTED, bound, p * pageSize, pageSize + 1), page, pageSize);
    }

    /** 逾期未领: printed longer ago than the policy's overdue days. */
    public PermitPage overdueCollection(int page, int pageSize) {
        return awaitingCollection(policy.overdueCollectionDays(), page, pageSize);
    }

    /** 发证 to the holder ({@link Handover#holder()}) or a collector; returns the 领取回执. */
    public PermitStep issue(Operator op, String permitId, Handover handover) {
        Actor actor = actor(op, PermitAction.ISSUE);
        return tx.inTransaction(() -> {
            Loaded l = load(permitId);
            step(() -> l.permit().issue(handover, actor, clock));
            PermitSummary s = commit(op, l, AuditAction.RECORD_CHANGED,
                    handover != null && handover.byHolder() ? "ISSUE holder" : "ISSUE collector", EventType.PERMIT_ISSUED);
            return PermitStep.of(s, documents.issuanceReceipt(l.subject(station().name()), op));
        });
    }

    // ---- endorsement, reminders, lapse ----

    /** 签注 (window enforced; a lapsed permit is restored by a late endorsement); returns the 签注凭证. */
    public PermitStep endorse(Operator op, String permitId) {
        Actor actor = actor(op, PermitAction.ENDORSE);
        return tx.inTransaction(() -> {
            Loaded l = load(permitId);
            step(() -> l.permit().endorse(actor, clock));
            boolean late = l.permit().endorsements().get(l.permit().endorsements().size() - 1).late();
            PermitSummary s = commit(op, l, AuditAction.RECORD_CHANGED, late ? "ENDORSE late" : "ENDORSE",
                    EventType.PERMIT_ENDORSED);
            return PermitStep.of(s, documents.endorsementRecord(l.subject(station().name()), op));
        });
    }

    /**
     * 到期签注提醒: issued permits whose last day to endorse lies within the policy's horizon (today
     * counts as day 0), soonest first.
     */
    public PermitPage endorsementsDue(int page, int pageSize) {
        LocalDate today = today();
        // last day = anniversary − 1, so last ∈ [today, today + horizon] ⇔ anniversary ∈ [today + 1, today + horizon + 1]
        return page(p -> permits.anniversaryBetween(today.plusDays(1), today.plusDays(policy.reminderHorizonDays() + 1L),
                p * pageSize, pageSize + 1), page, pageSize);
    }

    /** 逾期未签注: permits whose anniversary passed unendorsed (suspended or not yet marked), longest first. */
    public PermitPage lapsed(int page, int pageSize) {
        LocalDate today = today();
        return page(p -> permits.lapsedOn(today, p * pageSize, pageSize + 1), page, pageSize);
    }

    /**
     * Daily job: suspends every issued permit whose anniversary passed unendorsed, in batches of one
     * transaction each. Audited as the system; no platform event (ADR 0074). Returns how many changed.
     */
    public int refreshLapses() {
        LocalDate today = today();
        int changed = 0;
        java.util.Set<String> skipped = new java.util.HashSet<>();
        while (true) {
            List<String> ids = tx.readOnly(() -> permits.issuedLapsedBy(today, LAPSE_BATCH + skipped.size()))
                    .stream().filter(id -> !skipped.contains(id)).toList();
            if (ids.isEmpty()) {
                return changed;
            }
            for (String id : ids) {
                boolean suspended;
                try {
                    suspended = tx.inTransaction(() -> {
                        Loaded l = load(id);
                        if (!l.permit().refreshLapse(clock)) {
                            return false;
                        }
                        permits.save(l.permit(), l.personId());
                        audit.append(new AuditRecord(Actor.SYSTEM.login(), AuditAction.RECORD_CHANGED, AGGREGATE,
                                id, "LAPSE"));
                        return true;
                    });
                } catch (ConcurrentChangeException otherCounter) {
                    // another counter PC is handling this permit right now; the next round sees its result
                    suspended = false;
                }
                if (suspended) {
                    changed++;
                } else {
                    // endorsed or suspended meanwhile (e.g. by another counter): nothing to do, never loop on it
                    skipped.add(id);
                }
            }
        }
    }

    // ---- replacement, reissue, cancellation ----

    /** 换领: old card handed back, fee recorded; the permit goes back to the print queue. */
    public PermitStep replace(Operator op, String permitId, boolean oldCardReturned) {
        Actor actor = actor(op, PermitAction.REPLACE);
        return tx.inTransaction(() -> {
            Loaded l = load(permitId);
            step(() -> l.permit().replace(oldCardReturned, policy, actor, clock));
            return PermitStep.of(commit(op, l, AuditAction.RECORD_CHANGED, "REPLACE", EventType.PERMIT_REPLACED));
        });
    }

    /** 补领: lost card, fee recorded; a lost-card print follows. */
    public PermitStep reissue(Operator op, String permitId) {
        Actor actor = actor(op, PermitAction.REISSUE);
        return tx.inTransaction(() -> {
            Loaded l = load(permitId);
            step(() -> l.permit().reissue(policy, actor, clock));
            return PermitStep.of(commit(op, l, AuditAction.RECORD_CHANGED, "REISSUE", EventType.PERMIT_REPLACED));
        });
    }

    /** 注销 with its reason (and a note for "other"). */
    public PermitStep cancel(Operator op, String permitId, CancellationReason reason, String note) {
        Actor actor = actor(op, PermitAction.CANCEL);
        if (reason == null) {
            throw Violations.failure("reason", "permit.service.reasonRequired");
        }
        return tx.inTransaction(() -> {
            Loaded l = load(permitId);
            step(() -> l.permit().cancel(reason, note, actor, clock));
            return PermitStep.of(commit(op, l, AuditAction.RECORD_CANCELLED, "CANCEL " + reason.name(),
                    EventType.PERMIT_CANCELLED));
        });
    }

    // ---- reading ----

    /** Opens one permit with its full history; the look is audited. */
    public PermitApplication open(Operator op, String permitId) {
        return tx.inTransaction(() -> {
            Loaded l = load(permitId);
            audit.append(AuditRecord.of(op.login(), AuditAction.RECORD_VIEWED, AGGREGATE, permitId));
            return l.permit();
        });
    }

    /** The list columns of one permit (status, numbers, dates), without auditing a look at personal data. */
    public PermitSummary summary(String permitId) {
        return tx.readOnly(() -> permits.summary(permitId)
                .orElseThrow(() -> Violations.failure("form", "permit.service.notFound")));
    }

    public List<PermitSummary> permitsOfPerson(long personId) {
        return tx.readOnly(() -> permits.ofPerson(personId));
    }

    /** 待补材料 list, oldest first. */
    public PermitPage awaitingMaterials(int page, int pageSize) {
        return page(p -> permits.inStatus(PermitStatus.AWAITING_MATERIALS, null, p * pageSize, pageSize + 1), page,
                pageSize);
    }

    /**
     * Every permit as one flat row (export --what permits), streamed in one read-only transaction: id,
     * numbers, status, its dates (ISO) and the number of endorsements. No names or ID numbers.
     */
    public void exportRows(Consumer<Map<String, Object>> sink) {
        tx.readOnly(() -> {
            permits.forEach(s -> sink.accept(ExportRow.of(s)));
            return null;
        });
    }

    // ---- helpers ----

    private PermitPage page(Function<Integer, List<PermitSummary>> query, int page, int pageSize) {
        return tx.readOnly(() -> {
            List<PermitSummary> rows = query.apply(page);
            List<PermitListItem> items = new ArrayList<>();
            for (PermitSummary s : rows.subList(0, Math.min(rows.size(), pageSize))) {
                Person person = registrations.findPerson(s.personId()).orElseThrow();
                items.add(new PermitListItem(s, person.name(), IdNumber.mask(person.idNumber())));
            }
            return new PermitPage(items, page, rows.size() > pageSize);
        });
    }

    /** Saves, audits and queues the event: the common tail of every transition. */
    private PermitSummary commit(Operator op, Loaded l, AuditAction action, String detail, EventType event) {
        return commit(op.login(), l, action, detail, event);
    }

    private PermitSummary commit(String login, Loaded l, AuditAction action, String detail, EventType event) {
        permits.save(l.permit(), l.personId());
        audit.append(new AuditRecord(login, action, AGGREGATE, l.permit().id(), detail));
        PermitSummary s = permits.summary(l.permit().id()).orElseThrow();
        outbox.append(new PendingEvent(event, login, AGGREGATE, l.permit().id(),
                PermitPayload.of(l.permit(), s, l.registration(), policy)));
        return s;
    }

    private Loaded load(String permitId) {
        PermitApplication a = permits.find(permitId)
                .orElseThrow(() -> Violations.failure("form", "permit.service.notFound"));
        PermitSummary s = permits.summary(permitId).orElseThrow();
        ResidenceRegistration reg = registrations.findById(s.registrationId()).orElseThrow();
        return new Loaded(a, s.personId(), reg, codec.fromJson(reg.formJson()));
    }

    /** A separate instance of the stored permit, for trying a step without touching the real one. */
    private PermitApplication copy(String permitId) {
        return permits.find(permitId).orElseThrow();
    }

    private ResidenceRegistration activeRegistration(long personId) {
        return registrations.findActiveForPerson(personId)
                .filter(r -> r.status() == RegistrationStatus.ACTIVE)
                .orElseThrow(() -> Violations.failure("form", "permit.service.noActiveRegistration"));
    }

    private Station station() {
        return stations.find().orElseThrow(() -> new IllegalStateException("no station"));
    }

    private PermitDocuments.Subject subject(PermitApplication a, ResidenceRegistration reg, FormValues form) {
        return new PermitDocuments.Subject(a, reg, form, station().name());
    }

    /** Facts from the registration: arrival date (ADR 0073), social insurance month, the chosen basis. */
    private static ApplicantCircumstances circumstances(ResidenceRegistration reg, FormValues form,
                                                        ApplicationRequest request, PermitBasis suggested) {
        String insurance = form.get("insuranceStartMonth");
        YearMonth insuranceStart = insurance.isBlank() ? null : YearMonth.parse(insurance.strip());
        PermitBasis basis = request.basis() != null ? request.basis() : suggested;
        return new ApplicantCircumstances(reg.person().birthDate(), reg.arrivalDate(), null, insuranceStart, basis,
                false, request.representation(), request.limitedMobility());
    }

    static PermitBasis suggestedBasis(FormValues form) {
        if (!form.get("schoolName").isBlank()) {
            return PermitBasis.CONTINUOUS_STUDY;
        }
        if (!form.get("occupation").isBlank() || !form.get("workplaceName").isBlank()) {
            return PermitBasis.STABLE_EMPLOYMENT;
        }
        return PermitBasis.STABLE_RESIDENCE;
    }

    private static Actor actor(Operator op, PermitAction action) {
        Actor actor = new Actor(op.login(), op.roles());
        if (!actor.mayTake(action)) {
            throw new PermissionDenied();
        }
        return actor;
    }

    private static void step(Runnable domainStep) {
        try {
            domainStep.run();
        } catch (PermitRuleViolation v) {
            throw Violations.toFailure(v);
        }
    }

    private static <T> T step(java.util.function.Supplier<T> domainStep) {
        try {
            return domainStep.get();
        } catch (PermitRuleViolation v) {
            throw Violations.toFailure(v);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The permit, whose it is and the registration it rests on, loaded in the step's transaction. */
    private record Loaded(PermitApplication permit, long personId, ResidenceRegistration registration,
                          FormValues form) {
        PermitDocuments.Subject subject(String stationName) {
            return new PermitDocuments.Subject(permit, registration, form, stationName);
        }
    }

    /** The print type the next card of this permit starts with (遗失补打 in a 补领 cycle), for the print screen. */
    public static PrintType firstPrintTypeOf(PermitApplication permit) {
        return permit.printCycle().firstPrintType();
    }
}
