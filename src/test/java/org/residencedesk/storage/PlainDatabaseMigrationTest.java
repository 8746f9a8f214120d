package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.testing.PlaintextScan;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;

/**
 * A station of the previous version, whose database, derby.log and drafts are plain, is started with this
 * version: the data is all there afterwards and no plaintext is left in the data folder.
 *
 * <p>{@code legacy/plain-station-2026-11.zip} was made by the code before encryption (commit 74f8f4f):
 * {@code TestStation.open} and three people registered through {@code RegistrationService} with the values
 * in {@link #PEOPLE}, plus a draft of the first one.
 */
class PlainDatabaseMigrationTest {
    /** ID number, name, mobile of the three people in the fixture. */
    static final String[][] PEOPLE = {
            {"420106199003151238", "欧阳春晓", "13712345601"},
            {"420102198512012244", "司马秋菊", "13712345602"},
            {"420111200002293353", "诸葛明远", "13712345603"}};

    @TempDir
    Path dataDir;
    @TempDir
    Path keyDir;

    @Test
    void aPlainStationIsEncryptedVerifiedAndSwappedOnFirstStart() throws IOException {
        unzip("/legacy/plain-station-2026-11.zip", dataDir);
        // What an earlier version could leave in derby.log: a failed statement with its parameters.
        Files.writeString(dataDir.resolve("derby.log"), "Failed Statement is: INSERT INTO PERSON ... begin parameter #1: "
                + PEOPLE[1][1] + " :end parameter", StandardCharsets.UTF_8);
        List<String> secrets = List.of(PEOPLE[0][0], PEOPLE[0][1], PEOPLE[0][2], PEOPLE[1][0], PEOPLE[1][1],
                PEOPLE[1][2], PEOPLE[2][0], PEOPLE[2][1], PEOPLE[2][2]);
        assertThat(PlaintextScan.findings(dataDir, secrets)).as("the fixture is plain")
                .anyMatch(f -> f.startsWith("db/seg0/")).anyMatch(f -> f.startsWith("drafts/"))
                .anyMatch(f -> f.startsWith("derby.log"));

        try (AppContext ctx = AppContext.openForTests(dataDir, keyDir, org.residencedesk.testing.TestMasterData.shared(),
                TestClock.at("2026-11-29T01:00:00Z"))) {
            for (String[] p : PEOPLE) {
                assertThat(ctx.registration().activeRegistrationOf(TestOperators.windowStaff(ctx), p[0])).hasValueSatisfying(r -> {
                    assertThat(r.name()).isEqualTo(p[1]);
                    assertThat(r.mobile()).isEqualTo(p[2]);
                });
            }
            long id = ctx.registration().activeRegistrationOf(TestOperators.windowStaff(ctx), PEOPLE[2][0]).orElseThrow().registrationId();
            assertThat(ctx.registration().open(TestOperators.windowStaff(ctx), id).values().get("name")).isEqualTo(PEOPLE[2][1]);
            assertThat(ctx.drafts().load("registration-draft")).hasValue("{\"name\":\"欧阳春晓\",\"idNumber\":\""
                    + PEOPLE[0][0] + "\",\"mobile\":\"13712345601\"}");
            assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().firstBrokenLink())).isEqualTo(-1);
        }

        assertThat(PlaintextScan.findings(dataDir, secrets)).isEmpty();
        assertThat(dataDir.resolve("db.plain")).doesNotExist();
        assertThat(dataDir.resolve("db.encrypting")).doesNotExist();
        assertThat(DerbyFiles.encrypted(dataDir.resolve("db"))).isTrue();
    }

    @Test
    void aSwapCutShortByAPowerFailureIsFinishedAtTheNextStart() throws IOException {
        unzip("/legacy/plain-station-2026-11.zip", dataDir);
        try (AppContext ctx = AppContext.openForTests(dataDir, keyDir, org.residencedesk.testing.TestMasterData.shared(),
                TestClock.at("2026-11-29T01:00:00Z"))) {
            assertThat(ctx.registration().activeRegistrationOf(TestOperators.windowStaff(ctx), PEOPLE[0][0])).isPresent();
        }
        // The state between the two renames: the verified copy beside the plain original, no db folder.
        Path db = dataDir.resolve("db");
        Files.move(db, dataDir.resolve("db.encrypting"));
        unzip("/legacy/plain-station-2026-11.zip", dataDir.resolve("unzipped"));
        Files.move(dataDir.resolve("unzipped").resolve("db"), dataDir.resolve("db.plain"));

        try (AppContext ctx = AppContext.openForTests(dataDir, keyDir, org.residencedesk.testing.TestMasterData.shared(),
                TestClock.at("2026-11-29T01:00:00Z"))) {
            assertThat(ctx.registration().activeRegistrationOf(TestOperators.windowStaff(ctx), PEOPLE[1][0]))
                    .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo(PEOPLE[1][1]));
        }
        assertThat(dataDir.resolve("db.plain")).doesNotExist();
        assertThat(dataDir.resolve("db.encrypting")).doesNotExist();
        assertThat(PlaintextScan.findings(db, List.of(PEOPLE[1][0], PEOPLE[1][1]))).isEmpty();
    }

    static void unzip(String resource, Path target) throws IOException {
        try (InputStream in = PlainDatabaseMigrationTest.class.getResourceAsStream(resource);
             ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out);
                }
            }
        }
    }
}
