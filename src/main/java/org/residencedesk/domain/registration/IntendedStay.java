package org.residencedesk.domain.registration;

import java.time.LocalDate;
import java.util.Map;

/**
 * 拟居住期限 as a period (issue 15 item 4, ADR 0327): the code table {@code intended-stay} (1 一个月, 2 三个月,
 * 3 六个月, 4 一年, 5 两年; 6 三年及以上) turned into the last day of the intended stay, counted from the declared
 * arrival: arrival + months − 1 day (arrival 15 March, one month: 14 April). Code 6 has no end, nor has a blank
 * or unknown code: they get {@link #NO_END}, so that the stored column is never null once judged (null = not yet
 * filled, the back-fill's mark). {@code IntendedStayTest} checks the months against the packaged table.
 */
public final class IntendedStay {
    /** The stored "no end" (三年及以上, no or an unknown code): later than any day a list asks about. */
    public static final LocalDate NO_END = LocalDate.of(9999, 12, 31);
    /** Months per code of the packaged {@code forms/codes/intended-stay.csv}; 6 (三年及以上) is open. */
    public static final Map<String, Integer> MONTHS = Map.of("1", 1, "2", 3, "3", 6, "4", 12, "5", 24);

    private IntendedStay() {
    }

    /** The last day of the intended stay of someone who arrived on {@code arrival}, or {@link #NO_END}. */
    public static LocalDate lastDay(LocalDate arrival, String code) {
        Integer months = code == null ? null : MONTHS.get(code.strip());
        if (arrival == null || months == null) {
            return NO_END;
        }
        return arrival.plusMonths(months).minusDays(1);
    }
}
