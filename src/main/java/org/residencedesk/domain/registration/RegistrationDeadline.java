package org.residencedesk.domain.registration;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * When a residence registration is late (逾期登记, ADR 0172): registered more than {@code days} days after the
 * declared arrival (policy key {@code registration.deadlineDays}, 3 by default). A late registration is accepted
 * and flagged, never refused. Exempt: a relatives' short stay — reason 09 投靠亲友 or 10 探亲访友 with the
 * shortest intended stay, 1 一个月 (provinces exempt stays with close relatives of 15–30 days).
 *
 * @param days days after the arrival day within which registering is on time (arrival 1 March, 3 days: the 4th is
 *             on time, the 5th late)
 */
public record RegistrationDeadline(int days) {
    /** residence-reasons codes of a stay with relatives. */
    public static final Set<String> RELATIVES_REASONS = Set.of("09", "10");
    /** intended-stay codes short enough for the exemption. */
    public static final Set<String> SHORT_STAYS = Set.of("1");

    public RegistrationDeadline {
        if (days < 1 || days > 30) {
            throw new IllegalArgumentException("registration deadline must be within 1..30 days, was " + days);
        }
    }

    /** The last day a registration of someone who arrived on {@code arrival} is on time. */
    public LocalDate lastDayFor(LocalDate arrival) {
        return arrival.plusDays(days);
    }

    public static boolean relativesShortStay(String residenceReason, String intendedStay) {
        return RELATIVES_REASONS.contains(strip(residenceReason)) && SHORT_STAYS.contains(strip(intendedStay));
    }

    public boolean late(LocalDate arrival, LocalDate registeredOn, String residenceReason, String intendedStay) {
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(registeredOn, "registeredOn");
        return registeredOn.isAfter(lastDayFor(arrival)) && !relativesShortStay(residenceReason, intendedStay);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
