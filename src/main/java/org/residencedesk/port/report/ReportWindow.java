package org.residencedesk.port.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The days a report covers, both included, as station days (Asia/Shanghai), with their bounds as instants:
 * {@code start} is the first day's 00:00:00 and {@code end} the day after the last day's 00:00:00 in the station
 * zone, so a timestamp column (stored in UTC) belongs to the window when {@code start <= t < end}, whatever the
 * PC's zone (ADR 0242).
 */
public record ReportWindow(LocalDate from, LocalDate to, Instant start, Instant end) {

    public ReportWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
    }

    public static ReportWindow of(LocalDate from, LocalDate to, ZoneId stationZone) {
        return new ReportWindow(from, to, from.atStartOfDay(stationZone).toInstant(),
                to.plusDays(1).atStartOfDay(stationZone).toInstant());
    }

    /** Number of days covered. */
    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
