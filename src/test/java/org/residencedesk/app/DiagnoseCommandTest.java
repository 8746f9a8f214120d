package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.Operator;
import org.residencedesk.service.StationSetup;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;

/**
 * {@code diagnose} (docs/decisions/0253) on real stations through the real command tree: a healthy one prints one
 * JSON report with the database checked table by table and exits 0; a missing backup folder, a missing key file
 * and a damaged {@code seg0} file each make it exit 1 with the part that needs attention named.
 */
class DiagnoseCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");

    @TempDir
    Path temp;
    /** The registered persons' ID numbers, names and mobiles. */
    List<String> personal = List.of();

    private Path dataDir() {
        return temp.resolve("station");
    }

    private Path keyDir() {
        return temp.resolve("station-keys"); // where CommandLines looks for the key
    }

    /** A station with three registered persons and a daily backup configured and taken. */
    private Path station() throws Exception {
        Path backups = Files.createDirectory(temp.resolve("backups"));
        org.residencedesk.testing.StationTemplate.seed(dataDir(), keyDir()); // a copy of the migrated template (ADR 0361)
        try (AppContext ctx = AppContext.openForTests(dataDir(), keyDir(), TestMasterData.shared(), clock)) {
            ctx.stationSetup().setUp(new StationSetup("420111002001", "关山街道流动人口服务站", "420111002",
                    "武汉市公安局洪山分局", "zhanzhang", "站长", "Station#2026".toCharArray(), "Station#2026".toCharArray()));
            personal = BackupRestoreTest.registerPersons(ctx);
            Operator admin = TestOperators.signIn(ctx, "beifen", "备份管理员", Role.ADMIN);
            ctx.backups().configure(admin, backups, 3);
            ctx.backups().backup(admin, backups);
        }
        return backups;
    }

    private JsonNode diagnose(int expectedExit) throws Exception {
        CommandLines.Run run = CommandLines.run(dataDir(), clock, "diagnose");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).as(run.out()).isEqualTo(expectedExit);
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("status").asText()).isEqualTo(expectedExit == 0 ? "OK" : "ATTENTION");
        return report.get("checks");
    }

    @Test
    void aHealthyStationIsReportedOkAndAMissingBackupFolderNeedsAttention() throws Exception {
        Path backups = station();

        JsonNode checks = diagnose(0);
        JsonNode db = checks.get("database");
        assertThat(db.get("status").asText()).isEqualTo("OK");
        assertThat(db.get("encrypted").asBoolean()).isTrue();
        assertThat(db.get("integrity").asText()).isEqualTo("OK");
        assertThat(db.get("tablesChecked").asInt()).isEqualTo(db.get("tables").asInt()).isGreaterThan(10);
        assertThat(db.get("schemaVersion").asText()).isEqualTo(newestMigration());
        assertThat(db.get("outboxBacklog").asLong()).isEqualTo(3); // one REGISTRATION event per person, not sent
        assertThat(db.get("commitWitness").asText()).isEqualTo("OK"); // the database holds what was confirmed
        assertThat(checks.get("version").get("schema").asText()).isEqualTo(newestMigration());
        assertThat(checks.get("version").get("stationPolicy").asInt()).isEqualTo(1);
        assertThat(checks.get("backup").get("status").asText()).isEqualTo("OK");
        assertThat(checks.get("backup").get("lastSucceeded").asBoolean()).isTrue();
        assertThat(checks.get("platform").get("status").asText()).isEqualTo("NOT_CONFIGURED");
        assertThat(checks.get("clock").get("status").asText()).isEqualTo("SKIPPED");
        assertThat(checks.get("clock").get("reason").asText()).isEqualTo("no platform configured to compare with");
        assertThat(checks.get("cardReader").get("status").asText()).isEqualTo("NOT_CONFIGURED");
        assertThat(checks.get("disk").get("freeBytes").asLong()).isPositive();
        // nothing personal in the report: the registered persons' numbers and names are not in it
        String all = checks.toString();
        assertThat(personal).hasSize(9);
        for (String secret : personal) {
            assertThat(all).doesNotContain(secret);
        }

        try (Stream<Path> files = Files.walk(backups)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        JsonNode without = diagnose(1);
        assertThat(without.get("backup").get("status").asText()).isEqualTo("ATTENTION");
        assertThat(without.get("backup").get("folderPresent").asBoolean()).isFalse();
        assertThat(without.get("database").get("status").asText()).isEqualTo("OK");
    }

    @Test
    void theClockIsComparedWithThePlatformsOwnTimeThroughTheStationsClient() throws Exception {
        station();
        // the platform's clock ten minutes ahead of this PC's: more than PLATFORM-API §5's five minutes
        try (org.residencedesk.platformsim.PlatformSimulator sim = org.residencedesk.platformsim.PlatformSimulator
                .start(Files.createDirectory(temp.resolve("sim")), 0, null,
                        new org.residencedesk.platformsim.Faults(1), null,
                        java.time.Clock.fixed(clock.instant().plusSeconds(600), java.time.ZoneOffset.UTC))) {
            Files.writeString(dataDir().resolve("platform.properties"), "platform.url=" + sim.url() + "\n");
            JsonNode checks = diagnose(1);
            assertThat(checks.get("platform").get("reachable").asBoolean()).isTrue();
            JsonNode clockCheck = checks.get("clock");
            assertThat(clockCheck.get("status").asText()).isEqualTo("ATTENTION");
            assertThat(clockCheck.get("skewSeconds").asLong()).isEqualTo(-600);
            assertThat(clockCheck.get("platform").asText()).isEqualTo("2026-11-28T01:25:00Z");
            assertThat(checks.get("database").get("stationCode").asText()).isEqualTo("420111002001");
        }
        try (org.residencedesk.platformsim.PlatformSimulator sim = org.residencedesk.platformsim.PlatformSimulator
                .start(Files.createDirectory(temp.resolve("sim-on-time")), 0, null,
                        new org.residencedesk.platformsim.Faults(1), null,
                        java.time.Clock.fixed(clock.instant().plusSeconds(20), java.time.ZoneOffset.UTC))) {
            Files.writeString(dataDir().resolve("platform.properties"), "platform.url=" + sim.url() + "\n");
            JsonNode clockCheck = diagnose(0).get("clock");
            assertThat(clockCheck.get("status").asText()).isEqualTo("OK");
            assertThat(clockCheck.get("skewSeconds").asLong()).isEqualTo(-20);
        }
    }

    @Test
    void aMissingKeyOrADamagedDatabaseFileNeedsAttention() throws Exception {
        station();
        Path key;
        try (Stream<Path> keys = Files.list(keyDir())) {
            key = keys.filter(p -> p.toString().endsWith(".key")).findFirst().orElseThrow();
        }
        Path aside = Files.move(key, temp.resolve("key-aside"));
        JsonNode locked = diagnose(1);
        assertThat(locked.get("database").get("status").asText()).isEqualTo("ATTENTION");
        assertThat(locked.get("database").get("locked").asText()).isEqualTo("KEY_MISSING");
        assertThat(locked.get("backup").get("status").asText()).as("the rest is still reported").isEqualTo("OK");
        Files.move(aside, key);

        // damage every data file of the database in the middle of its second page
        try (Stream<Path> seg0 = Files.list(dataDir().resolve("db").resolve("seg0"))) {
            for (Path file : seg0.filter(p -> p.toString().endsWith(".dat")).toList()) {
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    if (f.length() > 6000) {
                        f.seek(6000);
                        f.write(new byte[512]);
                    }
                }
            }
        }
        JsonNode damaged = diagnose(1);
        assertThat(damaged.get("database").get("status").asText()).isEqualTo("ATTENTION");
        assertThat(damaged.get("database").get("integrity").asText()).isEqualTo("DAMAGED");
        assertThat(List.of(damaged.get("version").get("application").asText())).doesNotContain("");
    }

    /** The schema version a new station has: the newest migration the product ships. */
    private static String newestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return Integer.toString(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        }
    }
}
