package org.residencedesk.service.collection;

import java.util.List;

/**
 * What an import did. {@code accepted} rows were stored (queued, or registered with --confirm); {@code rejected}
 * rows stored nothing and have their problems in {@code errors}; {@code duplicates} were already at the station
 * (queued or recorded before) and were skipped; {@code ended} rows of an export were registrations that had ended
 * there and were not imported (docs/decisions/0230). {@code records} pairs a row with the record it became (--confirm).
 */
public record ImportResult(long accepted, long rejected, long duplicates, long ended, List<RowProblem> errors,
                           List<RecordedRow> records) {
    public ImportResult {
        errors = List.copyOf(errors);
        records = List.copyOf(records);
    }

    /** A row that became a record, e.g. a registration with its number. */
    public record RecordedRow(int row, String recordNumber) {
    }
}
