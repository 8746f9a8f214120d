package org.residencedesk.service.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Daily counts of the trend figures over the report's days (missing days are zero), the series in the order of the figures. */
public record Trend(List<LocalDate> days, Map<String, List<Long>> series) {
    public Trend {
        days = List.copyOf(days);
        series = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(series)); // in TREND order
    }
}
