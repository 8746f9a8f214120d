package org.residencedesk.storage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;

/**
 * The registration figures of a report period read indexes only (V22, ADR 0368): Derby's own runtime statistics of
 * the product's statements show no row fetched from REGISTRATION_HISTORY or RESIDENCE_REGISTRATION (at 1,000,000
 * persons those fetches cost ≈ 3 s per period) and no table scan. The same for the permit step figures and the two
 * overdue lists' choice of rows (V23, ADR 0401).
 */
class PeriodFiguresReadIndexesOnlyTest {
    static final TestClock CLOCK = TestClock.at("2026-11-30T02:00:00Z");

    @TempDir
    Path dataDir;
    AppContext ctx;

    @BeforeEach
    void station() {
        ctx = TestStation.open(dataDir, CLOCK);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void changes_and_move_outs_come_from_the_two_covering_indexes() throws Exception {
        String plan = plan(RegistrationFigures.CHANGED_OR_MOVED_OUT, Timestamp.valueOf("2026-10-31 16:00:00"),
                Timestamp.valueOf("2026-11-30 16:00:00"));

        assertThat(plan).contains("Index Scan ResultSet for REGISTRATION_HISTORY using index REGISTRATION_HISTORY_KIND")
                .contains("Index Scan ResultSet for RESIDENCE_REGISTRATION using index REGISTRATION_ID_DIVISION")
                .doesNotContain("Index Row to Base Row").doesNotContain("Table Scan");
    }

    @Test
    void new_registrations_by_day_come_from_the_day_index_alone() throws Exception {
        String plan = plan(RegistrationFigures.NEW_BY_DAY, java.sql.Date.valueOf("2026-11-01"),
                java.sql.Date.valueOf("2026-11-30"));

        assertThat(plan).contains("Index Scan ResultSet for RESIDENCE_REGISTRATION using index REGISTRATION_DAY")
                .doesNotContain("Index Row to Base Row").doesNotContain("Table Scan");
    }

    @Test
    void permit_steps_by_day_come_from_three_covering_indexes() throws Exception {
        String plan = plan(PermitStepFigures.sql(2), "SUBMIT", "ACCEPT", java.sql.Date.valueOf("2026-11-01"),
                java.sql.Date.valueOf("2026-11-30"));

        assertThat(plan).contains("Index Scan ResultSet for PERMIT_STEP using index PERMIT_STEP_DAY")
                .contains("Index Scan ResultSet for PERMIT_APPLICATION using index PERMIT_ID_REGISTRATION")
                .contains("Index Scan ResultSet for RESIDENCE_REGISTRATION using index REGISTRATION_ID_DIVISION")
                .doesNotContain("Index Row to Base Row").doesNotContain("Table Scan");
    }

    @Test
    void the_overdue_lists_pick_their_rows_from_an_index_before_joining() throws Exception {
        String promised = plan(JdbcReportLists.PAST_PROMISED, java.sql.Date.valueOf("2026-11-30"), 100);
        String printed = plan(JdbcReportLists.COLLECTION_OVERDUE, java.sql.Date.valueOf("2026-11-30"), 100);

        assertThat(promised).contains("Index Scan ResultSet for PERMIT_APPLICATION using index PERMIT_STATUS_PROMISED")
                .doesNotContain("Table Scan");
        assertThat(printed).contains("Index Scan ResultSet for PERMIT_APPLICATION using index PERMIT_STATUS_PRINTED")
                .doesNotContain("Table Scan");
    }

    private String plan(String sql, Object... params) throws Exception {
        try (Connection c = ctx.database().openConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
