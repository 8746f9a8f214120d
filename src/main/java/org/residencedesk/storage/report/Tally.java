package org.residencedesk.storage.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.residencedesk.port.report.GroupCounts;

/** Adds up the rows of a GROUP BY into totals, per operator, per division and per day. */
final class Tally {
    private final Map<String, Long> totals = new HashMap<>();
    private final Map<String, Map<String, Long>> byOperator = new TreeMap<>();
    private final Map<String, Map<String, Long>> byDivision = new TreeMap<>();
    private final Map<LocalDate, Map<String, Long>> byDay = new TreeMap<>();

    /** One aggregated row: {@code n} of {@code figure}; operator, division and day may be null (not broken down). */
    Tally add(String figure, String operator, String division, LocalDate day, long n) {
        if (n == 0) {
            return this;
        }
        totals.merge(figure, n, Long::sum);
        if (operator != null) {
            byOperator.computeIfAbsent(operator, k -> new HashMap<>()).merge(figure, n, Long::sum);
        }
        if (division != null) {
            byDivision.computeIfAbsent(division, k -> new HashMap<>()).merge(figure, n, Long::sum);
        }
        if (day != null) {
            byDay.computeIfAbsent(day, k -> new HashMap<>()).merge(figure, n, Long::sum);
        }
        return this;
    }

    /** A stock figure: a total only (also when zero, so the figure is present). */
    Tally stock(String figure, long n) {
        totals.put(figure, n);
        return this;
    }

    GroupCounts counts() {
        return new GroupCounts(totals, byOperator, byDivision, byDay);
    }
}
