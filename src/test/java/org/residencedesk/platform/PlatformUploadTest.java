package org.residencedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.RejectedEvent;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.platformsim.StoredEvent;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.service.Operator;
import org.residencedesk.service.sync.SyncOutcome;
import org.residencedesk.service.sync.SyncReport;
import org.residencedesk.service.sync.SyncService;
import org.residencedesk.testing.TestCertificates;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * The uploader against the platform simulator over real loopback HTTPS (mutual TLS, certificates generated here)
 * and HTTP (issue 13 "Tests that must exist"): nothing lost, nothing twice, in order, whatever the platform does.
 */
class PlatformUploadTest {
    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    final List<Duration> waits = new ArrayList<>();
    @TempDir
    Path dataDir;
    @TempDir
    Path simState;
    @TempDir
    Path pkiDir;

    @Test
    void tenThousandEventsThroughRefusalsAndDroppedAnswersArriveOnceInOrder() throws Exception {
        TestCertificates.Pki pki = TestCertificates.create(pkiDir, "省厅", TestStation.CODE);
        Faults faults = new Faults(20261128).refusePercent(20).dropAfterStorePercent(20).retryAfterSeconds(2);
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, pki.serverTls(pki.caTruststore()), faults,
                null, clock);
             AppContext ctx = TestStation.open(dataDir, clock)) {
            SyncFixture.configureHttps(dataDir, sim, pki, pki.caTruststore());
            SyncFixture.queue(ctx, 10_000, EventType.REGISTRATION_CREATED);
            SyncService sync = SyncFixture.service(ctx, SyncFixture.client(dataDir), waits, clock);
            int runs = 0;
            int uploaded = 0;
            int duplicates = 0;
            SyncReport last;
            do {
                last = sync.runAsStation("test");
                uploaded += last.uploaded();
                duplicates += last.duplicates();
                runs++;
            } while (last.backlog() > 0 && runs < 100);

            assertThat(last.outcome()).isEqualTo(SyncOutcome.OK);
            assertThat(last.backlog()).isZero();
            assertThat(last.lastAcceptedSeq()).isEqualTo(10_000L);
            assertThat(SyncFixture.seqs(sim)).containsExactlyElementsOf(LongStream.rangeClosed(1, 10_000).boxed().toList());
            assertThat(sim.state().events(TestStation.CODE)).extracting(StoredEvent::eventId)
                    .containsExactlyElementsOf(localEventIds(ctx));
            assertThat(sim.state().events(TestStation.CODE)).extracting(StoredEvent::status).containsOnly("ACCEPTED");
            // dropped answers come back as DUPLICATE: every event was acknowledged exactly once in the counts
            assertThat(uploaded + duplicates).isGreaterThanOrEqualTo(10_000);
            assertThat(uploaded).isLessThanOrEqualTo(10_000);
            assertThat(duplicates).as("dropped answers were resent and recognised").isPositive();
            assertThat(waits).as("refusals made the uploader back off, at least Retry-After")
                    .isNotEmpty().anyMatch(d -> d.compareTo(Duration.ofSeconds(2)) >= 0);
            assertThat(sim.maxInFlight()).isLessThanOrEqualTo(2);
            assertThat(sim.lastHeaders()).containsEntry("x-station-code", TestStation.CODE)
                    .containsEntry("x-client-version", "test-1.0");
        }
    }

    @Test
    void aRejectedEventDoesNotBlockTheNextOnesAndIsListedWithThePlatformsMessage() {
        Faults faults = SyncFixture.noFaults().rejectType(EventType.EMPLOYER_REGISTERED.name());
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, null, faults, null, clock);
             AppContext ctx = TestStation.open(dataDir, clock)) {
            SyncFixture.configureHttp(dataDir, sim);
            SyncFixture.queue(ctx, 3, EventType.REGISTRATION_CREATED);
            SyncFixture.queue(ctx, 1, EventType.EMPLOYER_REGISTERED);
            SyncFixture.queue(ctx, 3, EventType.REGISTRATION_CREATED);
            SyncService sync = SyncFixture.service(ctx, SyncFixture.client(dataDir), waits, clock);

            SyncReport report = sync.runAsStation("test");

            assertThat(report.outcome()).isEqualTo(SyncOutcome.OK);
            assertThat(report.uploaded()).isEqualTo(6);
            assertThat(report.rejected()).isEqualTo(1);
            assertThat(report.backlog()).isZero();
            assertThat(report.lastAcceptedSeq()).isEqualTo(7);
            Operator chief = TestOperators.signIn(ctx, "zhanzhang", "站长", Role.CHIEF);
            List<RejectedEvent> rejected = sync.rejected(chief, 10);
            assertThat(rejected).hasSize(1);
            assertThat(rejected.get(0).event().seq()).isEqualTo(4);
            assertThat(rejected.get(0).error()).isEqualTo("平台拒绝此类事件（模拟）：EMPLOYER_REGISTERED");
            // the fixture names records R-0, R-1, …: seq 5 is R-0's next event, its correction, accepted (ADR 0307)
            assertThat(rejected.get(0).correctionSeq()).isEqualTo(5L);
            assertThat(rejected.get(0).corrected()).isTrue();
            assertThat(sim.state().events(TestStation.CODE)).extracting(StoredEvent::status)
                    .containsExactly("ACCEPTED", "ACCEPTED", "ACCEPTED", "REJECTED", "ACCEPTED", "ACCEPTED", "ACCEPTED");
            assertThat(sync.history(chief, 5)).extracting(r -> r.outcome() + "/" + r.uploaded() + "/" + r.rejected())
                    .containsExactly("OK/6/1");
        }
    }

    @Test
    void aConflictStopsUploadingAndRaisesAnAlertUntilItIsCleared(@TempDir Path otherStation) {
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, null, SyncFixture.noFaults(), null, clock)) {
            try (AppContext first = TestStation.open(otherStation, clock)) {
                SyncFixture.configureHttp(otherStation, sim);
                SyncFixture.queue(first, 5, EventType.REGISTRATION_CREATED);
                assertThat(SyncFixture.service(first, SyncFixture.client(otherStation), waits, clock)
                        .runAsStation("test").uploaded()).isEqualTo(5);
            }
            // a reinstalled station under the same code numbers new events from 1 before it ever synced
            try (AppContext ctx = TestStation.open(dataDir, clock)) {
                SyncFixture.configureHttp(dataDir, sim);
                SyncFixture.queue(ctx, 3, EventType.REGISTRATION_CREATED);
                SyncService sync = SyncFixture.service(ctx, SyncFixture.client(dataDir), waits, clock);

                SyncReport report = sync.runAsStation("test");

                assertThat(report.outcome()).isEqualTo(SyncOutcome.STOPPED);
                assertThat(report.message()).isEqualTo(
                        "平台报告序号 1 的事件与平台已存的事件不同（编号冲突）。已停止上传，请联系管理员核查后解除告警。");
                assertThat(report.backlog()).isEqualTo(3);
                long requests = sim.requests();
                SyncReport again = sync.runAsStation("test");
                assertThat(again.outcome()).isEqualTo(SyncOutcome.STOPPED);
                assertThat(sim.requests()).as("a stopped uploader does not contact the platform").isEqualTo(requests);
                Operator admin = TestOperators.signIn(ctx, "guanli", "管理员", Role.ADMIN);
                assertThat(sync.alert(admin)).get().extracting(a -> a.kind() + "@" + a.seq()).isEqualTo("CONFLICT@1");
                assertThat(sync.status(admin).outcome()).isEqualTo(SyncOutcome.STOPPED);
                assertThat(sync.clearAlert(admin)).isTrue();
                assertThat(sync.alert(admin)).isEmpty();
                assertThat(SyncFixture.seqs(sim)).containsExactly(1L, 2L, 3L, 4L, 5L);
            }
        }
    }

    @Test
    void aServerWithAWrongCertificateIsRefusedWithAClearMessage(@TempDir Path otherPki) {
        TestCertificates.Pki province = TestCertificates.create(pkiDir, "省厅", TestStation.CODE);
        TestCertificates.Pki impostor = TestCertificates.create(otherPki, "冒充", TestStation.CODE);
        // the server presents the impostor's certificate (it would accept the station's)
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, impostor.serverTls(province.caTruststore()),
                SyncFixture.noFaults(), null, clock);
             AppContext ctx = TestStation.open(dataDir, clock)) {
            SyncFixture.configureHttps(dataDir, sim, province, province.caTruststore());
            SyncFixture.queue(ctx, 2, EventType.REGISTRATION_CREATED);
            SyncReport report = SyncFixture.service(ctx, SyncFixture.client(dataDir), waits, clock).runAsStation("test");

            assertThat(report.outcome()).isEqualTo(SyncOutcome.REFUSED);
            assertThat(report.message()).isEqualTo("省级平台的服务器证书不是本省平台签发的，已拒绝连接（可能连接到了错误或冒充的服务器）。"
                    + "请管理员核对 platform.url 和平台根证书库。");
            assertThat(report.backlog()).isEqualTo(2);
            assertThat(waits).as("a refused certificate is not retried").isEmpty();
            assertThat(sim.state().events(TestStation.CODE)).isEmpty();
        }
    }

    @Test
    void aStationWithoutTheProvincesClientCertificateIsRefusedWithAClearMessage(@TempDir Path otherPki) {
        TestCertificates.Pki province = TestCertificates.create(pkiDir, "省厅", TestStation.CODE);
        TestCertificates.Pki stranger = TestCertificates.create(otherPki, "外来", TestStation.CODE);
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, province.serverTls(province.caTruststore()),
                SyncFixture.noFaults(), null, clock);
             AppContext ctx = TestStation.open(dataDir, clock)) {
            // the station trusts the province, but its own certificate comes from another CA
            SyncFixture.configureHttps(dataDir, sim, stranger, province.caTruststore());
            SyncFixture.queue(ctx, 2, EventType.REGISTRATION_CREATED);
            SyncService sync = SyncFixture.service(ctx, SyncFixture.client(dataDir), waits, clock);
            long started = System.nanoTime();
            SyncReport report = sync.runAsStation("test");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // the platform closes the handshake at once: told without waiting for the 20 s request timeout (ADR 0274)
            assertThat(took).isLessThan(Duration.ofSeconds(15));
            assertThat(waits).as("a refused certificate is not retried").isEmpty();
            assertThat(report.outcome()).isEqualTo(SyncOutcome.REFUSED);
            assertThat(report.message()).isEqualTo(
                    "省级平台拒绝了本站的客户端证书（证书缺失、过期或不是本省签发）。请管理员核对 platform.keystore。");
            assertThat(sim.state().events(TestStation.CODE)).isEmpty();
        }
    }

    @Test
    void theSimulatorServesEveryEndpointOfTheContract(@TempDir Path feed) throws Exception {
        java.nio.file.Files.createDirectories(feed.resolve(TestStation.CODE));
        java.nio.file.Files.writeString(feed.resolve(TestStation.CODE).resolve("001.json"),
                "{\"type\":\"NOTICE\",\"payload\":{\"text\":\"系统维护\"}}");
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, null, SyncFixture.noFaults(), feed, clock);
             AppContext ctx = TestStation.open(dataDir, clock)) {
            SyncFixture.configureHttp(dataDir, sim);
            PlatformClient client = SyncFixture.client(dataDir);
            assertThat(client.time().toInstant()).isEqualTo(clock.instant());
            assertThat(client.cursor()).isZero();
            var page = client.inbox(0, 100);
            assertThat(page.messages()).extracting(m -> m.cursor() + ":" + m.type() + ":" + m.payload().get("text"))
                    .containsExactly("1:NOTICE:系统维护");
            client.acknowledgeInbox(1);
            assertThat(client.inbox(0, 100).messages()).isEmpty();
            assertThat(sim.state().acknowledgedInbox(TestStation.CODE)).isEqualTo(1);
            assertThat(client.masterData("sex").version()).isZero();
            assertThat(client.personRecords("420111199001011234").records()).isEmpty();
        }
    }

    private static List<String> localEventIds(AppContext ctx) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = ctx.database().openConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT EVENT_ID, STATUS FROM OUTBOX_EVENT ORDER BY SEQ")) {
            while (rs.next()) {
                assertThat(rs.getString(2)).isIn("ACCEPTED", "DUPLICATE");
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
