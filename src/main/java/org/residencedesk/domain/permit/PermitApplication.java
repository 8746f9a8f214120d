package org.residencedesk.domain.permit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.account.Role;

/**
 * 居住证申领: one application and, once issued, the permit it became. Every step checks the status,
 * the actor's right and the rule, then records a {@link PermitTransition}; a refused step throws
 * {@link PermitRuleViolation} and changes nothing. Dates come from the {@link Clock} passed to each
 * step. Transition table and rights: ADR 0052.
 */
public final class PermitApplication {
    private final String id;
    private final String registrationId;
    private final ApplicantCircumstances circumstances;
    private final Set<MaterialKind> presented = EnumSet.noneOf(MaterialKind.class);
    private PermitStatus status;
    private final LocalDate submittedOn;

    private String acceptanceNumber;
    private LocalDate acceptedOn;
    private LocalDate promisedOn;

    private String reviewedBy;
    private Instant reviewedAt;
    private String rejectionReason;

    private PrintCycleCause printCycle = PrintCycleCause.NEW_PERMIT;
    private final List<PrintRecord> prints = new ArrayList<>();
    private final List<Handover> handovers = new ArrayList<>();
    private LocalDate firstIssuedOn;
    private LocalDate lastIssuedOn;

    private EndorsementSchedule schedule;
    private final List<Endorsement> endorsements = new ArrayList<>();
    private final List<FeeRecord> fees = new ArrayList<>();

    private CancellationReason cancellationReason;
    private String cancellationNote;
    private LocalDate cancelledOn;

    private final List<PermitTransition> history = new ArrayList<>();

    private PermitApplication(String id, String registrationId, ApplicantCircumstances circumstances,
                              LocalDate submittedOn) {
        this.id = requireText(id, "id");
        this.registrationId = requireText(registrationId, "registrationId");
        this.circumstances = Objects.requireNonNull(circumstances, "circumstances");
        this.submittedOn = submittedOn;
    }

    /**
     * 申领: records the application with what the applicant brought. It always starts in
     * {@link PermitStatus#AWAITING_MATERIALS}; {@link #materialsCheck} tells what is still missing
     * (the one-time notice) and {@link #accept} moves it on once everything is there.
     */
    public static PermitApplication submit(String id, String registrationId, ApplicantCircumstances circumstances,
                                           Set<MaterialKind> presented, Actor by, Clock clock) {
        requireRight(by, PermitAction.SUBMIT);
        PermitApplication a = new PermitApplication(id, registrationId, circumstances, LocalDate.now(clock));
        a.presented.addAll(presented);
        a.status = PermitStatus.AWAITING_MATERIALS;
        a.history.add(new PermitTransition(by.login(), clock.instant(), PermitAction.SUBMIT, null,
                PermitStatus.AWAITING_MATERIALS, null));
        return a;
    }

    // ---- materials and acceptance ----

    public MaterialsCheck materialsCheck(LocalDate on) {
        return MaterialsChecklist.check(circumstances, presented, on);
    }

    /** The applicant brings more documents (补齐材料). */
    public void supplyMaterials(Set<MaterialKind> more, Actor by, Clock clock) {
        check(by, PermitAction.SUPPLY_MATERIALS, PermitStatus.AWAITING_MATERIALS);
        presented.addAll(more);
        record(by, clock.instant(), PermitAction.SUPPLY_MATERIALS, status, null);
    }

