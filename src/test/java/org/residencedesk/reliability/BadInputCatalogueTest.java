package org.residencedesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.CommandLines;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * Issue 18 item 6: every entry of {@code reliability/bad-inputs.tsv} through the real code path (the registration
 * service on a real Derby station, the collection import with real files, the command line through the real command
 * tree): the expected Chinese message or the stored value, nothing thrown, no partial record, and the same input a
 * second time is just as safe.
 */
class BadInputCatalogueTest {
    static final Clock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final String CATALOGUE = "/reliability/bad-inputs.tsv";

    @TempDir
    static Path dataDir;
    @TempDir
    static Path cliDir;
    @TempDir
    static Path files;
    static AppContext ctx;
    static Operator staff;
    static Operator grid;
    static CatalogueRunner runner;
    @TempDir
    static Path simState;
    @TempDir
    static Path inboxFeed;
    static org.residencedesk.platformsim.PlatformSimulator platform;

    @BeforeAll
    static void open() throws Exception {
        ctx = TestStation.open(dataDir, CLOCK);
        staff = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        grid = TestOperators.signIn(ctx, "liwei", "李伟", Role.GRID_WORKER);
        Path cliData = cliDir.resolve("data");
        String adminPw = PasswordFiles.write(files, "admin.txt", TestStation.ADMIN_PASSWORD).toString();
        CommandLines.Run setup = CommandLines.run(cliData, CLOCK, "setup", "--station-code", "420111002001",
                "--station-name", "关山街道流动人口服务站", "--division", "420111002",
                "--issuing-authority", "武汉市公安局洪山分局", "--admin-user", "admin", "--admin-password-file", adminPw);
        assertThat(setup.exitCode()).as(setup.err()).isZero();
        try (AppContext cliCtx = AppContext.open(cliData, cliData.resolveSibling(cliData.getFileName() + "-keys"),
                org.residencedesk.testing.TestMasterData.shared(), CLOCK)) {
            TestOperators.signIn(cliCtx, "wangfang", "王芳", Role.WINDOW_STAFF);
        }
        PasswordFiles.write(files, "staff.txt", TestOperators.PASSWORD);
        runner = new CatalogueRunner(ctx, staff, grid, cliData, files, CLOCK);
        platform = org.residencedesk.platformsim.PlatformSimulator.start(simState, 0, null,
                new org.residencedesk.platformsim.Faults(18), inboxFeed, CLOCK);
        Files.writeString(dataDir.resolve(org.residencedesk.platform.PlatformConfig.FILE),
                "platform.url=" + platform.url() + "\n");
        org.residencedesk.port.platform.PlatformClient client = org.residencedesk.platform.HttpPlatformClient.of(
                org.residencedesk.platform.PlatformConfig.load(dataDir).orElseThrow(), TestStation.CODE, "catalogue",
                java.time.Duration.ofSeconds(3), java.time.Duration.ofSeconds(20));
        runner.withFileInputs(new FileInputs(ctx, staff, files, CLOCK, inboxFeed, client));
    }

    @AfterAll
    static void close() {
        if (ctx != null) {
            ctx.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    static Stream<CatalogueEntry> entries() throws IOException {
        String only = System.getProperty("catalogue.only", ""); // id prefixes, e.g. K,O for a quick look
        return CatalogueEntry.load(CATALOGUE).stream()
                .filter(e -> only.isEmpty() || java.util.Arrays.stream(only.split(",")).anyMatch(e.id()::startsWith));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void endsInItsExpectedOutcomeTwiceWithoutAPartialRecord(CatalogueEntry entry) throws Exception {
        long before = runner.rowsOf(entry.area());
        String first = runner.run(entry, 1);
        long afterFirst = runner.rowsOf(entry.area());
        String second = runner.run(entry, 2);
        long afterSecond = runner.rowsOf(entry.area());
        if (Boolean.getBoolean("catalogue.discover")) {
            Files.writeString(Path.of("target", "catalogue-actual.tsv"), entry.id() + "\t" + first + "\t" + second + "\t"
                    + (afterFirst - before) + "\t" + (afterSecond - afterFirst) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            return;
        }
        assertThat(first).as("%s first run", entry).isEqualTo(entry.expected());
        assertThat(second).as("%s second run", entry).isEqualTo(entry.expectedAgain());
        assertThat(afterFirst - before).as("%s records added by the first run", entry).isEqualTo(entry.rowsAdded());
        assertThat(afterSecond).as("%s the second run adds nothing", entry).isEqualTo(afterFirst);
    }

    @Test
    void theCatalogueHoldsAtLeast150EntriesInEveryArea() throws IOException {
        List<CatalogueEntry> all = CatalogueEntry.load(CATALOGUE);
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all.stream().map(CatalogueEntry::id).distinct().count()).isEqualTo(all.size());
        List<String> areas = new ArrayList<>(all.stream().map(CatalogueEntry::area).distinct().sorted().toList());
        assertThat(areas).containsExactly("cli", "config", "form", "import", "inbox", "override", "photo");
    }
}
