package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.port.DatabaseBackups.Backup;
import org.residencedesk.port.StationSecret;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;

/**
 * A station database of each earlier schema, made by this repository's own code at the commit where Flyway stood at
 * that version (src/test/resources/db/fixtures/README.md, docs/decisions/0332), started with today's program through
 * the real start-up path: the automatic backup first, then the migrations, and afterwards every registration opens
 * through the service, the row counts are those the old program left, and the audit chain the old program wrote still
 * verifies, with the upgrade as its next entry.
 */
class ReleasedSchemaFixturesTest {
    static final TestClock CLOCK = TestClock.at("2026-12-01T01:15:00Z");
    /** The demo station every fixture holds. */
    static final String STATION = "420111999001";
    private static final List<String> TABLES = List.of("PERSON", "RESIDENCE_REGISTRATION", "REGISTRATION_HISTORY",
            "PERMIT_APPLICATION", "OUTBOX_EVENT", "USER_ACCOUNT");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "schema V{0}")
    @ValueSource(ints = {10, 15, 19})
    void aStationOfAnEarlierSchemaIsBackedUpMigratedAndStillReadable(int version) throws Exception {
        Path station = temp.resolve("station");
        Path keys = temp.resolve("keys");
        unzip("db/fixtures/V" + version + ".zip", temp);
        PrivateFiles.restrictTree(station);
        PrivateFiles.restrictTree(keys);
        Path db = station.resolve("db");
        String id = Files.readString(station.resolve("database.id")).strip();
        StationSecret secret = new KeyFileBootSecretStore(keys).find(id).orElseThrow();
        Map<String, Long> before = encryptAndCount(db, DerbyCredentials.from(secret));
        assertThat(before.get("PERMIT_APPLICATION")).as("the fixture's permits").isEqualTo(4);
        assertThat(before.get("PERSON")).as("the fixture's persons").isEqualTo(12);

        try (AppContext ctx = AppContext.openForTests(station, keys, TestMasterData.shared(), CLOCK)) {
            SchemaUpgrade.Outcome outcome = ctx.database().schemaUpgrade();
            assertThat(outcome.fromVersion()).isEqualTo(Integer.toString(version));
            assertThat(outcome.toVersion()).isEqualTo(SchemaUpgradeTest.CURRENT);
            Backup backup = outcome.backup();
            assertThat(backup).as("the automatic backup before the migrations").isNotNull();
            assertThat(backup.folder().getParent()).isEqualTo(temp.resolve("station.pre-upgrade"));
            assertThat(backup.schemaVersion()).isEqualTo(Integer.toString(version));
            assertThat(backup.stationCode()).isEqualTo(STATION);
            assertThat(Files.isRegularFile(backup.folder().resolve("manifest.txt"))).isTrue();

            assertThat(counts(ctx.database()::openConnection)).as("rows after the upgrade").isEqualTo(before);
            assertThat(ctx.transactions().readOnly(ctx.stations()::find).orElseThrow().code().value()).isEqualTo(STATION);
            Operator chief = TestOperators.signIn(ctx, "fixture-chief", "站长", Role.CHIEF);
            List<Long> ids = new ArrayList<>();
            try (Connection c = ctx.database().openConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT ID FROM RESIDENCE_REGISTRATION ORDER BY ID")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            for (long registration : ids) {
                assertThat(ctx.registration().open(chief, registration).values().get("idNumber"))
                        .as("registration %d opens with its form", registration).hasSize(18);
            }
            assertThat(ctx.audit().verify().ok()).as("the old program's audit chain, after the upgrade").isTrue();
            List<AuditEntry> upgrades = ctx.transactions().readOnly(() -> ctx.auditLog().latest(500)).stream()
                    .filter(e -> e.action() == AuditAction.SCHEMA_UPGRADED).toList();
            assertThat(upgrades).hasSize(1);
            assertThat(upgrades.get(0).detail()).isEqualTo("from=" + version + ",to=" + SchemaUpgradeTest.CURRENT
                    + ",backup=" + backup.name() + ",app=" + backup.appVersion());
        }
    }

    /**
     * The fixture is kept decrypted (encrypted pages do not compress: 1.5 MB instead of 150 KB); it is encrypted here
     * again with its own key, as the old program left it, before today's program sees it. Returns its row counts.
     */
    private static Map<String, Long> encryptAndCount(Path db, DerbyCredentials credentials) throws Exception {
        String path = db.toAbsolutePath().toString();
        Properties encrypt = Database.attributes(credentials);
        for (String attribute : DerbyCredentials.ENCRYPTION.split(";")) {
            String[] kv = attribute.split("=", 2);
            encrypt.setProperty(kv[0], kv[1]);
        }
        DriverManager.getConnection("jdbc:derby:" + path, encrypt).close();
        Database.shutdown(path, credentials);
        assertThat(DerbyFiles.encrypted(db)).as("encrypted as the old program left it").isTrue();
        Map<String, Long> counts = counts(() -> DriverManager.getConnection("jdbc:derby:" + path,
                Database.attributes(credentials)));
        Database.shutdown(path, credentials);
        return counts;
    }

    interface Connections {
        Connection open() throws java.sql.SQLException;
    }

    private static Map<String, Long> counts(Connections connections) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = connections.open(); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static void unzip(String resource, Path into) throws IOException {
        try (InputStream in = ReleasedSchemaFixturesTest.class.getClassLoader().getResourceAsStream(resource);
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                assertThat(target.startsWith(into)).as("zip entry %s stays inside", e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }
}
