package org.residencedesk.storage.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.port.demodata.BulkRegistrationStore;
import org.residencedesk.port.demodata.BulkWriteException;
import org.residencedesk.port.demodata.DemoRecord;
import org.residencedesk.storage.DeferredIndexes;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;

/**
 * ADR 0392: a bulk load into an empty station sets the plain indexes aside and builds them again, also when the load
 * fails half-way or the process died before; unique keys are enforced throughout; a station with rows keeps them.
 */
class DeferredIndexesTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");

    @TempDir
    Path dataDir;

    @Test
    void aLoadIntoAnEmptyStationBuildsEveryPlainIndexAgainWithTheSameColumns() throws SQLException {
        try (AppContext ctx = TestStation.open(dataDir, CLOCK); Connection look = ctx.database().openConnection()) {
            Map<String, String> before = DeferredIndexes.plainIndexes(look, DeferredIndexes.REGISTRATION_TABLES);
            assertThat(before).containsKeys("PERSON_NAME_ID", "PERSON_MOBILE", "REGISTRATION_HOUSE",
                    "REGISTRATION_HISTORY_KIND").hasSizeGreaterThan(10);
            BulkRegistrationStore store = new JdbcBulkRegistrationStore(ctx.database()::openConnection);

            try (BulkRegistrationStore.BulkSession session = store.open()) {
                assertThat(DeferredIndexes.plainIndexes(look, DeferredIndexes.REGISTRATION_TABLES)).as("set aside during the load").isEmpty();
                assertThat(DeferredIndexes.pending(look)).containsExactlyElementsOf(before.values());
                session.writeChunk(records(0, 120), 120, Map.of(2026, 120L));
                assertThatThrownBy(() -> session.writeChunk(records(119, 1), 1, Map.of(2026, 121L)))
                        .as("the ID number's unique key holds while the indexes are away")
                        .isInstanceOf(BulkWriteException.class);
                session.rebuildIndexes();

                assertThat(DeferredIndexes.plainIndexes(look, DeferredIndexes.REGISTRATION_TABLES)).isEqualTo(before);
                assertThat(DeferredIndexes.pending(look)).isEmpty();
            }
            assertThat(count(look, "SELECT COUNT(*) FROM PERSON WHERE NAME = '测试七'")).isEqualTo(1);
            assertThat(count(look, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION")).isEqualTo(120);
        }
    }

    @Test
    void aLoadThatFailsHalfWayLeavesItsCommittedChunksAndEveryIndex() throws SQLException {
        try (AppContext ctx = TestStation.open(dataDir, CLOCK); Connection look = ctx.database().openConnection()) {
            Map<String, String> before = DeferredIndexes.plainIndexes(look, DeferredIndexes.REGISTRATION_TABLES);
            BulkRegistrationStore store = new JdbcBulkRegistrationStore(ctx.database()::openConnection);

            assertThatThrownBy(() -> {
                try (BulkRegistrationStore.BulkSession session = store.open()) {
                    session.writeChunk(records(0, 60), 60, Map.of(2026, 60L));
                    session.writeChunk(records(30, 60), 60, Map.of(2026, 120L)); // half of it written before
                }
            }).isInstanceOf(BulkWriteException.class);

            assertThat(DeferredIndexes.plainIndexes(look, DeferredIndexes.REGISTRATION_TABLES)).isEqualTo(before);
            assertThat(DeferredIndexes.pending(look)).isEmpty();
            assertThat(count(look, "SELECT COUNT(*) FROM PERSON")).as("the first chunk, whole").isEqualTo(60);
        }
    }

    @Test
    void indexesLeftAsideByALoadThatDiedAreBuiltBeforeTheNextLoadWrites() throws SQLException {
        try (AppContext ctx = TestStation.open(dataDir, CLOCK); Connection look = ctx.database().openConnection()) {
            Map<String, String> before = DeferredIndexes.plainIndexes(look, DeferredIndexes.REGISTRATION_TABLES);
            try (Connection dying = ctx.database().openConnection()) {
                dying.setAutoCommit(false);
                assertThat(DeferredIndexes.setAsideIfEmpty(dying, DeferredIndexes.REGISTRATION_TABLES)).isTrue();
                try (Statement s = dying.createStatement()) { // a person committed, then the process is killed
                    s.executeUpdate("INSERT INTO PERSON (ID_NUMBER, ID_TYPE, NAME, NAME_INITIALS, CREATED_AT,"
                            + " UPDATED_AT, VERSION) VALUES ('X1', 'OTHER', '某', 'm', CURRENT_TIMESTAMP,"
                            + " CURRENT_TIMESTAMP, 0)");
                }
                dying.commit();
            }
            assertThat(DeferredIndexes.plainIndexes(look, DeferredIndexes.REGISTRATION_TABLES)).isEmpty();

            try (BulkRegistrationStore.BulkSession next = new JdbcBulkRegistrationStore(
                    ctx.database()::openConnection).open()) {
                assertThat(DeferredIndexes.plainIndexes(look, DeferredIndexes.REGISTRATION_TABLES)).as("built again, and not set aside: the station has a"
                        + " person").isEqualTo(before);
                assertThat(next.counterValue("none")).isZero();
            }
            assertThat(DeferredIndexes.pending(look)).isEmpty();
        }
    }

    @Test
    void indexesLeftAsideByALoadThatDiedAreBuiltWhenTheStationOpensAgain() throws SQLException {
        Map<String, String> before;
        try (AppContext ctx = TestStation.open(dataDir, CLOCK); Connection dying = ctx.database().openConnection()) {
            before = DeferredIndexes.plainIndexes(dying, DeferredIndexes.REGISTRATION_TABLES);
            dying.setAutoCommit(false);
            assertThat(DeferredIndexes.setAsideIfEmpty(dying, DeferredIndexes.REGISTRATION_TABLES)).isTrue(); // then the process is killed
        }
        try (AppContext ctx = TestStation.reopen(dataDir, CLOCK); Connection look = ctx.database().openConnection()) {
            assertThat(DeferredIndexes.plainIndexes(look, DeferredIndexes.REGISTRATION_TABLES)).as("built by the open, before any bulk load")
                    .isEqualTo(before);
            assertThat(DeferredIndexes.pending(look)).isEmpty();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** {@code n} persons numbered from {@code first}, each with one active registration. */
    private static DemoRecord[] records(int first, int n) {
        DemoRecord[] out = new DemoRecord[n];
        Instant at = Instant.parse("2026-11-01T02:00:00Z");
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        for (int i = 0; i < n; i++) {
            int k = first + i;
            DemoRecord r = new DemoRecord();
            r.idNumber = String.format("T%017d", k);
            r.idType = "OTHER";
            r.name = "测试" + (k < 10 ? digits[k] : Integer.toString(k));
            r.nameInitials = "cs";
            r.sex = "F";
            r.birthDate = LocalDate.of(1990, 1, 1).plusDays(k);
            r.mobile = "139" + String.format("%08d", k);
            r.personUpdatedAt = at;
            DemoRecord.Registration g = new DemoRecord.Registration();
            g.registrationNumber = String.format("R2026%08d", k);
            g.status = RegistrationStatus.ACTIVE;
            g.residenceDivision = "420111002001";
            g.addressText = "关山街道" + k + "号";
            g.arrivalDate = LocalDate.of(2026, 10, 30);
            g.registeredOn = LocalDate.of(2026, 11, 1);
            g.registeredAt = at;
            g.operator = "admin";
            g.formJson = "{}";
            g.formVersion = 1;
            g.updatedAt = at;
            r.registrations.add(g);
            out[i] = r;
        }
        return out;
    }
}
