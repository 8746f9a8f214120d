package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.CommandLines.Run;
import org.residencedesk.cli.SyncCommand;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.TestCertificates;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.sync.SyncStatusViewModel;
import org.residencedesk.ui.sync.SyncViewModel;

/**
 * Issue 13, ADR 0375: over real loopback HTTPS with mutual TLS, a station whose client certificate was issued to
 * another station (CN 420111009999, configured as 420111002001) is refused by the simulator with 403
 * {@code STATION_MISMATCH}; the client tells it in one Chinese message — {@code sync --once} exits 7 with it on stderr
 * after one request (never retried), {@code sync --status}, the status bar and the 同步 screen show it — and nothing
 * reaches the platform.
 */
class StationCertificateMismatchTest {
    static final String OTHER = "420111009999";
    static final String MESSAGE = "省级平台拒绝了本站的请求：本站的客户端证书是签发给另一个站点的，与本站代码 420111002001 不符"
            + "。事件保留在本地，不会自动重发；请管理员在 系统设置 → 平台 中换用本站自己的证书"
            + "（platform.keystore）后再同步。";
    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    @TempDir
    Path folder;

    @Test
    void aCertificateOfAnotherStationIsRefusedOnceAndToldInOneChineseMessage() throws Exception {
        Path data = folder.resolve("station");
        Path keys = folder.resolve("station-keys");
        try (AppContext ctx = TestStation.open(data, keys, clock)) {
            ctx.transactions().run(() -> {
                for (int i = 0; i < 2; i++) {
                    ctx.outbox().append(new PendingEvent(EventType.REGISTRATION_CREATED, "admin", "REGISTRATION",
                            "R-" + i, Map.of("n", i)));
                }
            });
        }
        // the province's PKI, but the station's certificate is the one issued to station 420111009999
        TestCertificates.Pki pki = TestCertificates.create(folder.resolve("pki"), "省厅", OTHER);
        try (PlatformSimulator sim = PlatformSimulator.start(folder.resolve("sim"), 0, pki.serverTls(pki.caTruststore()),
                new Faults(7), null, clock)) {
            HttpClient raw = HttpClient.newBuilder().sslContext(PlatformSimulator.serverTls(pki.clientKeystore(),
                    TestCertificates.PASSWORD.toCharArray(), pki.caTruststore())).build();
            HttpResponse<String> refused = cursor(raw, sim, TestStation.CODE);
            assertThat(refused.statusCode()).isEqualTo(403);
            JsonNode body = new ObjectMapper().readTree(refused.body());
            assertThat(body.path("code").asText()).isEqualTo("STATION_MISMATCH");
            assertThat(body.path("message").asText()).isEqualTo("客户端证书属于站点 420111009999，与请求的站点代码 420111002001 不符");
            HttpResponse<String> own = cursor(raw, sim, OTHER);
            assertThat(own.statusCode()).as("the same certificate speaking for its own station").isEqualTo(200);
            assertThat(own.body()).isEqualTo("{\"lastAcceptedSeq\":0}");

            Files.writeString(data.resolve("platform.properties"), "platform.url=" + sim.url() + "\nplatform.keystore="
                    + pki.clientKeystore() + "\nplatform.keystorePasswordFile=" + pki.passwordFile()
                    + "\nplatform.truststore=" + pki.caTruststore() + "\n");
            String[] login = {"--operator", TestStation.ADMIN, "--password-file",
                    PasswordFiles.write(folder, "admin.txt", TestStation.ADMIN_PASSWORD).toString()};
            long before = sim.requests();
            Run once = CommandLines.run(data, clock, args("--once", login));
            assertThat(once.exitCode()).as(once.err()).isEqualTo(SyncCommand.EXIT_PLATFORM_REFUSED);
            assertThat(once.err().strip()).isEqualTo(MESSAGE);
            assertThat(sim.requests() - before).as("refused once, not retried").isEqualTo(1);
            assertThat(sim.state().events(TestStation.CODE)).isEmpty();
            assertThat(sim.state().events(OTHER)).isEmpty();

            Run status = CommandLines.run(data, clock, args("--status", login));
            assertThat(status.exitCode()).isZero();
            assertThat(status.err().strip()).isEqualTo(MESSAGE);
            assertThat(sim.requests() - before).as("--status does not ask the platform").isEqualTo(1);
        }
        try (AppContext ctx = AppContext.openForTests(data, keys, TestMasterData.shared(), clock)) {
            Operator admin = TestOperators.signIn(ctx, "zhanzhang", "李强", Role.CHIEF);
            SyncStatusViewModel bar = new SyncStatusViewModel(ctx.syncOverview(), admin, clock, BackgroundWork.inline());
            bar.refresh();
            long backlog = ctx.sync().status(admin).backlog();
            assertThat(bar.text().get()).isEqualTo("平台同步：被平台拒绝（自 2026-11-28 09:15 起），待上传 " + backlog
                    + " 条——" + MESSAGE);
            assertThat(bar.warning().get()).isTrue();
            SyncViewModel screen = new SyncViewModel(ctx.sync(), ctx.syncOverview(), admin, clock,
                    BackgroundWork.inline());
            screen.refresh();
            assertThat(screen.state.get()).isEqualTo("离线（自 2026-11-28 09:15 起）：" + MESSAGE);
            assertThat(screen.history).extracting(SyncViewModel.HistoryRow::message).containsExactly(MESSAGE);
        }
    }

    private static HttpResponse<String> cursor(HttpClient raw, PlatformSimulator sim, String station)
            throws Exception {
        return raw.send(HttpRequest.newBuilder(URI.create(sim.url() + "api/v1/stations/" + station + "/cursor"))
                .header("X-Station-Code", station).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String[] args(String mode, String[] login) {
        String[] all = new String[2 + login.length];
        all[0] = "sync";
        all[1] = mode;
        System.arraycopy(login, 0, all, 2, login.length);
        return all;
    }
}
