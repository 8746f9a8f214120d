package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.FileAppender;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.service.StationSetup;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.slf4j.LoggerFactory;

/**
 * The application log holds no personal data (README, docs/decisions/0254): after a realistic counter day —
 * station set-up, three registrations, a sign-in with an ID number typed as the login, a wrong password, the
 * {@code id-check} and {@code diagnose} commands, a restart — what the day added to the rolling log file
 * contains no ID number (any 18-character one), no name and no mobile number of the persons.
 */
class LogPrivacyTest {
    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");

    @TempDir
    Path temp;

    @Test
    void aCounterDayLeavesNoIdNumberNameOrPhoneInTheLog() throws Exception {
        Path dataDir = temp.resolve("station");
        // the product's logging (ProductLogging), writing into the data folder as Main arranges; the tests' own afterwards
        String previous = System.getProperty("residencedesk.logdir");
        System.setProperty("residencedesk.logdir", DataDirectory.logs(dataDir).toString());
        ProductLogging.apply((LoggerContext) LoggerFactory.getILoggerFactory());
        try {
            counterDay(dataDir);
        } finally {
            configure("/logback-test.xml");
            if (previous == null) {
                System.clearProperty("residencedesk.logdir");
            } else {
                System.setProperty("residencedesk.logdir", previous);
            }
        }
    }

    private void counterDay(Path dataDir) throws Exception {
        Path log = logFile();
        assertThat(log).isEqualTo(DataDirectory.logs(dataDir).resolve("residence-desk.log"));
        long before = Files.exists(log) ? Files.size(log) : 0;
        Path keyDir = temp.resolve("station-keys");
        List<String> secrets;
        org.residencedesk.testing.StationTemplate.seed(dataDir, keyDir); // a copy of the migrated template (ADR 0361)
        try (AppContext ctx = AppContext.openForTests(dataDir, keyDir, TestMasterData.shared(), clock)) {
            ctx.stationSetup().setUp(new StationSetup("420111002001", "关山街道流动人口服务站", "420111002",
                    "武汉市公安局洪山分局", "zhanzhang", "站长", "Station#2026".toCharArray(), "Station#2026".toCharArray()));
            secrets = BackupRestoreTest.registerPersons(ctx);
            String idAsLogin = secrets.get(0);
            assertThatThrownBy(() -> ctx.authentication().login(idAsLogin, "wrong".toCharArray()))
                    .isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> ctx.authentication().login("zhanzhang", secrets.get(3).toCharArray()))
                    .isInstanceOf(RuntimeException.class);
        }
        assertThat(CommandLines.run(dataDir, clock, "id-check", secrets.get(0)).exitCode()).isZero();
        CommandLines.run(dataDir, clock, "diagnose");
        try (AppContext ctx = AppContext.openForTests(dataDir, keyDir, TestMasterData.shared(), clock)) {
            assertThat(ctx.audit().verify().ok()).isTrue();
        }

        String day = tail(log, before);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(log)))
                .isEqualTo("rw-------");
        assertThat(day).as("the flow wrote to the log").contains("database ready in");
        assertThat(day).doesNotContainPattern("[1-9][0-9]{5}(19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9Xx]");
        for (String secret : secrets) {
            assertThat(day).doesNotContain(secret);
        }
    }

    private static void configure(String resource) throws Exception {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        logback.reset();
        ch.qos.logback.classic.joran.JoranConfigurator joran = new ch.qos.logback.classic.joran.JoranConfigurator();
        joran.setContext(logback);
        joran.doConfigure(LogPrivacyTest.class.getResource(resource));
    }

    /** The rolling appender's current file (the data folder's logs/ in production, a temp folder in tests). */
    private static Path logFile() {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        FileAppender<?> file = (FileAppender<?>) logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        return Path.of(file.getFile());
    }

    private static String tail(Path log, long from) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long start = from <= f.length() ? from : 0; // rolled over meanwhile: the new file is the day's
            byte[] bytes = new byte[(int) (f.length() - start)];
            f.seek(start);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
