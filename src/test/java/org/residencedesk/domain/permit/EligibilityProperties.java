package org.residencedesk.domain.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The residence rule over many dates: a threshold day, before it never, from it always. */
class EligibilityProperties {
    private static final LocalDate BIRTH = LocalDate.of(1980, 1, 1);

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2016, 1, 1).toEpochDay(), LocalDate.of(2040, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void eligibleExactlyFromTheThresholdDay(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 0, max = 400) int offset,
                                            @ForAll @IntRange(min = 1, max = 24) int months) {
        EligibilityCheck check = new EligibilityCheck(PermitPolicy.hubeiDefaults().withRequiredResidenceMonths(months));
        ApplicantCircumstances c = ApplicantCircumstances.adultInPerson(BIRTH, start, PermitBasis.STABLE_RESIDENCE);
        LocalDate date = start.plusDays(offset);
        Eligibility e = check.check(c, date);
        LocalDate threshold = e.residenceRequirementMetOn();
        assertThat(e.eligible()).isEqualTo(!date.isBefore(threshold));
        // the threshold is never later than a naive "months × 31 days" and never earlier than "months × 28 days"
        assertThat(threshold).isBetween(start.plusDays(28L * months), start.plusDays(31L * months));
        // on the threshold day's eve it was not yet met; on the day it is
        assertThat(check.check(c, threshold.minusDays(1)).eligible()).isFalse();
        assertThat(check.check(c, threshold).eligible()).isTrue();
    }

    @Property
    void countingMoreEvidenceNeverMakesTheThresholdLater(@ForAll("dates") LocalDate registered,
                                                         @ForAll("dates") LocalDate school,
                                                         @ForAll("dates") LocalDate application) {
        ApplicantCircumstances c = ApplicantCircumstances.adultInPerson(BIRTH, registered, PermitBasis.STABLE_RESIDENCE)
                .withAlternativeStarts(school, null);
        PermitPolicy lenient = PermitPolicy.hubeiDefaults();
        PermitPolicy strict = lenient.withAlternativeResidenceEvidence(false, false);
        Eligibility l = new EligibilityCheck(lenient).check(c, application);
        Eligibility s = new EligibilityCheck(strict).check(c, application);
        assertThat(l.residenceRequirementMetOn()).isBeforeOrEqualTo(s.residenceRequirementMetOn());
        if (s.eligible()) {
            assertThat(l.eligible()).isTrue();
        }
    }
}
