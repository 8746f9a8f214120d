package org.residencedesk.service.demodata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many registrations fall on each of the last D days before today: weekdays busy, Saturdays
 * quieter, Sundays quietest (many stations open half a day). Counts come from rounding a cumulative
 * share, so they add up to exactly N; the plan holds one number per day, never per person.
 */
final class DayPlan {
    private final LocalDate firstDay;
    /** firstPerson[d] = running index of the first person registered on day d; [days] = N. */
    private final long[] firstPerson;

    DayPlan(long persons, int days, LocalDate today) {
        this.firstDay = today.minusDays(days);
        double total = 0;
        for (int d = 0; d < days; d++) {
            total += weight(firstDay.plusDays(d));
        }
        firstPerson = new long[days + 1];
        double before = 0;
        for (int d = 0; d < days; d++) {
            firstPerson[d] = (long) Math.floor(persons * before / total);
            before += weight(firstDay.plusDays(d));
        }
        firstPerson[days] = persons;
    }

    private static double weight(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SUNDAY ? 0.2 : dow == DayOfWeek.SATURDAY ? 0.4 : 1.0;
    }

    int days() {
        return firstPerson.length - 1;
    }

    LocalDate day(int index) {
        return firstDay.plusDays(index);
    }

    long firstPersonOf(int dayIndex) {
        return firstPerson[dayIndex];
    }

    /** Registrations per calendar year, to check the serial width before anything is written. */
    Map<Integer, Long> perYear() {
        Map<Integer, Long> out = new TreeMap<>();
        for (int d = 0; d < days(); d++) {
            out.merge(day(d).getYear(), firstPerson[d + 1] - firstPerson[d], Long::sum);
        }
        return out;
    }
}
