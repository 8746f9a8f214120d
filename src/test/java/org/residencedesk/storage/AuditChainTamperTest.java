package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.service.StationSetup;
import org.residencedesk.service.audit.AuditVerdict;
import org.residencedesk.service.audit.AuditVerdict.Problem;
import org.residencedesk.testing.TestClock;

/**
 * The audit chain against someone who edits the database past the application (docs/decisions/0138), on a real
 * encrypted Derby database: rows edited with the chain recomputed by unkeyed SHA-256 or by a wrong key, the tail
 * deleted with the counter set back, a forged checkpoint line, and an older SHA-256-chained database keyed on start.
 */
class AuditChainTamperTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");

    @TempDir
    Path dataDir;
    @TempDir
    Path keyDir;

    private AppContext open() {
        return AppContext.openForTests(dataDir, keyDir, org.residencedesk.testing.TestMasterData.shared(), CLOCK);
    }

    /** A station with an administrator (2 entries from the set-up) plus {@code extra} viewed records. */
    private AppContext station(int extra) {
        org.residencedesk.testing.StationTemplate.seed(dataDir, keyDir); // a copy of the migrated template (ADR 0361)
        AppContext ctx = open();
        ctx.stationSetup().setUp(new StationSetup("420111002001", "关山街道流动人口服务站", "420111002", "武汉市公安局洪山分局", "admin",
                "站长", "Station#2026".toCharArray(), "Station#2026".toCharArray()));
        ctx.transactions().run(() -> {
            for (int i = 0; i < extra; i++) {
                ctx.auditLog().append(AuditRecord.of("admin", AuditAction.RECORD_VIEWED, "PERSON", "p-" + i));
            }
        });
        return ctx;
    }

    private Path checkpointFile(AppContext ctx) throws Exception {
        String id = Files.readString(dataDir.resolve("database.id")).trim();
        return keyDir.resolve(id + ".audit-checkpoints");
    }

    @Test
    void anIntactChainVerifiesAfterRestartAndItsCheckpointIsOwnerOnly() throws Exception {
        long entries;
        try (AppContext ctx = station(5)) {
            entries = ctx.transactions().readOnly(() -> ctx.auditLog().count());
            assertThat(ctx.audit().verify()).isEqualTo(new AuditVerdict(true, entries, null, Problem.NONE));
        }
        try (AppContext ctx = open()) {
            assertThat(ctx.audit().verify()).isEqualTo(new AuditVerdict(true, entries, null, Problem.NONE));
            Path file = checkpointFile(ctx);
            List<String> lines = Files.readAllLines(file);
            assertThat(lines).last().asString().startsWith(entries + " ");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(file.startsWith(dataDir)).as("kept outside the data folder").isFalse();
        }
    }

    @Test
    void anEditedRowWithTheChainRecomputedBySha256IsDetected() throws Exception {
        try (AppContext ctx = station(6)) {
            try (Connection c = ctx.database().openConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE AUDIT_ENTRY SET ACTOR = 'someone' WHERE SEQ = 5");
                rechain(c, null); // what an attacker could do against the old unkeyed chain
            }
            AuditVerdict verdict = ctx.audit().verify();
            assertThat(verdict.ok()).isFalse();
            assertThat(verdict.firstBroken()).isEqualTo(1L); // SHA-256 hashes fail the keyed check from the first row
            assertThat(verdict.problem()).isEqualTo(Problem.ENTRY_ALTERED);
        }
    }

    @Test
    void anEditedRowWithTheChainRecomputedByAWrongKeyIsDetected() throws Exception {
        try (AppContext ctx = station(6)) {
            byte[] guessed = new byte[32];
            new SecureRandom().nextBytes(guessed);
            try (Connection c = ctx.database().openConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE AUDIT_ENTRY SET DETAIL = 'nothing happened' WHERE SEQ = 7");
                rechain(c, new SecretKeySpec(guessed, "HmacSHA256"));
            }
            AuditVerdict verdict = ctx.audit().verify();
            assertThat(verdict.ok()).isFalse();
            assertThat(verdict.firstBroken()).isEqualTo(1L);
            assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().firstBrokenLink())).isEqualTo(1L);
        }
    }

    @Test
    void anEditedRowWithoutRecomputingIsDetectedAtThatRow() throws Exception {
        try (AppContext ctx = station(6)) {
            try (Connection c = ctx.database().openConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE AUDIT_ENTRY SET TARGET_ID = 'p-x' WHERE SEQ = 6");
            }
            AuditVerdict verdict = ctx.audit().verify();
            assertThat(verdict).isEqualTo(new AuditVerdict(false, 8, 6L, Problem.ENTRY_ALTERED));
        }
    }

    @Test
    void aDeletedTailIsDetectedThroughTheCheckpoint() throws Exception {
        try (AppContext ctx = station(8)) {
            assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).isEqualTo(10);
        } // the checkpoint at close records entry 10
        try (AppContext ctx = open()) {
            try (Connection c = ctx.database().openConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM AUDIT_ENTRY WHERE SEQ > 7");
                st.executeUpdate("UPDATE SEQUENCE_COUNTER SET LAST_VALUE = 7 WHERE NAME = 'audit'");
            }
            assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().firstBrokenLink()))
                    .as("the chain alone looks intact once the counter is set back").isEqualTo(-1L);
            assertThat(ctx.audit().verify()).isEqualTo(new AuditVerdict(false, 7, 8L, Problem.ENTRIES_MISSING));
            assertThat(ctx.audit().checkpoint()).as("never a checkpoint of the shorter chain").isFalse();
        }
        try (AppContext ctx = open()) {
            assertThat(ctx.audit().verify().problem()).isEqualTo(Problem.ENTRIES_MISSING);
            // new entries past the deleted ones do not hide the deletion: entry 10 differs from its checkpoint
            ctx.transactions().run(() -> {
                for (int i = 0; i < 4; i++) {
                    ctx.auditLog().append(AuditRecord.of("admin", AuditAction.RECORD_VIEWED, "PERSON", "q-" + i));
                }
            });
            assertThat(ctx.audit().checkpoint()).isFalse();
            assertThat(ctx.audit().verify()).isEqualTo(new AuditVerdict(false, 11, 10L, Problem.CHECKPOINT_MISMATCH));
        }
    }

    @Test
    void aForgedCheckpointLineIsDetected() throws Exception {
        Path file;
        try (AppContext ctx = station(2)) {
            file = checkpointFile(ctx);
        }
        List<String> lines = Files.readAllLines(file);
        String last = lines.get(lines.size() - 1);
        Files.writeString(file, last.replaceFirst("^\\d+", "3") + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.APPEND);
        try (AppContext ctx = open()) {
            assertThat(ctx.audit().verify()).isEqualTo(new AuditVerdict(false, 4, null, Problem.CHECKPOINTS_FORGED));
        }
    }

    @Test
    void anOlderSha256ChainedDatabaseIsKeyedOnceAtStart() throws Exception {
        List<AuditEntry> before;
        try (AppContext ctx = station(4)) {
            try (Connection c = ctx.database().openConnection(); Statement st = c.createStatement()) {
                // back to the state before this change: SHA-256 chain, no marker table, schema version 3
                rechain(c, null);
                st.executeUpdate("DROP TABLE AUDIT_CHAIN");
                st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '4'");
                // and before the later migrations, which Flyway would otherwise find applied ahead of V4
                MigrationUndo.undoAfter(c, 4);
            }
            before = ctx.transactions().readOnly(() -> ctx.auditLog().latest(100));
        }
        Files.delete(checkpointFile(null));
        // a database from before the commit witness (ADR 0363) has none either
        Files.delete(checkpointFile(null).resolveSibling(checkpointFile(null).getFileName().toString()
                .replace(".audit-checkpoints", ".audit-witness")));
        try (AppContext ctx = open()) {
            AuditVerdict verdict = ctx.audit().verify();
            assertThat(verdict).isEqualTo(new AuditVerdict(true, 8, null, Problem.NONE));
            List<AuditEntry> after = ctx.transactions().readOnly(() -> ctx.auditLog().latest(100));
            // the upgrade from schema 3 is recorded after the chain is keyed (ADR 0252)
            assertThat(after.get(0).action()).isEqualTo(AuditAction.SCHEMA_UPGRADED);
            assertThat(after.get(0).detail()).startsWith("from=3,to=");
            assertThat(after.get(1).action()).isEqualTo(AuditAction.AUDIT_CHAIN_KEYED);
            assertThat(after.get(1).detail()).isEqualTo("legacyEntries=6,legacyFirstBroken=-1");
            assertThat(after.subList(2, after.size())).extracting(AuditEntry::seq, AuditEntry::actor,
                    AuditEntry::action, AuditEntry::targetId, AuditEntry::occurredAt)
                    .containsExactlyElementsOf(before.stream().map(e -> org.assertj.core.groups.Tuple.tuple(
                            e.seq(), e.actor(), e.action(), e.targetId(), e.occurredAt())).toList());
            assertThat(Files.readAllLines(checkpointFile(ctx))).hasSize(1).first().asString().startsWith("7 ");
        }
        try (AppContext ctx = open()) {
            assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).as("keyed only once").isEqualTo(8);
            assertThat(ctx.audit().verify().ok()).isTrue();
        }
    }

    @Test
    void removingTheKeyedMarkerDoesNotLetAnSha256ChainBeKeyedAgain() throws Exception {
        try (AppContext ctx = station(3)) {
            assertThat(ctx.audit().verify().ok()).isTrue();
        } // the checkpoint written at close says the chain was keyed
        try (AppContext ctx = open()) {
            try (Connection c = ctx.database().openConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE AUDIT_ENTRY SET ACTOR = 'someone' WHERE SEQ = 4");
                rechain(c, null);
                st.executeUpdate("DELETE FROM AUDIT_CHAIN");
            }
        }
        try (AppContext ctx = open()) {
            assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().keyed())).isFalse();
            assertThat(ctx.audit().verify()).isEqualTo(new AuditVerdict(false, 5, 1L, Problem.CHAIN_NOT_KEYED));
        }
    }

    /** Recomputes PREV_HASH and HASH of every row: by the old unkeyed SHA-256 when {@code key} is null. */
    static void rechain(Connection c, SecretKeySpec key) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT SEQ, OCCURRED_AT, ACTOR, AUDIT_ACTION, TARGET_TYPE, TARGET_ID, DETAIL FROM AUDIT_ENTRY ORDER BY SEQ")) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), UtcTimestamps.get(rs, 2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)});
            }
        }
        String prev = JdbcAuditLog.GENESIS_HASH;
        try (PreparedStatement ps = c.prepareStatement("UPDATE AUDIT_ENTRY SET PREV_HASH = ?, HASH = ? WHERE SEQ = ?")) {
            for (Object[] r : rows) {
                long seq = (Long) r[0];
                java.time.Instant at = (java.time.Instant) r[1];
                AuditAction action = AuditAction.valueOf((String) r[3]);
                String hash = key == null
                        ? JdbcAuditLog.legacyHash(prev, seq, at, (String) r[2], action, (String) r[4], (String) r[5],
                                (String) r[6])
                        : JdbcAuditLog.chainHash(key, prev, seq, at, (String) r[2], action, (String) r[4],
                                (String) r[5], (String) r[6]);
                ps.setString(1, prev);
                ps.setString(2, hash);
                ps.setLong(3, seq);
                ps.executeUpdate();
                prev = hash;
            }
        }
    }
}
