package org.residencedesk.domain.policy;

import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.residencedesk.domain.permit.ConfiguredWorkingDayCalendar;
import org.residencedesk.domain.permit.WorkingDayCalendar;

/**
 * The public holidays (放假) and the weekend days worked instead (调休上班) the State Council announces each
 * year, as the working-day calendar counts them. Shipped for 2026 and 2027 ({@code policy/holidays.csv});
 * a station replaces it with {@code holidays.csv} in its data folder.
 *
 * @param stationFile whether the table came from the data folder (else the packaged one)
 */
public record HolidayTable(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays, boolean stationFile) {
    /** The station's own table in its data folder; it replaces the packaged one as a whole. */
    public static final String STATION_FILE = "holidays.csv";

    public HolidayTable {
        holidays = Set.copyOf(holidays);
        makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    }

    public WorkingDayCalendar calendar() {
        return new ConfiguredWorkingDayCalendar(holidays, makeUpWorkingDays);
    }

    /** The years the table names a day of, e.g. [2026, 2027]. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        holidays.forEach(d -> years.add(d.getYear()));
        makeUpWorkingDays.forEach(d -> years.add(d.getYear()));
        return years;
    }
}
