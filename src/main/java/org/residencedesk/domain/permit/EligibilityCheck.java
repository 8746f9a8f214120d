package org.residencedesk.domain.permit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Regulation art. 2 (six months and a basis) and art. 9 (representation) under a {@link PermitPolicy}: six months of residence (from registration,
 * or school enrolment / social insurance where the policy counts them), a basis with its evidence,
 * and a representative where the applicant cannot or need not apply in person. Reports every failing
 * reason at once. See ADR 0051 for the month arithmetic.
 */
public final class EligibilityCheck {
    private final PermitPolicy policy;

    public EligibilityCheck(PermitPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public Eligibility check(ApplicantCircumstances c, LocalDate applicationDate) {
        Objects.requireNonNull(applicationDate, "applicationDate");
        List<PermitFinding> problems = new ArrayList<>();

        ResidenceEvidence counted = ResidenceEvidence.REGISTRATION;
        LocalDate start = c.registrationStart();
        if (policy.schoolEnrolmentCountsAsResidence() && startsEarlier(c.schoolEnrolmentStart(), start, applicationDate)) {
            counted = ResidenceEvidence.SCHOOL_ENROLMENT;
            start = c.schoolEnrolmentStart();
        }
        // Paying for a month means being insured from its first day.
        LocalDate insuredFrom = c.socialInsuranceStart() == null ? null : c.socialInsuranceStart().atDay(1);
        if (policy.socialInsuranceCountsAsResidence() && startsEarlier(insuredFrom, start, applicationDate)) {
            counted = ResidenceEvidence.SOCIAL_INSURANCE;
            start = insuredFrom;
        }
        LocalDate metOn = policy.residenceRequirementMetOn(start);

        if (c.registrationStart().isAfter(applicationDate)) {
            problems.add(PermitFinding.of(PermitProblem.RESIDENCE_START_AFTER_APPLICATION));
        }
        if (applicationDate.isBefore(metOn)) {
            problems.add(PermitFinding.of(PermitProblem.RESIDENCE_TOO_SHORT, policy.requiredResidenceMonths(), metOn));
        }
        if (c.basis() == null) {
            problems.add(PermitFinding.of(PermitProblem.BASIS_MISSING));
        } else if (!c.basisEvidencePresent()) {
            problems.add(PermitFinding.of(PermitProblem.BASIS_EVIDENCE_MISSING, c.basis()));
        }
        int age = c.ageOn(applicationDate);
        boolean minor = age < ApplicantCircumstances.REPRESENTATION_AGE_LIMIT;
        // art. 9: a guardian or near relative MAY apply for a person under 16; one applying in person comes
        // with a guardian (ADR 0173)
        if (minor && c.representation() == Representation.IN_PERSON) {
            problems.add(PermitFinding.of(PermitProblem.MINOR_NEEDS_REPRESENTATIVE,
                    ApplicantCircumstances.REPRESENTATION_AGE_LIMIT));
        }
        if (!minor && !c.limitedMobility() && c.representation().represented()) {
            problems.add(PermitFinding.of(PermitProblem.REPRESENTATIVE_NOT_ALLOWED));
        }
        return new Eligibility(applicationDate, metOn, counted, start, age, problems);
    }

    /**
     * The circumstances with only the alternative start the applicant needs on {@code applicationDate}: none
     * when the registration alone gives the months (no proof to bring), otherwise only the earlier start
     * this check counts (its proof then joins the materials checklist, ADR 0170).
     */
    public ApplicantCircumstances withNeededStartOnly(ApplicantCircumstances c, LocalDate applicationDate) {
        ApplicantCircumstances registrationOnly = c.withAlternativeStarts(null, null);
        if (!check(registrationOnly, applicationDate).has(PermitProblem.RESIDENCE_TOO_SHORT)) {
            return registrationOnly;
        }
        return switch (check(c, applicationDate).countedEvidence()) {
            case SCHOOL_ENROLMENT -> c.withAlternativeStarts(c.schoolEnrolmentStart(), null);
            case SOCIAL_INSURANCE -> c.withAlternativeStarts(null, c.socialInsuranceStart());
            case REGISTRATION -> registrationOnly;
        };
    }

    /** Ties keep the earlier-listed evidence, so registration wins when dates are equal. */
    private static boolean startsEarlier(LocalDate candidate, LocalDate current, LocalDate applicationDate) {
        return candidate != null && !candidate.isAfter(applicationDate) && candidate.isBefore(current);
    }
}
