package org.residencedesk.storage.bulk;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;

/**
 * Rows of one table inserted {@value #ROWS_PER_STATEMENT} at a time by one multi-row {@code INSERT ... VALUES (..),
 * (..)} (ADR 0380): Derby opens the table and each of its indexes once per executed statement, which for a batch of
 * single-row inserts is once per row (the registration table has twelve indexes). The rest of a chunk that does not
 * fill a block goes through the single-row statement. Rows are inserted in the order they were added, so identity
 * keys follow that order (what {@link BulkWriter#chunkKeys} relies on; the demo-data tests read the rows back).
 */
final class RowBlocks implements AutoCloseable {
    static final int ROWS_PER_STATEMENT = 50;

    private final PreparedStatement block;
    private final PreparedStatement single;
    private final int[] nullTypes;
    private final Calendar utc;
    private final List<Object[]> rows = new ArrayList<>();

    /**
     * @param insertInto {@code INSERT INTO T (A, B, ...)} without the values
     * @param nullTypes  the {@link java.sql.Types} of each column, used when a value is null
     * @param utc        the calendar timestamps are written with (the product stores instants as UTC)
     */
    RowBlocks(Connection connection, String insertInto, int[] nullTypes, Calendar utc) throws SQLException {
        this.nullTypes = nullTypes.clone();
        this.utc = utc;
        String oneRow = "(" + String.join(", ", Collections.nCopies(nullTypes.length, "?")) + ")";
        this.block = connection.prepareStatement(insertInto + " VALUES "
                + String.join(", ", Collections.nCopies(ROWS_PER_STATEMENT, oneRow)));
        this.single = connection.prepareStatement(insertInto + " VALUES " + oneRow);
    }

    /** One row: String, Integer, Long, Boolean, {@link Date}, {@link Timestamp} (written as UTC) or null. */
    void add(Object... values) {
        if (values.length != nullTypes.length) {
            throw new IllegalArgumentException(values.length + " values for " + nullTypes.length + " columns");
        }
        rows.add(values);
    }

    /** Inserts every row added since the last flush, in order; the caller commits. */
    void flush() throws SQLException {
        int full = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
        try {
            for (int start = 0; start < full; start += ROWS_PER_STATEMENT) {
                for (int r = 0; r < ROWS_PER_STATEMENT; r++) {
                    set(block, r * nullTypes.length, rows.get(start + r));
                }
                block.addBatch();
            }
            if (full > 0) block.executeBatch();
            for (int r = full; r < rows.size(); r++) {
                set(single, 0, rows.get(r));
                single.addBatch();
            }
            if (full < rows.size()) single.executeBatch();
        } finally {
            rows.clear();
        }
    }

    private void set(PreparedStatement ps, int offset, Object[] values) throws SQLException {
        for (int c = 0; c < values.length; c++) {
            int index = offset + c + 1;
            Object v = values[c];
            if (v == null) {
                ps.setNull(index, nullTypes[c]);
            } else if (v instanceof String s) {
                ps.setString(index, s);
            } else if (v instanceof Long l) {
                ps.setLong(index, l);
            } else if (v instanceof Integer i) {
                ps.setInt(index, i);
            } else if (v instanceof Boolean b) {
                ps.setBoolean(index, b);
            } else if (v instanceof Date d) {
                ps.setDate(index, d);
            } else if (v instanceof Timestamp t) {
                ps.setTimestamp(index, t, utc);
            } else {
                throw new IllegalArgumentException("unsupported value type " + v.getClass().getName());
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (block; single) {
            rows.clear();
        }
    }
}
