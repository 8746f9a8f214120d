package org.residencedesk.domain.permit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When endorsements fall due (regulation art. 10), as pure functions for the counter and the
 * reminder lists (到期签注提醒). Residence years run from {@code anchor} (the issue date, or the date
 * of a late endorsement); the k-th anniversary is {@code anchor + k years} computed from the anchor
 * each time, so a permit issued on 29 February has its anniversaries on 28 February and again on
 * 29 February in leap years. The window is the month before each anniversary: from anniversary − 1
 * month to anniversary − 1 day, inclusive. On the anniversary itself the permit has lapsed.
 *
 * @param endorsedYears how many anniversaries since the anchor are already endorsed
 */
public record EndorsementSchedule(LocalDate anchor, int endorsedYears) {
    public EndorsementSchedule {
        Objects.requireNonNull(anchor, "anchor");
        if (endorsedYears < 0) {
            throw new IllegalArgumentException("endorsedYears must not be negative");
        }
    }

    public LocalDate anniversary(int k) {
        return anchor.plusYears(k);
    }

    /** The first anniversary not yet endorsed. */
    public LocalDate nextAnniversary() {
        return anniversary(endorsedYears + 1);
    }

    public EndorsementWindow window() {
        LocalDate a = nextAnniversary();
        return new EndorsementWindow(a.minusMonths(1), a.minusDays(1), a);
    }

    public boolean windowOpenOn(LocalDate date) {
        return window().contains(date);
    }

    /** Lapsed from the next anniversary on: the day after the window's last day. */
    public boolean isLapsedOn(LocalDate date) {
        return !date.isBefore(nextAnniversary());
    }

    /** Not lapsed, and the last day to endorse lies within the next {@code days} days (today counts as day 0). */
    public boolean isDueWithin(LocalDate today, int days) {
        LocalDate last = window().lastDay();
        return !today.isAfter(last) && !last.isAfter(today.plusDays(days));
    }

    /** Days left to endorse in time (0 on the last day), negative once lapsed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, window().lastDay());
    }

    /** Schedule after an on-time endorsement. */
    public EndorsementSchedule endorsed() {
        return new EndorsementSchedule(anchor, endorsedYears + 1);
    }

    /** Schedule after a late endorsement on {@code date}: residence years restart there. */
    public static EndorsementSchedule restartedOn(LocalDate date) {
        return new EndorsementSchedule(date, 0);
    }

    /** Last valid day: the card's own validity, extended by each endorsed year (policy ADR 0051). */
    public LocalDate validUntil(int validityYears) {
        return anchor.plusYears(Math.max(validityYears, endorsedYears + 1)).minusDays(1);
    }
}