    /**
     * 受理: materials complete and the applicant eligible on the acceptance day. The promised
     * issuing date follows from the policy. Reports every missing material and every eligibility
     * problem in one violation.
     */
    public void accept(String acceptanceNumber, PermitPolicy policy, Actor by, Clock clock) {
        check(by, PermitAction.ACCEPT, PermitStatus.AWAITING_MATERIALS);
        if (acceptanceNumber == null || acceptanceNumber.isBlank()) {
            throw PermitRuleViolation.of(PermitProblem.ACCEPTANCE_NUMBER_MISSING);
        }
        LocalDate today = LocalDate.now(clock);
        List<PermitFinding> problems = new ArrayList<>();
        MaterialsCheck materials = materialsCheck(today);
        if (!materials.complete()) {
            problems.add(PermitFinding.of(PermitProblem.MATERIALS_INCOMPLETE, materials.missing()));
        }
        ApplicantCircumstances judged = circumstances.withBasisEvidencePresent(
                MaterialsChecklist.basisProven(circumstances, presented, today));
        Eligibility eligibility = new EligibilityCheck(policy).check(judged, today);
        eligibility.problems().stream()
                // the missing proof is already named in the materials finding
                .filter(f -> f.problem() != PermitProblem.BASIS_EVIDENCE_MISSING || materials.complete())
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new PermitRuleViolation(problems);
        }
        this.acceptanceNumber = acceptanceNumber.strip();
        this.acceptedOn = today;
        this.promisedOn = policy.promisedDate(today);
        record(by, clock.instant(), PermitAction.ACCEPT, PermitStatus.ACCEPTED, null);
    }

    // ---- review ----

    public void approve(Actor by, Clock clock) {
        check(by, PermitAction.APPROVE, PermitStatus.ACCEPTED);
        review(by.login(), clock.instant(), PermitAction.APPROVE, true, null);
    }

    public void reject(String reason, Actor by, Clock clock) {
        check(by, PermitAction.REJECT, PermitStatus.ACCEPTED);
        requireReason(reason);
        review(by.login(), clock.instant(), PermitAction.REJECT, false, reason);
    }

    /**
     * A review result from the provincial platform's inbox (公安网审签). No local right is needed,
     * but it applies only to an accepted application and not before its acceptance.
     */
    public void applyPlatformReviewResult(boolean approved, String reason, Instant reviewedAt) {
        requireStatus(PermitAction.PLATFORM_REVIEW, PermitStatus.ACCEPTED);
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        if (!approved) {
            requireReason(reason);
        }
        Instant acceptedAt = lastTransitionAt(PermitAction.ACCEPT);
        if (reviewedAt.isBefore(acceptedAt)) {
            throw PermitRuleViolation.of(PermitProblem.REVIEW_BEFORE_ACCEPTANCE);
        }
        review(Actor.PLATFORM.login(), reviewedAt, PermitAction.PLATFORM_REVIEW, approved, approved ? null : reason);
    }

    private void review(String login, Instant at, PermitAction action, boolean approved, String reason) {
        this.reviewedBy = login;
        this.reviewedAt = at;
        this.rejectionReason = approved ? null : reason.strip();
        PermitStatus to = approved ? PermitStatus.APPROVED : PermitStatus.REJECTED;
        history.add(new PermitTransition(login, at, action, status, to, rejectionReason));
        status = to;
    }

    // ---- production and issuance ----

    /**
     * 制证. The first print of a cycle needs APPROVED; a reprint (lost or wrong card before handover)
     * needs PRINTED. A 补领 cycle starts with a lost-card print. Reprints need a reason and an
     * authorising user holding REPRINT_AUTHORISE (the permission matrix).
     */
    public void print(PrintRequest request, PermitPolicy policy, Actor by, Clock clock) {
        check(by, PermitAction.PRINT, PermitStatus.APPROVED, PermitStatus.PRINTED);
        PrintType expected = status == PermitStatus.APPROVED ? printCycle.firstPrintType() : null;
        boolean allowed = status == PermitStatus.APPROVED
                ? request.type() == expected
                : request.type().isReprint();
        if (!allowed) {
            throw PermitRuleViolation.of(PermitProblem.PRINT_TYPE_NOT_ALLOWED, request.type(), status);
        }
        // a permit keeps its number for life (reprints, 换领, 补领), even after the station changed the layout
        boolean ownNumber = permitNumber().filter(n -> n.equals(request.permitNumber())).isPresent();
        if (!ownNumber && !policy.permitNumberFormat().accepts(request.permitNumber())) {
            throw PermitRuleViolation.of(PermitProblem.PERMIT_NUMBER_INVALID, policy.permitNumberFormat().length());
        }
        String reason = null;
        String authorisedBy = null;
        if (request.type().isReprint()) {
            if (request.reason() == null || request.reason().isBlank()) {
                throw PermitRuleViolation.of(PermitProblem.REPRINT_REASON_MISSING);
            }
            Actor authoriser = request.authorisedBy();
            if (authoriser == null || !Permission.REPRINT_AUTHORISE.grantedTo(authoriser.roles())) {
                throw PermitRuleViolation.of(PermitProblem.REPRINT_NOT_AUTHORISED);
            }
            reason = request.reason().strip();
            authorisedBy = authoriser.login();
        }
        prints.add(new PrintRecord(request.type(), printCycle, request.permitNumber(), LocalDate.now(clock),
                by.login(), reason, authorisedBy));
        record(by, clock.instant(), PermitAction.PRINT, PermitStatus.PRINTED, reason);
    }

    /**
     * 发证: hands the printed card over. The first issue starts the residence years from the date the
     * card was printed with (ADR 0143), not the handover day; a replacement card keeps the running
     * schedule, so a permit that lapsed meanwhile is suspended right away.
     */
    public void issue(Handover handover, Actor by, Clock clock) {
        check(by, PermitAction.ISSUE, PermitStatus.PRINTED);
        if (handover == null) {
            throw PermitRuleViolation.of(PermitProblem.HANDOVER_MISSING);
        }
        LocalDate today = LocalDate.now(clock);
        handovers.add(handover);
        if (firstIssuedOn == null) {
            firstIssuedOn = today;
            schedule = new EndorsementSchedule(cardValidFrom().orElse(today), 0);
        }
        lastIssuedOn = today;
        record(by, clock.instant(), PermitAction.ISSUE, PermitStatus.ISSUED, null);
        refreshLapse(clock);
    }

    // ---- endorsement and lapse ----

    /**
     * 签注 (regulation art. 10; free, art. 21). Inside the window of the next anniversary: that year
     * is endorsed. After the anniversary (lapsed): a late endorsement restores the permit and restarts
     * the residence years from today. Before the window: refused with the window's first day.
     */
    public void endorse(Actor by, Clock clock) {
        check(by, PermitAction.ENDORSE, PermitStatus.ISSUED, PermitStatus.SUSPENDED);
        LocalDate today = LocalDate.now(clock);
        if (schedule.isLapsedOn(today)) {
            refreshLapse(clock);
            endorsements.add(new Endorsement(today, null, true, by.login()));
            schedule = EndorsementSchedule.restartedOn(today);
            record(by, clock.instant(), PermitAction.ENDORSE, PermitStatus.ISSUED, null);
            return;
        }
        EndorsementWindow window = schedule.window();
        if (!window.contains(today)) {
            throw PermitRuleViolation.of(PermitProblem.ENDORSEMENT_WINDOW_NOT_OPEN, window.firstDay(),
                    window.anniversary());
        }
        endorsements.add(new Endorsement(today, window.anniversary(), false, by.login()));
        schedule = schedule.endorsed();
        record(by, clock.instant(), PermitAction.ENDORSE, PermitStatus.ISSUED, null);
    }

    /**
     * Suspends an issued permit whose anniversary passed unendorsed (使用功能中止). Safe to call any
     * time (daily job, before showing the record); returns whether the status changed.
     */
    public boolean refreshLapse(Clock clock) {
        if (status != PermitStatus.ISSUED || !schedule.isLapsedOn(LocalDate.now(clock))) {
            return false;
        }
        record(Actor.SYSTEM, clock.instant(), PermitAction.LAPSE, PermitStatus.SUSPENDED, null);
        return true;
    }

    /** Whether the permit has lapsed by {@code date} (whatever the stored status says). */
    public boolean isLapsedOn(LocalDate date) {
        return schedule != null && !status.isFinal() && schedule.isLapsedOn(date);
    }

    // ---- replacement, reissue, cancellation ----

    /** 换领 (regulation art. 11, fee art. 21): the damaged card is handed back, the fee recorded, and a new card goes to print. */
    public void replace(boolean oldCardReturned, PermitPolicy policy, Actor by, Clock clock) {
        check(by, PermitAction.REPLACE, PermitStatus.ISSUED, PermitStatus.SUSPENDED);
        if (!oldCardReturned) {
            throw PermitRuleViolation.of(PermitProblem.OLD_CARD_NOT_RETURNED);
        }
        newPrintCycle(PrintCycleCause.REPLACEMENT, FeeKind.REPLACEMENT, PermitAction.REPLACE, policy, by, clock);
    }

    /** 补领 (regulation art. 11, fee art. 21): the card is lost; the fee is recorded and a lost-card print follows. */
    public void reissue(PermitPolicy policy, Actor by, Clock clock) {
        check(by, PermitAction.REISSUE, PermitStatus.ISSUED, PermitStatus.SUSPENDED);
        newPrintCycle(PrintCycleCause.REISSUE, FeeKind.REISSUE, PermitAction.REISSUE, policy, by, clock);
    }

    private void newPrintCycle(PrintCycleCause cause, FeeKind fee, PermitAction action, PermitPolicy policy,
                               Actor by, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        fees.add(new FeeRecord(fee, policy.feeFen(fee), today, by.login()));
        printCycle = cause;
        record(by, clock.instant(), action, PermitStatus.APPROVED, null);
    }

    /** 注销. Not possible once rejected or cancelled; fraud needs the chief, "other" a note. */
    public void cancel(CancellationReason reason, String note, Actor by, Clock clock) {
        Objects.requireNonNull(reason, "reason");
        requireRight(by, PermitAction.CANCEL);
        if (status.isFinal()) {
            throw PermitRuleViolation.of(PermitProblem.WRONG_STATUS, PermitAction.CANCEL, status);
        }
        if (reason == CancellationReason.FRAUD && !by.has(Role.CHIEF)) {
            throw PermitRuleViolation.of(PermitProblem.CANCELLATION_NEEDS_CHIEF, reason);
        }
        boolean noNote = note == null || note.isBlank();
        if (reason == CancellationReason.OTHER && noNote) {
            throw PermitRuleViolation.of(PermitProblem.CANCELLATION_NOTE_MISSING);
        }
        cancellationReason = reason;
        cancellationNote = noNote ? null : note.strip();
        cancelledOn = LocalDate.now(clock);
        record(by, clock.instant(), PermitAction.CANCEL, PermitStatus.CANCELLED, cancellationNote);
    }

    // ---- queries for lists ----

    /** Printed but not collected for more than the policy's overdue days (逾期未领). */
    public boolean isCollectionOverdueOn(LocalDate today, PermitPolicy policy) {
        return status == PermitStatus.PRINTED
                && today.isAfter(lastPrint().printedOn().plusDays(policy.overdueCollectionDays()));
    }

    /** Accepted but the first card not issued by the promised date (超期未办结). */
    public boolean isPastPromisedDateOn(LocalDate today) {
        return firstIssuedOn == null && promisedOn != null && !status.isFinal() && today.isAfter(promisedOn);
    }

    /** In force and the endorsement's last day lies within the policy's reminder horizon (到期签注提醒). */
    public boolean isEndorsementDueWithin(LocalDate today, PermitPolicy policy) {
        return status == PermitStatus.ISSUED && schedule.isDueWithin(today, policy.reminderHorizonDays());
    }

    // ---- accessors ----

    public String id() { return id; }
    public String registrationId() { return registrationId; }
    public ApplicantCircumstances circumstances() { return circumstances; }
    public Set<MaterialKind> presentedMaterials() { return Collections.unmodifiableSet(presented); }
    public PermitStatus status() { return status; }
    public LocalDate submittedOn() { return submittedOn; }
    public Optional<String> acceptanceNumber() { return Optional.ofNullable(acceptanceNumber); }
    public Optional<LocalDate> acceptedOn() { return Optional.ofNullable(acceptedOn); }
    public Optional<LocalDate> promisedOn() { return Optional.ofNullable(promisedOn); }
    public Optional<String> reviewedBy() { return Optional.ofNullable(reviewedBy); }
    public Optional<Instant> reviewedAt() { return Optional.ofNullable(reviewedAt); }
    public Optional<String> rejectionReason() { return Optional.ofNullable(rejectionReason); }
    public PrintCycleCause printCycle() { return printCycle; }
    public List<PrintRecord> prints() { return Collections.unmodifiableList(prints); }
    public List<Handover> handovers() { return Collections.unmodifiableList(handovers); }
    public Optional<LocalDate> firstIssuedOn() { return Optional.ofNullable(firstIssuedOn); }
    public Optional<LocalDate> lastIssuedOn() { return Optional.ofNullable(lastIssuedOn); }
    public Optional<EndorsementSchedule> endorsementSchedule() { return Optional.ofNullable(schedule); }
    public List<Endorsement> endorsements() { return Collections.unmodifiableList(endorsements); }
    public List<FeeRecord> fees() { return Collections.unmodifiableList(fees); }
    public Optional<CancellationReason> cancellationReason() { return Optional.ofNullable(cancellationReason); }
    public Optional<String> cancellationNote() { return Optional.ofNullable(cancellationNote); }
    public Optional<LocalDate> cancelledOn() { return Optional.ofNullable(cancelledOn); }
    public List<PermitTransition> history() { return Collections.unmodifiableList(history); }

    /** The number of the last card printed, if any. */
    public Optional<String> permitNumber() {
        return prints.isEmpty() ? Optional.empty() : Optional.of(lastPrint().permitNumber());
    }

    /**
     * The day the card's validity runs from (ADR 0143): the running schedule's anchor once issued, else
     * the day the first card was printed (a reprint before handover keeps it); empty before any print.
     */
    public Optional<LocalDate> cardValidFrom() {
        return schedule != null ? Optional.of(schedule.anchor())
                : prints.stream().findFirst().map(PrintRecord::printedOn);
    }

    /** Last day of validity: card date (or late endorsement) + N years − 1 day, extended by endorsements. */
    public Optional<LocalDate> validUntil(PermitPolicy policy) {
        return Optional.ofNullable(schedule).map(s -> s.validUntil(policy.validityYears()));
    }

    // ---- helpers ----

    private PrintRecord lastPrint() {
        return prints.get(prints.size() - 1);
    }

    private Instant lastTransitionAt(PermitAction action) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).action() == action) {
                return history.get(i).at();
            }
        }
        throw new IllegalStateException("no " + action + " in history");
    }

    private void check(Actor by, PermitAction action, PermitStatus... allowedFrom) {
        requireRight(by, action);
        requireStatus(action, allowedFrom);
    }

    private static void requireRight(Actor by, PermitAction action) {
        Objects.requireNonNull(by, "actor");
        if (!by.mayTake(action)) {
            throw PermitRuleViolation.of(PermitProblem.NOT_PERMITTED_FOR_ROLE, action);
        }
    }

    private void requireStatus(PermitAction action, PermitStatus... allowedFrom) {
        for (PermitStatus s : allowedFrom) {
            if (status == s) {
                return;
            }
        }
        throw PermitRuleViolation.of(PermitProblem.WRONG_STATUS, action, status);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw PermitRuleViolation.of(PermitProblem.REJECTION_REASON_MISSING);
        }
    }

    private void record(Actor by, Instant at, PermitAction action, PermitStatus to, String note) {
        history.add(new PermitTransition(by.login(), at, action, status, to, note));
        status = to;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    @Override
    public String toString() {
        return "PermitApplication[" + id + " " + status + "]";
    }
}
