package org.residencedesk.domain.permit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The station's permit parameters. The State Council regulation (居住证暂行条例) fixes some of them;
 * the Hubei rules (provincial Order 391/2016) were not available in full text, so every value is
 * configurable and the unconfirmed ones say so. See ADR 0050.
 *
 * @param requiredResidenceMonths          months of residence before an application (regulation: 6)
 * @param schoolEnrolmentCountsAsResidence school enrolment time counts as residence time (seed report
 *                                         §三(二) announces it; whether Hubei adopted it is unconfirmed)
 * @param socialInsuranceCountsAsResidence social-insurance payment time counts as residence time
 *                                         (same source, same caveat)
 * @param promisedIssuingDays              days from acceptance to the promised date (regulation: within 15,
 *                                         at most 30 for remote areas)
 * @param promisedDaysAreWorkingDays       false = calendar days as the regulation words it; true = count
 *                                         working days of {@link #workingDayCalendar}
 * @param workingDayCalendar               used only when promised days are working days
 * @param validityYears                    years a permit is valid from issue (Hubei value unconfirmed; 1 as in
 *                                         places renewed by yearly endorsement); expiry = issue + N years − 1 day
 * @param replacementFeeFen                card fee for 换领 in fen; the amount is set locally (20 yuan assumed)
 * @param reissueFeeFen                    card fee for 补领 in fen; the amount is set locally (20 yuan assumed)
 * @param overdueCollectionDays            days after printing after which an uncollected card is listed as overdue
 * @param reminderHorizonDays              endorsement reminders list permits due within this many days
 * @param permitNumberFormat               layout of permit numbers accepted at printing
 * @param acceptanceNumberFormat           layout of the acceptance numbers (受理编号) drawn at 受理
 */
public record PermitPolicy(
        int requiredResidenceMonths,
        boolean schoolEnrolmentCountsAsResidence,
        boolean socialInsuranceCountsAsResidence,
        int promisedIssuingDays,
        boolean promisedDaysAreWorkingDays,
        WorkingDayCalendar workingDayCalendar,
        int validityYears,
        long replacementFeeFen,
        long reissueFeeFen,
        int overdueCollectionDays,
        int reminderHorizonDays,
        PermitNumberFormat permitNumberFormat,
        PermitNumberFormat acceptanceNumberFormat) {

    /** Regulation art. 9: issuing (15 days) may be extended to at most 30 days. */
    public static final int MAX_ISSUING_DAYS = 30;

    public PermitPolicy {
        Objects.requireNonNull(workingDayCalendar, "workingDayCalendar");
        Objects.requireNonNull(permitNumberFormat, "permitNumberFormat");
        Objects.requireNonNull(acceptanceNumberFormat, "acceptanceNumberFormat");
        requireRange("requiredResidenceMonths", requiredResidenceMonths, 0, 60);
        requireRange("promisedIssuingDays", promisedIssuingDays, 1, MAX_ISSUING_DAYS);
        requireRange("validityYears", validityYears, 1, 10);
        requireRange("overdueCollectionDays", overdueCollectionDays, 1, 366);
        requireRange("reminderHorizonDays", reminderHorizonDays, 1, 366);
        if (replacementFeeFen < 0 || reissueFeeFen < 0) {
            throw new IllegalArgumentException("fees must not be negative");
        }
    }

    /** The defaults this product ships for Hubei stations (ADR 0050 lists the confirmed ones). */
    public static PermitPolicy hubeiDefaults() {
        return new PermitPolicy(6, true, true, 15, false, WorkingDayCalendar.weekendsOnly(), 1,
                2000, 2000, 30, 30, PermitNumberFormat.STATION_YEAR_SERIAL,
                PermitNumberFormat.STATION_YEAR_SERIAL);
    }

    public PermitPolicy withRequiredResidenceMonths(int months) {
        return new PermitPolicy(months, schoolEnrolmentCountsAsResidence, socialInsuranceCountsAsResidence,
                promisedIssuingDays, promisedDaysAreWorkingDays, workingDayCalendar, validityYears,
                replacementFeeFen, reissueFeeFen, overdueCollectionDays, reminderHorizonDays, permitNumberFormat,
                acceptanceNumberFormat);
    }

    public PermitPolicy withAlternativeResidenceEvidence(boolean school, boolean socialInsurance) {
        return new PermitPolicy(requiredResidenceMonths, school, socialInsurance,
                promisedIssuingDays, promisedDaysAreWorkingDays, workingDayCalendar, validityYears,
                replacementFeeFen, reissueFeeFen, overdueCollectionDays, reminderHorizonDays, permitNumberFormat,
                acceptanceNumberFormat);
    }

    public PermitPolicy withPromisedDays(int days, boolean workingDays, WorkingDayCalendar calendar) {
        return new PermitPolicy(requiredResidenceMonths, schoolEnrolmentCountsAsResidence,
                socialInsuranceCountsAsResidence, days, workingDays, calendar, validityYears,
                replacementFeeFen, reissueFeeFen, overdueCollectionDays, reminderHorizonDays, permitNumberFormat,
                acceptanceNumberFormat);
    }

    public PermitPolicy withValidityYears(int years) {
        return new PermitPolicy(requiredResidenceMonths, schoolEnrolmentCountsAsResidence,
                socialInsuranceCountsAsResidence, promisedIssuingDays, promisedDaysAreWorkingDays,
                workingDayCalendar, years, replacementFeeFen, reissueFeeFen, overdueCollectionDays,
                reminderHorizonDays, permitNumberFormat,
                acceptanceNumberFormat);
    }

    public PermitPolicy withPermitNumberFormat(PermitNumberFormat format) {
        return new PermitPolicy(requiredResidenceMonths, schoolEnrolmentCountsAsResidence,
                socialInsuranceCountsAsResidence, promisedIssuingDays, promisedDaysAreWorkingDays,
                workingDayCalendar, validityYears, replacementFeeFen, reissueFeeFen, overdueCollectionDays,
                reminderHorizonDays, format, acceptanceNumberFormat);
    }

    /**
     * The day the residence requirement is met for residence starting on {@code start}: the same
     * day-of-month {@link #requiredResidenceMonths} later, clamped to the month's last day
     * (2026-08-31 → 2027-02-28; 2024-02-29 → 2024-08-29). An application on that day qualifies.
     */
    public LocalDate residenceRequirementMetOn(LocalDate start) {
        return start.plusMonths(requiredResidenceMonths);
    }

    /** The promised issuing date for an application accepted on {@code acceptedOn}; the acceptance day does not count. */
    public LocalDate promisedDate(LocalDate acceptedOn) {
        return promisedDaysAreWorkingDays
                ? workingDayCalendar.plusWorkingDays(acceptedOn, promisedIssuingDays)
                : acceptedOn.plusDays(promisedIssuingDays);
    }

    /** Last valid day of a permit whose validity runs from {@code from}: from + N years − 1 day. */
    public LocalDate expiryFor(LocalDate from) {
        return from.plusYears(validityYears).minusDays(1);
    }

    public long feeFen(FeeKind kind) {
        return kind == FeeKind.REPLACEMENT ? replacementFeeFen : reissueFeeFen;
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be within " + min + ".." + max + ", was " + value);
        }
    }
}
