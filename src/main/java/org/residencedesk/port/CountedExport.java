package org.residencedesk.port;

/**
 * A register whose export checks what it read against what it counted (ADRs 0276, 0350, 0370): an export never
 * reports success on a partial read of a damaged table.
 */
public interface CountedExport {
    /**
     * The rows the export must write, counted inside the caller's transaction.
     *
     * @throws StationProblem DAMAGED when the table's pages hold fewer rows than its index knows
     */
    long exportCount();

    /** The DAMAGED problem to throw when the export read {@code read} rows of the {@code expected}. */
    StationProblem exportShortfall(long read, long expected);
}
