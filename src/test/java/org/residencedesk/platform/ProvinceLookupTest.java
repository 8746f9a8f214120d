package org.residencedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.registration.ProvinceLookupModel;
import org.residencedesk.ui.registration.RegistrationViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.MovedFrom;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.service.sync.lookup.OtherStationRegistration;
import org.residencedesk.service.sync.lookup.ProvinceLookup;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestCertificates;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * 省级查询 for 换地登记 against the simulator over loopback HTTPS (issue 13 item 3, ADRs 0268, 0269): another station's
 * registration is found, pre-fills this station's registration, and the new REGISTRATION_CREATED names it; offline or
 * too slow, the counter gets the note 省级查询暂不可用 at once.
 */
class ProvinceLookupTest {
    static final String OTHER_STATION = "420102003001";
    static final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    @TempDir
    static Path dataDir;
    @TempDir
    static Path simState;
    @TempDir
    static Path pkiDir;
    static PlatformSimulator sim;
    static AppContext ctx;
    static Operator staff;

    @BeforeAll
    static void open() {
        TestCertificates.Pki pki = TestCertificates.create(pkiDir, "省厅", TestStation.CODE, OTHER_STATION);
        sim = PlatformSimulator.start(simState, 0, pki.serverTls(pki.caTruststore()), SyncFixture.noFaults(), null,
                clock);
        SyncFixture.configureHttps(dataDir, sim, pki, pki.caTruststore());
        ctx = TestStation.open(dataDir, clock);
        staff = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        ctx.close();
        sim.close();
    }

    @Test
    void aRegistrationElsewherePreFillsTheNewOneAndItsEventNamesThePreviousStation() throws Exception {
        String movedId = IdNumbers.citizen("420106", "19900315", 403);
        String otherNumber = registeredAtOtherStation(movedId, 401);

        ProvinceLookup.Result found = ctx.provinceLookup().lookUp(staff, movedId);
        assertThat(found.available()).isTrue();
        assertThat(found.note()).isEmpty();
        OtherStationRegistration earlier = found.latest().orElseThrow();
        assertThat(earlier.stationCode()).isEqualTo(OTHER_STATION);
        assertThat(earlier.registrationNumber()).isEqualTo(otherNumber);
        assertThat(earlier.active()).isTrue();
        FormValues prefill = earlier.prefill();
        assertThat(prefill.get("idNumber")).isEqualTo(movedId);
        assertThat(prefill.get("name")).isEqualTo("换地人");
        assertThat(prefill.get("hukouAddress")).isEqualTo("北京市朝阳区建国门外大街1号");
        assertThat(prefill.get("street")).as("the old address stays behind").isEmpty();
        assertThat(prefill.get("registrationNumber")).isEmpty();

        FormValues here = prefill.toBuilder().set("residenceDivision", "420111002003").set("street", "鲁磨路")
                .set("houseNumber", "388号").set("residenceType", "34").set("landlordName", "李四")
                .set("landlordIdNumber", "34052419800101001X").set("landlordPhone", "13900001111")
                .set("arrivalDate", "2026-11-27").set("intendedStay", "4").set("residenceReason", "01")
                .set("workplaceName", "武汉某物流有限公司").set("declarant", "self").set("channel", "counter")
                .set("privacyConsent", "true").build();
        Registered saved = ctx.registration().register(staff, here, new MovedFrom(earlier.stationCode(),
                earlier.registrationNumber()));

        OutboxEvent created = ctx.transactions().readOnly(() -> ctx.outbox().pending(10_000)).stream()
                .filter(e -> e.type() == EventType.REGISTRATION_CREATED
                        && e.aggregateId().equals(saved.registrationNumber())).findFirst().orElseThrow();
        assertThat(created.payloadJson()).contains("\"previousRegistration\":{\"stationCode\":\"" + OTHER_STATION
                + "\",\"registrationNumber\":\"" + otherNumber + "\"}");
    }

