package org.residencedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.port.platform.ConnectionReport;
import org.residencedesk.port.platform.ConnectionReport.Check;
import org.residencedesk.port.platform.ConnectionReport.Step;
import org.residencedesk.port.platform.PlatformSettings;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.TestCertificates;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * 系统设置 → 平台 below the screen (ADRs 0271, 0272): settings checked by the station's own rules, written owner-only
 * and picked up by the running station without a restart; 连接测试 step by step against the simulator over real
 * mutual TLS.
 */
class PlatformSettingsTest {
    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    @TempDir
    Path dataDir;
    @TempDir
    Path simState;
    @TempDir
    Path pkiDir;
    AppContext ctx;
    Operator admin;

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, clock);
        admin = TestOperators.signIn(ctx, "xitong", "系统管理员", Role.ADMIN);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    static PlatformSettings https(PlatformSimulator sim, TestCertificates.Pki station, Path truststore) {
        return new PlatformSettings(sim.url().toString(), station.clientKeystore().toString(),
                station.passwordFile().toString(), truststore.toString(), "");
    }

    @Test
    void aRefusedValueIsNamedBesideItsKeyAndNothingIsWritten() {
        assertThatThrownBy(() -> ctx.platformSettings().save(admin,
                new PlatformSettings("http://192.0.2.10/", "", "", "", "")))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages()).isEqualTo(Map.of(
                        "platform.url", "平台配置 platform.url 使用了不加密的 http：http://192.0.2.10/。只有本机回环地址"
                                + "（127.0.0.1、localhost）可以使用 http，其他地址必须使用 https。")));
        assertThatThrownBy(() -> ctx.platformSettings().save(admin,
                new PlatformSettings("http://127.0.0.1:9/", "", "", "", "0")))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages()).isEqualTo(Map.of(
                        "platform.intervalMinutes", "平台配置 platform.intervalMinutes 应为 1 到 1440 之间的整数分钟，实际为：0")));
        assertThat(dataDir.resolve("platform.properties")).doesNotExist();
        assertThat(ctx.platformSettings().current(admin)).isEqualTo(PlatformSettings.none());
    }

    @Test
    void savedSettingsAreOwnerOnlyAuditedAndUsedWithoutARestart() throws Exception {
        TestCertificates.Pki province = TestCertificates.create(pkiDir, "省厅", TestStation.CODE);
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, province.serverTls(province.caTruststore()),
                SyncFixture.noFaults(), null, clock)) {
            assertThat(ctx.platform().configured()).isFalse();
            PlatformSettings settings = https(sim, province, province.caTruststore());

            ctx.platformSettings().save(admin, settings);

            Path file = dataDir.resolve("platform.properties");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(ctx.platformSettings().current(admin)).isEqualTo(settings);
            try (var names = Files.list(dataDir)) {
                assertThat(names.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".platform-"));
            }
            assertThat(ctx.platform().configured()).as("the running station read the new file").isTrue();
            assertThat(ctx.platform().cursor()).isZero();
            assertThat(ctx.audit().list(TestOperators.signIn(ctx, "shenji", "审计", Role.CHIEF),
                    java.time.LocalDate.of(2026, 11, 28), java.time.LocalDate.of(2026, 11, 28), "xitong"))
                    .extracting(e -> e.action()).contains(AuditAction.PLATFORM_SETTINGS_CHANGED);
        }
    }

    @Test
    void theConnectionTestReportsEveryStepInChinese() {
        TestCertificates.Pki province = TestCertificates.create(pkiDir.resolve("p"), "省厅", TestStation.CODE);
        TestCertificates.Pki stranger = TestCertificates.create(pkiDir.resolve("s"), "外来", TestStation.CODE);
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, province.serverTls(province.caTruststore()),
                SyncFixture.noFaults(), null, Clock.offset(clock, Duration.ofSeconds(20)))) {
            String where = "127.0.0.1:" + sim.url().getPort();
            ConnectionReport ok = ctx.platformSettings().test(admin, https(sim, province, province.caTruststore()));
            assertThat(ok.steps()).containsExactly(
                    new Step(Check.CONFIGURATION, true, "配置正确：地址有效，证书文件和密码文件可以打开。"),
                    new Step(Check.NETWORK, true, "网络连通：已连接 " + where + "（127.0.0.1）。"),
                    new Step(Check.SERVER_CERTIFICATE, true, "服务器证书正确：由本省平台根证书签发。"),
                    new Step(Check.CLIENT_CERTIFICATE, true, "平台接受了本站的客户端证书，并已应答。"),
                    new Step(Check.CLOCK, true, "本机时钟正常（与平台相差 20 秒）。"));
            assertThat(ok.passed()).isTrue();
            assertThat(ok.clockSkew()).contains(Duration.ofSeconds(20));

            ConnectionReport refused = ctx.platformSettings().test(admin,
                    https(sim, stranger, province.caTruststore()));
            assertThat(refused.passed()).isFalse();
            assertThat(refused.steps()).last().isEqualTo(new Step(Check.CLIENT_CERTIFICATE, false,
                    "省级平台拒绝了本站的客户端证书（证书缺失、过期或不是本省签发）。请管理员核对 platform.keystore。"));

            ConnectionReport impostor = ctx.platformSettings().test(admin,
                    https(sim, province, stranger.caTruststore()));
            assertThat(impostor.steps()).last().isEqualTo(new Step(Check.SERVER_CERTIFICATE, false,
                    "省级平台的服务器证书不是本省平台签发的，已拒绝连接（可能连接到了错误或冒充的服务器）。"
                            + "请管理员核对 platform.url 和平台根证书库。"));
        }
        // port 9 (discard) is closed on a test machine
        ConnectionReport offline = ctx.platformSettings().test(admin,
                new PlatformSettings("http://127.0.0.1:9/", "", "", "", ""));
        assertThat(offline.steps()).last().isEqualTo(new Step(Check.NETWORK, false,
                "域名解析正常（127.0.0.1），但无法连接 127.0.0.1:9。请检查网络、防火墙和平台端口。"));
    }
}
