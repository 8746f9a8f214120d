package org.residencedesk.service.permit;

import org.residencedesk.service.Requires;
import org.residencedesk.domain.account.Permission;
import static org.residencedesk.service.permit.PermitSteps.AGGREGATE;
import static org.residencedesk.service.permit.PermitSteps.actor;
import static org.residencedesk.service.permit.PermitSteps.step;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.permit.Actor;
import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.Eligibility;
import org.residencedesk.domain.permit.EligibilityCheck;
import org.residencedesk.domain.permit.MaterialsCheck;
import org.residencedesk.domain.permit.PermitAction;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitFinding;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.WhoMayApply;
import org.residencedesk.domain.identity.IdNumberType;
import org.residencedesk.domain.registration.ContinuousResidence;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.domain.registration.ResidenceRegistration;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.Counters;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.PermitRepository;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.RegistrationRepository;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.Operator;

/**
 * 受理 stage of the 居住证 (issue 6, split in ADR 0110): eligibility check against the policy, 申领,
 * 补齐材料 and 受理 with its acceptance number. Every step is one transaction that stores the aggregate,
 * appends one audit entry and, where PLATFORM-API.md names an event type, one outbox event (ADR 0071).
 * Refused steps surface as {@code ValidationFailure} (Chinese, per field) or {@code PermissionDenied},
 * and store nothing.
 */
public final class PermitApplicationService {
    private final PermitSteps s;

    public PermitApplicationService(Transactions tx, PermitRepository permits, RegistrationRepository registrations,
                                    StationRepository stations, AuditLog audit, Outbox outbox, Counters counters,
                                    FormCodec codec, MasterData masterData, PermitPolicy policy, Clock clock) {
        this(new PermitSteps(tx, permits, registrations, stations, audit, outbox, counters, codec, masterData,
                policy, clock));
    }

    private PermitApplicationService(PermitSteps steps) {
        this.s = steps;
    }

    /** The same service on another clock (demo data that replays years of steps). */
    PermitApplicationService withClock(Clock other) {
        return new PermitApplicationService(s.withClock(other));
    }

    /** Judges the person's active registration today (basis proof assumed shown); nothing is stored. */
    @Requires(Permission.PERMIT_APPLY)
    public EligibilityReport checkEligibility(Operator op, long personId, ApplicationRequest request) {
        op.require(Permission.PERMIT_APPLY);
        actor(op, PermitAction.SUBMIT);
        return s.tx.readOnly(() -> {
            ResidenceRegistration reg = activeRegistration(personId);
            refuseUnlessMainlandCitizen(reg);
            FormValues form = s.codec.fromJson(reg.formJson());
            PermitBasis suggested = suggestedBasis(form);
            ApplicantCircumstances c = circumstances(reg, form, request, suggested).withBasisEvidencePresent(true);
            Eligibility e = new EligibilityCheck(s.policy).check(c, s.today());
            return new EligibilityReport(reg.id(), c, suggested, e,
                    e.problems().stream().map(PermitFinding::message).toList());
        });
    }

