package org.residencedesk.storage.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a chunk's identity keys are found: consecutive, with a gap Derby left, or with a stranger's row. */
class BulkWriterKeysTest {
    @TempDir
    Path dir;

    @Test
    void keysAreReadBackWhetherConsecutiveOrNot() throws SQLException {
        String url = "jdbc:derby:" + dir.resolve("db").toString().replace('\\', '/');
        try (Connection c = DriverManager.getConnection(url + ";create=true")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE T (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, K VARCHAR(10) UNIQUE)");
                st.execute("INSERT INTO T (K) VALUES ('a'), ('b'), ('gap'), ('c')");
                st.execute("DELETE FROM T WHERE K = 'gap'"); // keys 1, 2, 4: as if Derby skipped 3
            }
            try (PreparedStatement byKey = c.prepareStatement("SELECT ID FROM T WHERE K = ?");
                 PreparedStatement range = c.prepareStatement("SELECT ID FROM T WHERE ID BETWEEN ? AND ? ORDER BY ID")) {
                assertThat(BulkWriter.chunkKeys(byKey, range, "a", "b", 2)).containsExactly(1, 2);
                assertThat(BulkWriter.chunkKeys(byKey, range, "a", "c", 3)).containsExactly(1, 2, 4);
                assertThatThrownBy(() -> BulkWriter.chunkKeys(byKey, range, "a", "c", 2))
                        .as("a row the chunk did not write lies in its key range").isInstanceOf(SQLException.class);
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                // 08006: shut down
            }
        }
    }
}
