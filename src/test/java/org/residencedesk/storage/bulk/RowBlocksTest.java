package org.residencedesk.storage.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multi-row inserts (ADR 0380): every row, in the order added (identity keys follow it), nulls and UTC instants. */
class RowBlocksTest {
    @TempDir
    Path dir;

    @Test
    void rowsGoInInOrderAcrossFullBlocksAndTheRest() throws SQLException {
        String url = "jdbc:derby:" + dir.resolve("db").toString().replace('\\', '/');
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        int rows = 2 * RowBlocks.ROWS_PER_STATEMENT + 7; // two full blocks and a rest through the single-row insert
        Instant at = Instant.parse("2026-03-01T16:30:00Z"); // 00:30 the next day in Beijing: the zone must not move it
        try (Connection c = DriverManager.getConnection(url + ";create=true")) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE T (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, K VARCHAR(10) NOT NULL,"
                        + " N INTEGER, L BIGINT, B BOOLEAN, D DATE, TS TIMESTAMP, J CLOB)");
            }
            try (RowBlocks blocks = new RowBlocks(c, "INSERT INTO T (K, N, L, B, D, TS, J)", new int[] {Types.VARCHAR,
                    Types.INTEGER, Types.BIGINT, Types.BOOLEAN, Types.DATE, Types.TIMESTAMP, Types.CLOB}, utc)) {
                for (int i = 0; i < rows; i++) {
                    boolean nulls = i % 10 == 3;
                    blocks.add("k" + i, nulls ? null : i, nulls ? null : 1_000_000_000_000L + i, i % 2 == 0,
                            nulls ? null : Date.valueOf(LocalDate.of(2026, 1, 1).plusDays(i)),
                            nulls ? null : Timestamp.from(at.plusSeconds(i)), nulls ? null : "{\"i\":" + i + "}");
                }
                blocks.flush();
                c.commit();
                assertThatThrownBy(() -> blocks.add("too few")).isInstanceOf(IllegalArgumentException.class);
            }
            List<String> read = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT ID, K, N, L, B, D, TS, J FROM T ORDER BY ID")) {
                while (rs.next()) {
                    read.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getObject(3) + "|" + rs.getObject(4) + "|"
                            + rs.getBoolean(5) + "|" + rs.getDate(6) + "|"
                            + (rs.getTimestamp(7, utc) == null ? null : rs.getTimestamp(7, utc).toInstant()) + "|"
                            + rs.getString(8));
                }
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                boolean nulls = i % 10 == 3;
                expected.add((i + 1) + "|k" + i + "|" + (nulls ? null : i) + "|"
                        + (nulls ? null : 1_000_000_000_000L + i) + "|" + (i % 2 == 0) + "|"
                        + (nulls ? null : LocalDate.of(2026, 1, 1).plusDays(i)) + "|"
                        + (nulls ? null : at.plusSeconds(i)) + "|" + (nulls ? null : "{\"i\":" + i + "}"));
            }
            c.commit(); // the read's transaction
            assertThat(read).containsExactlyElementsOf(expected);
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                // 08006: shut down
            }
        }
    }
}
