package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.CommandLines.Run;
import org.residencedesk.cli.SyncCommand;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;

/**
 * {@code sync --once} and {@code sync --status} through the real command tree against the simulator over loopback
 * HTTP: the JSON of issue 13 item 7, the exit codes of the command's footer, Chinese on stderr.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncCommandLineTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;
    @TempDir
    static Path simState;

    static Run run(String... args) {
        return CommandLines.run(dataDir, CLOCK, args);
    }

    static String[] as(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--operator";
        all[args.length + 1] = "admin";
        all[args.length + 2] = "--password-file";
        all[args.length + 3] = PasswordFiles.write(files, "admin.txt", "Station#2026").toString();
        return all;
    }

    @Test
    @Order(1)
    void statusAndOnceWithoutAPlatformTellTheBacklogAndThatNothingIsConfigured() {
        Run setup = run("setup", "--station-code", "420111002001", "--station-name", "关山街道流动人口服务站",
                "--division", "420111002", "--issuing-authority", "武汉市公安局洪山分局", "--admin-user", "admin",
                "--admin-password-file", PasswordFiles.write(files, "admin.txt", "Station#2026").toString());
        assertThat(setup.exitCode()).as(setup.err()).isZero();
        try (AppContext ctx = AppContext.openForTests(dataDir, dataDir.resolveSibling(dataDir.getFileName() + "-keys"),
                TestMasterData.shared(), CLOCK)) {
            ctx.transactions().run(() -> {
                for (int i = 0; i < 5; i++) {
                    ctx.outbox().append(new PendingEvent(EventType.REGISTRATION_CREATED, "admin", "REGISTRATION",
                            "R-" + i, Map.of("n", i)));
                }
            });
        }

        Run status = run(as("sync", "--status"));
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out().strip()).isEqualTo("{\"uploaded\": 0, \"duplicates\": 0, \"rejected\": 0, \"backlog\": 5, "
                + "\"lastAcceptedSeq\": 0, \"inbox\": 0}");

        Run once = run(as("sync", "--once"));
        assertThat(once.exitCode()).isEqualTo(SyncCommand.EXIT_NOT_CONFIGURED);
        assertThat(once.err().strip()).isEqualTo("尚未配置省级平台（数据目录中没有 platform.properties），事件保留在本地待上传队列中。");
    }

    @Test
    @Order(2)
    void onceUploadsAndStatusThenShowsWhereThePlatformStands() throws Exception {
        // the platform has one notice for the station: the run applies it, and --status tells the last run's count
        Path feed = Files.createDirectories(simState.resolveSibling("feed").resolve("420111002001"));
        Files.writeString(feed.resolve("00001.json"),
                "{\"type\":\"NOTICE\",\"payload\":{\"title\":\"系统维护\",\"text\":\"今晚22时起平台维护\"}}");
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, null, new Faults(1), feed.getParent(), CLOCK)) {
            Files.writeString(dataDir.resolve("platform.properties"), "platform.url=" + sim.url() + "\n");
            Run once = run(as("sync", "--once"));
            assertThat(once.exitCode()).as(once.err()).isZero();
            // the five events and the audit chain's head (AUDIT_CHECKPOINT, ADR 0342)
            assertThat(once.out().strip()).isEqualTo("{\"uploaded\": 6, \"duplicates\": 0, \"rejected\": 0, "
                    + "\"backlog\": 0, \"lastAcceptedSeq\": 6, \"inbox\": 1}");
            assertThat(sim.state().lastAcceptedSeq("420111002001")).isEqualTo(6);
            assertThat(sim.state().events("420111002001").get(5).type()).isEqualTo("AUDIT_CHECKPOINT");
            Run afterOnce = run(as("sync", "--status"));
            assertThat(afterOnce.out().strip()).isEqualTo("{\"uploaded\": 6, \"duplicates\": 0, \"rejected\": 0, "
                    + "\"backlog\": 0, \"lastAcceptedSeq\": 6, \"inbox\": 1}");

            Run again = run(as("sync", "--once"));
            assertThat(again.exitCode()).as("running it twice is safe").isZero();
            // nothing of the business again; only the chain's new head (the first run's sign-in and entries)
            assertThat(again.out().strip()).isEqualTo("{\"uploaded\": 1, \"duplicates\": 0, \"rejected\": 0, "
                    + "\"backlog\": 0, \"lastAcceptedSeq\": 7, \"inbox\": 0}");
            assertThat(sim.state().events("420111002001")).extracting(e -> e.type()).containsExactly(
                    "REGISTRATION_CREATED", "REGISTRATION_CREATED", "REGISTRATION_CREATED", "REGISTRATION_CREATED",
                    "REGISTRATION_CREATED", "AUDIT_CHECKPOINT", "AUDIT_CHECKPOINT");
        }
        Run status = run(as("sync", "--status"));
        assertThat(status.exitCode()).isZero();
        assertThat(status.out().strip()).isEqualTo("{\"uploaded\": 1, \"duplicates\": 0, \"rejected\": 0, "
                + "\"backlog\": 0, \"lastAcceptedSeq\": 7, \"inbox\": 0}");
    }

    @Test
    @Order(3)
    void anUnreachablePlatformExitsNonZeroWithAChineseMessage() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        Files.writeString(dataDir.resolve("platform.properties"), "platform.url=http://127.0.0.1:" + port + "/\n");
        Run once = run(as("sync", "--once"));
        assertThat(once.exitCode()).isEqualTo(SyncCommand.EXIT_OFFLINE);
        assertThat(once.err().strip()).isEqualTo("无法连接省级平台（127.0.0.1:" + port + "）。事件保留在本地，稍后自动重试。");
        assertThat(once.out().strip()).contains("\"backlog\": 0");
    }

    @Test
    @Order(4)
    void plainHttpToAnotherHostIsRefusedAtStart() throws Exception {
        Files.writeString(dataDir.resolve("platform.properties"), "platform.url=http://10.1.2.3:8443/\n");
        Run once = run(as("sync", "--once"));
        assertThat(once.exitCode()).isEqualTo(SyncCommand.EXIT_NOT_CONFIGURED);
        assertThat(once.err().strip()).isEqualTo("平台配置 platform.url 使用了不加密的 http：http://10.1.2.3:8443/。"
                + "只有本机回环地址（127.0.0.1、localhost）可以使用 http，其他地址必须使用 https。");
    }
}
