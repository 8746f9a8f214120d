package org.residencedesk.domain.permit;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The facts an application is judged on. Taken from the residence registration and the counter.
 *
 * @param birthDate             applicant's birth date (age decides whether a representative is needed)
 * @param registrationStart     arrival/registration date of the current residence registration
 * @param schoolEnrolmentStart  start of school enrolment at the place of residence, or null
 * @param socialInsuranceStart  first month of social-insurance payment at the place of residence, or null
 * @param basis                 the claimed basis, or null when none was chosen yet
 * @param basisEvidencePresent  whether proof of the basis was shown
 * @param representation        who applies
 * @param limitedMobility       the staff judged the applicant elderly or disabled with limited mobility
 */
public record ApplicantCircumstances(
        LocalDate birthDate,
        LocalDate registrationStart,
        LocalDate schoolEnrolmentStart,
        YearMonth socialInsuranceStart,
        PermitBasis basis,
        boolean basisEvidencePresent,
        Representation representation,
        boolean limitedMobility) {

    /** Regulation art. 9: for a person under 16 a guardian or near relative may apply. */
    public static final int REPRESENTATION_AGE_LIMIT = 16;

    public ApplicantCircumstances {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(registrationStart, "registrationStart");
        Objects.requireNonNull(representation, "representation");
    }

    /** An adult applying in person on a registration with the given basis and its evidence. */
    public static ApplicantCircumstances adultInPerson(LocalDate birthDate, LocalDate registrationStart, PermitBasis basis) {
        return new ApplicantCircumstances(birthDate, registrationStart, null, null, basis, true,
                Representation.IN_PERSON, false);
    }

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public boolean minorOn(LocalDate date) {
        return ageOn(date) < REPRESENTATION_AGE_LIMIT;
    }

    public ApplicantCircumstances withBasisEvidencePresent(boolean present) {
        return new ApplicantCircumstances(birthDate, registrationStart, schoolEnrolmentStart, socialInsuranceStart,
                basis, present, representation, limitedMobility);
    }

    public ApplicantCircumstances withRepresentation(Representation by, boolean limitedMobility) {
        return new ApplicantCircumstances(birthDate, registrationStart, schoolEnrolmentStart, socialInsuranceStart,
                basis, basisEvidencePresent, by, limitedMobility);
    }

    public ApplicantCircumstances withAlternativeStarts(LocalDate schoolEnrolment, YearMonth socialInsurance) {
        return new ApplicantCircumstances(birthDate, registrationStart, schoolEnrolment, socialInsurance,
                basis, basisEvidencePresent, representation, limitedMobility);
    }
}
