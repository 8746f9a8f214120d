package org.residencedesk.port.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@link FigureGroup} counted: totals by figure key; per operator login and per division code, the
 * figures that break down that way; per day, the figures it can count by day (for trend charts). A missing
 * entry is zero.
 */
public record GroupCounts(Map<String, Long> totals, Map<String, Map<String, Long>> byOperator,
                          Map<String, Map<String, Long>> byDivision, Map<LocalDate, Map<String, Long>> byDay) {

    public GroupCounts {
        totals = Map.copyOf(totals);
        byOperator = copy(byOperator);
        byDivision = copy(byDivision);
        byDay = Map.copyOf(byDay);
    }

    private static Map<String, Map<String, Long>> copy(Map<String, Map<String, Long>> in) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        in.forEach((k, v) -> out.put(k, Map.copyOf(v)));
        return out;
    }

    public long total(String figure) {
        return totals.getOrDefault(figure, 0L);
    }
}
