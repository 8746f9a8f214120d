package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.testing.FileTrees;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.port.StationLockedException;
import org.residencedesk.port.StationLockedException.Reason;
import org.residencedesk.service.StationSetup;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.PlaintextScan;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * What someone with a shell on the counter PC, or a copy of its disk, finds in the data folder: real Derby,
 * persons written through the registration service, then the raw bytes and file modes.
 */
class EncryptionAtRestTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");

    @TempDir
    Path dataDir;
    @TempDir
    Path keyDir;
    @TempDir
    Path elsewhere;

    private AppContext open(Path data, Path keys) {
        return AppContext.openForTests(data, keys, org.residencedesk.testing.TestMasterData.shared(), CLOCK);
    }

    private AppContext openStation() {
        AppContext ctx = open(dataDir, keyDir);
        ctx.stationSetup().setUp(new StationSetup(TestStation.CODE, "关山街道流动人口服务站", "420111002", "武汉市公安局洪山分局",
                TestStation.ADMIN, "站长", TestStation.ADMIN_PASSWORD.toCharArray(),
                TestStation.ADMIN_PASSWORD.toCharArray()));
        return ctx;
    }

    /** Registers three people and keeps a draft of a fourth; returns every name, ID number and phone used. */
    private static List<String> storePersons(AppContext ctx) {
        String[][] people = {
                {IdNumbers.citizen("420106", "19900315", 123), "欧阳春晓", "1", "1990-03-15", "13712345601"},
                {IdNumbers.citizen("420102", "19851201", 224), "司马秋菊", "2", "1985-12-01", "13712345602"},
                {IdNumbers.citizen("420111", "20000229", 335), "诸葛明远", "1", "2000-02-29", "13712345603"}};
        List<String> secrets = new ArrayList<>();
        for (String[] p : people) {
            FormValues v = RegistrationFixture.valid().toBuilder().set("idNumber", p[0]).set("name", p[1])
                    .set("sex", p[2]).set("birthDate", p[3]).set("mobile", p[4]).set("operator", "")
                    .set("registrationDate", "").set("registrationNumber", "").build();
            ctx.registration().register(TestOperators.windowStaff(ctx), v);
            secrets.addAll(List.of(p[0], p[1], p[4]));
        }
        String draftId = IdNumbers.citizen("420103", "19770707", 446);
        ctx.drafts().save("registration-new", "{\"name\":\"慕容雪松\",\"idNumber\":\"" + draftId
                + "\",\"mobile\":\"13712345604\"}");
        secrets.addAll(List.of(draftId, "慕容雪松", "13712345604"));
        return secrets;
    }

    @Test
    void theRawDataFolderHoldsNoNameIdNumberOrPhone() {
        List<String> secrets;
        try (AppContext ctx = openStation()) {
            secrets = storePersons(ctx);
        }
        try (AppContext ctx = open(dataDir, keyDir)) {
            // The data is there and readable through the application...
            assertThat(ctx.registration().activeRegistrationOf(TestOperators.windowStaff(ctx), secrets.get(0)))
                    .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("欧阳春晓"));
            assertThat(ctx.drafts().load("registration-new")).hasValueSatisfying(d -> assertThat(d).contains("慕容雪松"));
        }
        // ...and nowhere in the bytes on disk: db/seg0, db/log, drafts, logs; Derby writes no derby.log there.
        assertThat(PlaintextScan.findings(dataDir, secrets)).isEmpty();
        assertThat(dataDir.resolve("derby.log")).doesNotExist();
        assertThat(dataDir.resolve("db").resolve("seg0")).isDirectory();
        assertThat(dataDir.resolve("drafts").resolve("registration-new.json")).isRegularFile();
    }

    @Test
    void theScanFindsWhatIsThere() throws IOException {
        // The scan itself: Derby-style modified UTF-8 and UTF-16 copies of a name are found.
        Path f = Files.createDirectories(elsewhere.resolve("probe")).resolve("bytes");
        byte[] utf16 = "诸葛明远".getBytes(StandardCharsets.UTF_16LE);
        byte[] content = new byte[utf16.length + 4];
        System.arraycopy(utf16, 0, content, 2, utf16.length);
        Files.write(f, content);
        assertThat(PlaintextScan.findings(elsewhere, List.of("诸葛明远", "13712345603")))
                .containsExactly("probe/bytes: 诸葛明远 (UTF-16LE)");
    }

    @Test
    void theDataFolderIsOwnerOnly() throws IOException {
        try (AppContext ctx = openStation()) {
            storePersons(ctx);
        }
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dataDir)) {
            for (Path p : all.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
                if (!mode.equals(expected)) {
                    wrong.add(dataDir.relativize(p) + " " + mode);
                }
            }
        }
        assertThat(wrong).isEmpty();
        try (Stream<Path> keys = Files.list(keyDir)) {
            Path keyFile = keys.filter(p -> p.toString().endsWith(".key")).findFirst().orElseThrow();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        }
        assertThat(Files.readString(dataDir.resolve("database.id")).trim())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void aCopiedDataFolderDoesNotOpenWithoutItsKey() throws IOException {
        try (AppContext ctx = openStation()) {
            storePersons(ctx);
        }
        Path copy = elsewhere.resolve("copy");
        FileTrees.copy(dataDir, copy);
        Path emptyKeys = elsewhere.resolve("other-pc-keys");
        String id = Files.readString(copy.resolve("database.id")).trim();

        assertThatThrownBy(() -> open(copy, emptyKeys))
                .isInstanceOfSatisfying(StationLockedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.KEY_MISSING);
                    assertThat(e.userMessage()).isEqualTo("数据目录已加密，但本机没有它的密钥文件（"
                            + emptyKeys.resolve(id + ".key") + "），无法打开。请在原工作站上使用本数据目录，或由管理员恢复密钥文件。");
                });
        // Refusing created no key on the way: the next attempt is refused the same.
        assertThat(emptyKeys.resolve(id + ".key")).doesNotExist();
        // With its key the copy opens: the key, not the place, is what unlocks it.
        try (AppContext ctx = open(copy, keyDir)) {
            assertThat(ctx.stationSetup().isSetUp()).isTrue();
        }
    }

    @Test
    void anotherKeyIsRefusedWithAMessage() throws IOException {
        try (AppContext ctx = openStation()) {
            assertThat(ctx.stationSetup().isSetUp()).isTrue();
        }
        String id = Files.readString(dataDir.resolve("database.id")).trim();
        Path keyFile = keyDir.resolve(id + ".key");
        byte[] other = new byte[32];
        new java.security.SecureRandom().nextBytes(other);
        Files.writeString(keyFile, "residence-desk boot secret v1\n" + Base64.getEncoder().encodeToString(other) + "\n");

        assertThatThrownBy(() -> open(dataDir, keyDir))
                .isInstanceOfSatisfying(StationLockedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.KEY_WRONG);
                    assertThat(e.userMessage()).isEqualTo("密钥与数据目录不匹配，无法打开数据库（密钥文件：" + keyFile
                            + "）。请确认数据目录和密钥文件来自同一工作站。");
                });
    }

    @Test
    void aKeyFileOthersCanReadIsRefused() throws IOException {
        try (AppContext ctx = openStation()) {
            assertThat(ctx.stationSetup().isSetUp()).isTrue();
        }
        String id = Files.readString(dataDir.resolve("database.id")).trim();
        Path keyFile = keyDir.resolve(id + ".key");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> open(dataDir, keyDir))
                .isInstanceOfSatisfying(StationLockedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.KEY_UNSAFE));
    }
}