    /**
     * 申领: stores the application (status 待补材料). When materials are missing the one-time notice
     * comes back to be printed; when they are complete the counter goes on with {@link #accept}.
     */
    @Requires(Permission.PERMIT_APPLY)
    public PermitStep submit(Operator op, long personId, ApplicationRequest request) {
        op.require(Permission.PERMIT_APPLY);
        Actor actor = actor(op, PermitAction.SUBMIT);
        return s.tx.inTransaction(() -> {
            ResidenceRegistration reg = activeRegistration(personId);
            refuseUnlessMainlandCitizen(reg);
            s.permits.ofPerson(personId).stream().filter(p -> !p.status().isFinal()).findFirst().ifPresent(open -> {
                throw Violations.failure("form", "permit.service.openApplicationExists",
                        open.acceptanceNumber() == null ? "" : open.acceptanceNumber());
            });
            FormValues form = s.codec.fromJson(reg.formJson());
            ApplicantCircumstances c = circumstances(reg, form, request, suggestedBasis(form));
            PermitApplication a = step(() -> PermitApplication.submit(UUID.randomUUID().toString(),
                    Long.toString(reg.id()), c, request.presented(), actor, s.clock));
            s.permits.save(a, personId);
            s.audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CREATED, AGGREGATE, a.id(), "SUBMIT"));
            return withNotice(a, reg, form, op);
        });
    }

    /** 补齐材料: records more documents; returns the notice again while something is still missing. */
    @Requires(Permission.PERMIT_APPLY)
    public PermitStep supplyMaterials(Operator op, String permitId, ApplicationRequest more) {
        op.require(Permission.PERMIT_APPLY);
        Actor actor = actor(op, PermitAction.SUPPLY_MATERIALS);
        return s.tx.inTransaction(() -> {
            PermitSteps.Loaded l = s.load(permitId);
            step(() -> l.permit().supplyMaterials(more.presented(), actor, s.clock));
            s.permits.save(l.permit(), l.personId());
            s.audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CHANGED, AGGREGATE, permitId,
                    "SUPPLY_MATERIALS"));
            return withNotice(l.permit(), l.registration(), l.form(), op);
        });
    }

    private PermitStep withNotice(PermitApplication a, ResidenceRegistration reg, FormValues form, Operator op) {
        MaterialsCheck check = a.materialsCheck(s.today());
        PermitSummary summary = s.permits.summary(a.id()).orElseThrow();
        if (check.complete()) {
            return PermitStep.of(summary);
        }
        PermitDocuments.Subject subject = new PermitDocuments.Subject(a, reg, form, s.station().name());
        return PermitStep.of(summary, s.documents.missingMaterialsNotice(subject, op, check.notice()));
    }

    /** 受理: draws the acceptance number, fixes the promised date and returns the receipt. */
    @Requires(Permission.PERMIT_APPLY)
    public PermitStep accept(Operator op, String permitId) {
        op.require(Permission.PERMIT_APPLY);
        Actor actor = actor(op, PermitAction.ACCEPT);
        return s.tx.inTransaction(() -> {
            PermitSteps.Loaded l = s.load(permitId);
            Station station = s.station();
            int year = s.today().getYear();
            // checked on a copy first, so a refused acceptance does not use up a number
            step(() -> s.copy(permitId).accept("0", s.policy, actor, s.clock));
            String number = s.drawNumber(s.policy.acceptanceNumberFormat(), station,
                    PermitSteps.acceptanceCounter(year), year);
            step(() -> l.permit().accept(number, s.policy, actor, s.clock));
            PermitSummary summary = s.commit(op, l, AuditAction.RECORD_CHANGED, "ACCEPT",
                    EventType.PERMIT_APPLICATION_ACCEPTED);
            return PermitStep.of(summary, s.documents.acceptanceReceipt(l.subject(station.name()), op, station.name()));
        });
    }

    private ResidenceRegistration activeRegistration(long personId) {
        return s.registrations.findActiveForPerson(personId)
                .filter(r -> r.status() == RegistrationStatus.ACTIVE)
                .orElseThrow(() -> Violations.failure("form", "permit.service.noActiveRegistration"));
    }

    /** ADR 0171: foreigners and HK/Macao/Taiwan residents are registered but get a message, not an application. */
    private static void refuseUnlessMainlandCitizen(ResidenceRegistration reg) {
        WhoMayApply.of(idNumberType(reg.person().idType())).refusalKey().ifPresent(key -> {
            throw Violations.failure("form", key);
        });
    }

    private static IdNumberType idNumberType(String stored) {
        try {
            return stored == null ? null : IdNumberType.valueOf(stored);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /**
     * Facts from the registrations (ADR 0170): the residence months run from the first registration of the
     * unbroken chain at this station, never from the declared arrival date; the enrolment date and the first
     * insured month are kept only when the applicant needs them today (their proof then joins the checklist).
     */
    private ApplicantCircumstances circumstances(ResidenceRegistration reg, FormValues form,
                                                 ApplicationRequest request, PermitBasis suggested) {
        LocalDate since = ContinuousResidence.since(reg, s.registrations.registrationsOfPerson(reg.person().id()));
        String insurance = form.get("insuranceStartMonth").strip();
        YearMonth insuranceStart = insurance.isEmpty() ? null : YearMonth.parse(insurance);
        String enrolment = form.get("schoolEnrolmentDate").strip();
        LocalDate enrolmentStart = enrolment.isEmpty() ? null : LocalDate.parse(enrolment);
        PermitBasis basis = request.basis() != null ? request.basis() : suggested;
        ApplicantCircumstances all = new ApplicantCircumstances(reg.person().birthDate(), since, enrolmentStart,
                insuranceStart, basis, false, request.representation(), request.limitedMobility());
        return new EligibilityCheck(s.policy).withNeededStartOnly(all, s.today());
    }

    private static PermitBasis suggestedBasis(FormValues form) {
        if (!form.get("schoolName").isBlank()) {
            return PermitBasis.CONTINUOUS_STUDY;
        }
        if (!form.get("occupation").isBlank() || !form.get("workplaceName").isBlank()) {
            return PermitBasis.STABLE_EMPLOYMENT;
        }
        return PermitBasis.STABLE_RESIDENCE;
    }
}
