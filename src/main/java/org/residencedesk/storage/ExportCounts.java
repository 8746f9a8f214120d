package org.residencedesk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.residencedesk.port.StationProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-versus-counted check every export makes (ADRs 0276, 0350, 0370): before streaming, a table's rows are
 * counted as the optimiser chooses (through an index) and by reading every page of the table itself
 * ({@code --DERBY-PROPERTIES index=null}); pages holding fewer rows than the index knows, or an export that streamed
 * fewer rows than counted (these tables never lose rows), is a damaged database — never a partial file with exit 0.
 */
final class ExportCounts {
    private static final Logger LOG = LoggerFactory.getLogger(ExportCounts.class);

    private ExportCounts() {
    }

    /**
     * @param table a table name of this schema (a constant, never input)
     * @return the rows the export must write
     * @throws StationProblem DAMAGED when the table's pages hold fewer rows than its index
     */
    static long expected(Connection c, String table, String location) throws SQLException {
        long counted = count(c, "SELECT COUNT(*) FROM " + table);
        long onPages = count(c, "SELECT COUNT(*) FROM " + table + " --DERBY-PROPERTIES index=null\n");
        if (onPages < counted) {
            // rows the index knows but the table's pages no longer hold (a cut-off file)
            throw damaged(location, table + " holds " + onPages + " rows on its pages, its index " + counted);
        }
        return counted;
    }

    /** The problem to throw when an export of {@code table} read fewer rows than it counted. */
    static StationProblem shortfall(String location, String table, long read, long expected) {
        return damaged(location, "export of " + table + " read " + read + " of " + expected + " rows");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static StationProblem damaged(String location, String why) {
        LOG.error("export stopped, database damaged: {}", why);
        return new StationProblem(StationProblem.Kind.DAMAGED, location, null);
    }
}