    @Test
    void offlineOrTooSlowTheCounterHearsTheLookupIsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        PlatformClient offline = new org.residencedesk.platform.HttpPlatformClient(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2)).build(), URI.create("http://127.0.0.1:" + closedPort + "/"),
                TestStation.CODE, "test", Duration.ofSeconds(2));
        ProvinceLookup.Result result = new ProvinceLookup(ctx.transactions(), ctx.auditLog(), offline,
                ctx.stations()).lookUp(staff, IdNumbers.citizen("420106", "19900315", 405));
        assertThat(result.available()).isFalse();
        assertThat(result.note()).isEqualTo("省级查询暂不可用");
        assertThat(result.registrations()).isEmpty();

        sim.faults().slowMillis(3_000);
        try {
            long started = System.nanoTime();
            ProvinceLookup.Result slow = new ProvinceLookup(ctx.transactions(), ctx.auditLog(),
                    SyncFixture.client(dataDir), ctx.stations(), 300).lookUp(staff,
                    IdNumbers.citizen("420106", "19900315", 407));
            assertThat(slow.note()).isEqualTo("省级查询暂不可用");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the counter is not held up")
                    .isLessThan(Duration.ofMillis(2_500));
        } finally {
            sim.faults().slowMillis(0);
        }
    }

    @Test
    void theRegistrationScreenLooksUpPreFillsAndSavesTheMove() throws Exception {
        String movedId = IdNumbers.citizen("420106", "19900315", 409);
        String otherNumber = registeredAtOtherStation(movedId, 411);
        RegistrationViewModel screen = new RegistrationViewModel(ctx.registration(), ctx.certificates(), ctx.printer(),
                ctx.printAudit(), staff, ctx.drafts(), ctx.formCodec(), ctx.clock(), BackgroundWork.inline());
        ProvinceLookupModel province = screen.useProvinceLookup(ctx.provinceLookup());
        screen.form().value("idNumber").set(movedId);
        province.lookUp();
        assertThat(province.noteProperty().get()).isEqualTo("省内其他服务站有 1 条登记，最近一条：" + OTHER_STATION
                + " 的 " + otherNumber + "（有效，2026-11-28 登记）");
        assertThat(province.canPrefillProperty().get()).isTrue();

        province.prefill();
        assertThat(screen.form().value("name").get()).isEqualTo("换地人");
        assertThat(screen.noticeProperty().get()).isEqualTo("换地登记：资料取自 " + OTHER_STATION + " 的登记 "
                + otherNumber + "，请填写本地居住地址；保存后由省级平台注销原登记");
        for (var e : Map.of("residenceDivision", "420111002003", "street", "鲁磨路", "houseNumber", "12号",
                "residenceType", "34", "landlordName", "李四", "landlordIdNumber", "34052419800101001X",
                "landlordPhone", "13900001111", "intendedStay", "4", "residenceReason", "01",
                "workplaceName", "武汉某物流有限公司").entrySet()) {
            screen.form().value(e.getKey()).set(e.getValue());
        }
        screen.form().value("privacyConsent").set("true");
        screen.save();
        String saved = screen.savedNumberProperty().get();
        assertThat(saved).as(screen.noticeProperty().get()).isNotEmpty();
        OutboxEvent created = ctx.transactions().readOnly(() -> ctx.outbox().pending(10_000)).stream()
                .filter(e -> e.type() == EventType.REGISTRATION_CREATED && e.aggregateId().equals(saved))
                .findFirst().orElseThrow();
        assertThat(created.payloadJson()).contains("\"previousRegistration\":{\"stationCode\":\"" + OTHER_STATION
                + "\",\"registrationNumber\":\"" + otherNumber + "\"}");
    }

    /** Another station of the province registered the person and uploaded it (its own client, its own code). */
    static String registeredAtOtherStation(String idNumber, int templateSequence) throws Exception {
        String template = IdNumbers.citizen("420106", "19900315", templateSequence);
        FormValues values = RegistrationFixture.valid().toBuilder().set("idNumber", template).set("name", "换地人")
                .set("sex", "1").set("birthDate", "1990-03-15").set("operator", "").set("registrationDate", "")
                .set("registrationNumber", "").build();
        Registered r = ctx.registration().register(staff, values);
        OutboxEvent mine = ctx.transactions().readOnly(() -> ctx.outbox().pending(10_000)).stream()
                .filter(e -> e.aggregateId().equals(r.registrationNumber())).findFirst().orElseThrow();
        String number = "R" + OTHER_STATION + "2026" + templateSequence;
        String payload = mine.payloadJson().replace(template, idNumber).replace(r.registrationNumber(), number);
        PlatformConfig config = PlatformConfig.load(dataDir).orElseThrow(); // the other station has its own certificate
        PlatformClient other = org.residencedesk.platform.HttpPlatformClient.of(new PlatformConfig(config.url(),
                TestCertificates.clientKeystoreOf(pkiDir, OTHER_STATION), config.keystorePasswordFile(), config.truststore(),
                config.intervalMinutes()), OTHER_STATION, "other-1.0");
        int before = sim.state().events(OTHER_STATION).size();
        other.upload("batch-other", List.of(new OutboxEvent(before + 1, java.util.UUID.randomUUID().toString(),
                EventType.REGISTRATION_CREATED, mine.occurredAt(), "other", "REGISTRATION", number, payload,
                mine.status())));
        assertThat(sim.state().events(OTHER_STATION)).hasSize(before + 1);
        return number;
    }
}
