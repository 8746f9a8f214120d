package org.residencedesk.domain.permit;

import java.time.LocalDate;
import java.util.Set;

/** Which days the station counts as working days, for promised dates counted in working days. */
public interface WorkingDayCalendar {
    boolean isWorkingDay(LocalDate date);

    /**
     * The day on which {@code days} working days after {@code start} are complete. The start day
     * itself is not counted (the usual rule for periods: the day of the act does not count), so
     * accepting on a Friday with 1 working day gives the next Monday.
     */
    default LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate day = start;
        int counted = 0;
        // A real calendar has working days every week; this bound only stops a broken configuration.
        int guard = days * 7 + 400;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
            if (--guard < 0) {
                throw new IllegalStateException("working-day calendar has no working days around " + start);
            }
        }
        return day;
    }

    /** Monday to Friday, no holidays: the default when a station has configured nothing. */
    static WorkingDayCalendar weekendsOnly() {
        return new ConfiguredWorkingDayCalendar(Set.of(), Set.of());
    }
}
