package org.residencedesk.domain.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class EligibilityCheckTest {
    private static final LocalDate ADULT_BIRTH = LocalDate.of(1988, 7, 1);
    private final EligibilityCheck check = new EligibilityCheck(PermitPolicy.hubeiDefaults());

    private static ApplicantCircumstances registeredOn(LocalDate start) {
        return ApplicantCircumstances.adultInPerson(ADULT_BIRTH, start, PermitBasis.STABLE_RESIDENCE);
    }

    @Test
    void sixMonthsCompleteOnTheSameDayOfMonth() {
        ApplicantCircumstances c = registeredOn(LocalDate.of(2026, 3, 15));
        Eligibility dayBefore = check.check(c, LocalDate.of(2026, 9, 14));
        assertThat(dayBefore.eligible()).isFalse();
        assertThat(dayBefore.problems()).extracting(PermitFinding::problem).containsExactly(PermitProblem.RESIDENCE_TOO_SHORT);
        assertThat(dayBefore.residenceRequirementMetOn()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(dayBefore.problems().get(0).message()).isEqualTo("居住未满6个月，2026年9月15日起方可申领居住证");
        Eligibility thatDay = check.check(c, LocalDate.of(2026, 9, 15));
        assertThat(thatDay.eligible()).isTrue();
        assertThat(thatDay.countedEvidence()).isEqualTo(ResidenceEvidence.REGISTRATION);
    }

    @Test
    void monthEndIsClampedToTheShorterMonth() {
        ApplicantCircumstances c = registeredOn(LocalDate.of(2026, 8, 31));
        assertThat(check.check(c, LocalDate.of(2027, 2, 27)).eligible()).isFalse();
        Eligibility e = check.check(c, LocalDate.of(2027, 2, 28));
        assertThat(e.eligible()).isTrue();
        assertThat(e.residenceRequirementMetOn()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void leapDayStartCompletesOnThe29thSixMonthsLater() {
        ApplicantCircumstances c = registeredOn(LocalDate.of(2024, 2, 29));
        assertThat(check.check(c, LocalDate.of(2024, 8, 28)).eligible()).isFalse();
        assertThat(check.check(c, LocalDate.of(2024, 8, 29)).residenceRequirementMetOn()).isEqualTo(LocalDate.of(2024, 8, 29));
        assertThat(check.check(c, LocalDate.of(2024, 8, 29)).eligible()).isTrue();
    }

    @Test
    void earlierSchoolEnrolmentCountsWhenThePolicySaysSo() {
        ApplicantCircumstances c = registeredOn(LocalDate.of(2026, 2, 1))
                .withAlternativeStarts(LocalDate.of(2025, 9, 1), null);
        Eligibility e = check.check(c, LocalDate.of(2026, 3, 1));
        assertThat(e.eligible()).isTrue();
        assertThat(e.countedEvidence()).isEqualTo(ResidenceEvidence.SCHOOL_ENROLMENT);
        assertThat(e.residenceRequirementMetOn()).isEqualTo(LocalDate.of(2026, 3, 1));

        EligibilityCheck strict = new EligibilityCheck(PermitPolicy.hubeiDefaults().withAlternativeResidenceEvidence(false, false));
        Eligibility s = strict.check(c, LocalDate.of(2026, 3, 1));
        assertThat(s.eligible()).isFalse();
        assertThat(s.countedEvidence()).isEqualTo(ResidenceEvidence.REGISTRATION);
        assertThat(s.residenceRequirementMetOn()).isEqualTo(LocalDate.of(2026, 8, 1));
    }

    @Test
    void socialInsuranceCountsFromTheFirstDayOfItsFirstMonth() {
        ApplicantCircumstances c = registeredOn(LocalDate.of(2026, 2, 1))
                .withAlternativeStarts(LocalDate.of(2025, 11, 1), YearMonth.of(2025, 8));
        Eligibility e = check.check(c, LocalDate.of(2026, 2, 1));
        assertThat(e.countedEvidence()).isEqualTo(ResidenceEvidence.SOCIAL_INSURANCE);
        assertThat(e.residenceRequirementMetOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(e.eligible()).isTrue();
        EligibilityCheck schoolOnly = new EligibilityCheck(PermitPolicy.hubeiDefaults().withAlternativeResidenceEvidence(true, false));
        assertThat(schoolOnly.check(c, LocalDate.of(2026, 2, 1)).countedEvidence()).isEqualTo(ResidenceEvidence.SCHOOL_ENROLMENT);
    }

    @Test
    void evidenceStartingAfterTheApplicationDateIsIgnoredAndEqualStartsKeepRegistration() {
        ApplicantCircumstances c = registeredOn(LocalDate.of(2025, 1, 10))
                .withAlternativeStarts(LocalDate.of(2025, 1, 10), YearMonth.of(2026, 5));
        Eligibility e = check.check(c, LocalDate.of(2026, 3, 1));
        assertThat(e.countedEvidence()).isEqualTo(ResidenceEvidence.REGISTRATION);
    }

    @Test
    void registrationAfterTheApplicationDateIsReported() {
        Eligibility e = check.check(registeredOn(LocalDate.of(2026, 4, 1)), LocalDate.of(2026, 3, 1));
        assertThat(e.problems()).extracting(PermitFinding::problem)
                .containsExactly(PermitProblem.RESIDENCE_START_AFTER_APPLICATION, PermitProblem.RESIDENCE_TOO_SHORT);
    }

    @Test
    void basisAndItsEvidenceAreNeeded() {
        ApplicantCircumstances none = new ApplicantCircumstances(ADULT_BIRTH, LocalDate.of(2025, 1, 1), null, null,
                null, false, Representation.IN_PERSON, false);
        assertThat(check.check(none, LocalDate.of(2026, 3, 1)).problems()).extracting(PermitFinding::problem)
                .containsExactly(PermitProblem.BASIS_MISSING);
        ApplicantCircumstances noProof = ApplicantCircumstances.adultInPerson(ADULT_BIRTH, LocalDate.of(2025, 1, 1),
                PermitBasis.CONTINUOUS_STUDY).withBasisEvidencePresent(false);
        Eligibility e = check.check(noProof, LocalDate.of(2026, 3, 1));
        assertThat(e.problems()).extracting(PermitFinding::problem).containsExactly(PermitProblem.BASIS_EVIDENCE_MISSING);
        assertThat(e.problems().get(0).message()).isEqualTo("缺少“连续就读”的证明材料");
    }

    @Test
    void under16AppliesWithAGuardianPresentOrThroughAGuardianOrNearRelative() {
        LocalDate birth = LocalDate.of(2010, 3, 1);
        ApplicantCircumstances child = ApplicantCircumstances.adultInPerson(birth, LocalDate.of(2025, 1, 1),
                PermitBasis.CONTINUOUS_STUDY);
        Eligibility the15 = check.check(child, LocalDate.of(2026, 2, 28));
        assertThat(the15.ageOnApplication()).isEqualTo(15);
        assertThat(the15.problems()).extracting(PermitFinding::problem).containsExactly(PermitProblem.MINOR_NEEDS_REPRESENTATIVE);
        assertThat(the15.problems().get(0).message())
                .isEqualTo("未满16周岁本人申领的，须有监护人陪同；也可由监护人或近亲属代为申领");
        // art. 9: a guardian MAY apply; the 15-year-old applying in person with a guardian present is allowed
        Eligibility accompanied = check.check(child.withRepresentation(Representation.IN_PERSON_WITH_GUARDIAN, false),
                LocalDate.of(2026, 2, 28));
        assertThat(accompanied.problems()).isEmpty();
        assertThat(MaterialsChecklist.requiredFor(child.withRepresentation(Representation.IN_PERSON_WITH_GUARDIAN,
                false))).endsWith(MaterialRequirement.REPRESENTATIVE_IDENTITY);
        assertThat(check.check(child.withRepresentation(Representation.GUARDIAN, false), LocalDate.of(2026, 2, 28))
                .eligible()).isTrue();
        assertThat(check.check(child.withRepresentation(Representation.NEAR_RELATIVE, false), LocalDate.of(2026, 2, 28))
                .eligible()).isTrue();
        // on the 16th birthday the applicant applies in person
        assertThat(check.check(child, LocalDate.of(2026, 3, 1)).eligible()).isTrue();
        assertThat(check.check(child.withRepresentation(Representation.GUARDIAN, false), LocalDate.of(2026, 3, 1))
                .problems()).extracting(PermitFinding::problem).containsExactly(PermitProblem.REPRESENTATIVE_NOT_ALLOWED);
        // an older minor (16, 17) applies in person; a guardian coming along changes nothing
        assertThat(check.check(child.withRepresentation(Representation.IN_PERSON_WITH_GUARDIAN, false),
                LocalDate.of(2027, 6, 1)).eligible()).isTrue();
    }

    @Test
    void elderlyOrDisabledWithLimitedMobilityMayBeRepresented() {
        ApplicantCircumstances elder = ApplicantCircumstances.adultInPerson(LocalDate.of(1940, 1, 1),
                LocalDate.of(2025, 1, 1), PermitBasis.STABLE_RESIDENCE).withRepresentation(Representation.NEAR_RELATIVE, true);
        assertThat(check.check(elder, LocalDate.of(2026, 3, 1)).eligible()).isTrue();
        assertThat(check.check(elder.withRepresentation(Representation.NEAR_RELATIVE, false), LocalDate.of(2026, 3, 1))
                .has(PermitProblem.REPRESENTATIVE_NOT_ALLOWED)).isTrue();
    }

    @Test
    void everyFailingReasonIsReportedAtOnce() {
        ApplicantCircumstances c = new ApplicantCircumstances(LocalDate.of(2015, 6, 1), LocalDate.of(2026, 1, 1), null,
                null, null, false, Representation.IN_PERSON, false);
        assertThat(check.check(c, LocalDate.of(2026, 3, 1)).problems()).extracting(PermitFinding::problem)
                .containsExactly(PermitProblem.RESIDENCE_TOO_SHORT, PermitProblem.BASIS_MISSING,
                        PermitProblem.MINOR_NEEDS_REPRESENTATIVE);
    }

    @Test
    void theRequiredMonthsAreAParameter() {
        EligibilityCheck threeMonths = new EligibilityCheck(PermitPolicy.hubeiDefaults().withRequiredResidenceMonths(3));
        Eligibility e = threeMonths.check(registeredOn(LocalDate.of(2026, 1, 31)), LocalDate.of(2026, 4, 30));
        assertThat(e.residenceRequirementMetOn()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(e.eligible()).isTrue();
        EligibilityCheck none = new EligibilityCheck(PermitPolicy.hubeiDefaults().withRequiredResidenceMonths(0));
        assertThat(none.check(registeredOn(LocalDate.of(2026, 3, 1)), LocalDate.of(2026, 3, 1)).eligible()).isTrue();
    }

    @Test
    void onlyTheEarlierStartTheApplicantNeedsIsKeptAndItsProofJoinsTheChecklist() {
        ApplicantCircumstances both = registeredOn(LocalDate.of(2026, 2, 1))
                .withAlternativeStarts(LocalDate.of(2025, 9, 1), YearMonth.of(2025, 10));
        // 2026-03-01: the registration alone is short, the enrolment (earliest) is counted
        ApplicantCircumstances needed = check.withNeededStartOnly(both, LocalDate.of(2026, 3, 1));
        assertThat(needed.schoolEnrolmentStart()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(needed.socialInsuranceStart()).isNull();
        assertThat(MaterialsChecklist.requiredFor(needed)).endsWith(MaterialRequirement.SCHOOL_ENROLMENT_PROOF);
        Eligibility e = check.check(needed, LocalDate.of(2026, 3, 1));
        assertThat(e.countedEvidence()).isEqualTo(ResidenceEvidence.SCHOOL_ENROLMENT);
        assertThat(e.countedFrom()).isEqualTo(LocalDate.of(2025, 9, 1));
        // 2026-08-01: six months of registration; no proof of anything earlier is asked for
        ApplicantCircumstances later = check.withNeededStartOnly(both, LocalDate.of(2026, 8, 1));
        assertThat(later.schoolEnrolmentStart()).isNull();
        assertThat(later.socialInsuranceStart()).isNull();
        assertThat(MaterialsChecklist.requiredFor(later)).doesNotContain(MaterialRequirement.SCHOOL_ENROLMENT_PROOF,
                MaterialRequirement.SOCIAL_INSURANCE_PROOF);
        assertThat(check.check(later, LocalDate.of(2026, 8, 1)).countedFrom()).isEqualTo(LocalDate.of(2026, 2, 1));
        // insurance only, policy without school time
        EligibilityCheck insuranceOnly = new EligibilityCheck(PermitPolicy.hubeiDefaults()
                .withAlternativeResidenceEvidence(false, true));
        ApplicantCircumstances insured = insuranceOnly.withNeededStartOnly(both, LocalDate.of(2026, 4, 1));
        assertThat(insured.schoolEnrolmentStart()).isNull();
        assertThat(insured.socialInsuranceStart()).isEqualTo(YearMonth.of(2025, 10));
        assertThat(MaterialsChecklist.requiredFor(insured)).endsWith(MaterialRequirement.SOCIAL_INSURANCE_PROOF);
    }
}
