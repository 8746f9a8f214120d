package org.residencedesk.domain.permit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Weekends off, plus the public holidays the State Council announces each year and the weekend days
 * that are worked instead (调休). Both sets are configured per year by the station; nothing is
 * built in because the dates change every year.
 *
 * @param holidays           days off that would otherwise be working days
 * @param makeUpWorkingDays  weekend days that are working days (调休上班)
 */
public record ConfiguredWorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays)
        implements WorkingDayCalendar {
    public ConfiguredWorkingDayCalendar {
        holidays = Set.copyOf(holidays);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
        for (LocalDate d : holidays) {
            if (makeUpWorkingDays.contains(d)) {
                throw new IllegalArgumentException("a day cannot be both holiday and make-up working day: " + d);
            }
        }
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkingDays.contains(date)) {
            return true;
        }
        if (holidays.contains(date)) {
            return false;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }
}
