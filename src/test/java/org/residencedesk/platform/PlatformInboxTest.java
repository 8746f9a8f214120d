package org.residencedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.port.platform.InboxPage;
import org.residencedesk.port.platform.InboxStore.InboxEntry;
import org.residencedesk.port.platform.MasterDataTable;
import org.residencedesk.port.platform.PersonRecords;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.port.platform.PlatformRefused;
import org.residencedesk.port.platform.PlatformUnavailable;
import org.residencedesk.port.platform.BatchResponse;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.ApplicationRequest;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.service.sync.SyncOutcome;
import org.residencedesk.service.sync.SyncReport;
import org.residencedesk.service.sync.inbox.InboxOutcome;
import org.residencedesk.service.sync.inbox.InboxService.InboxNotice;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestCertificates;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestStation;
import org.residencedesk.masterdata.PlatformMasterData;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * The inbox against the platform simulator over real loopback HTTPS (issue 13 item 2, ADRs 0265–0267): every message
 * type, exactly once across a crash between commit and acknowledgement and a re-delivery of the same cursors;
 * master data seen by the running form without a restart; malformed messages recorded and skipped. One station and
 * one simulator for the class; each test feeds its own messages.
 */
class PlatformInboxTest {
    static final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    static final List<Duration> waits = new ArrayList<>();
    static final AtomicInteger fed = new AtomicInteger();
    @TempDir
    static Path dataDir;
    @TempDir
    static Path simState;
    @TempDir
    static Path pkiDir;
    @TempDir
    static Path feed;
    static PlatformSimulator sim;
    static AppContext ctx;
    static PlatformClient client;
    static Operator staff;
    static Operator chief;

    @BeforeAll
    static void open() {
        TestCertificates.Pki pki = TestCertificates.create(pkiDir, "省厅", TestStation.CODE);
        sim = PlatformSimulator.start(simState, 0, pki.serverTls(pki.caTruststore()), SyncFixture.noFaults(), feed,
                clock);
        ctx = TestStation.open(dataDir, clock);
        SyncFixture.configureHttps(dataDir, sim, pki, pki.caTruststore());
        client = SyncFixture.client(dataDir);
        staff = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        chief = TestOperators.signIn(ctx, "chief", "站长", Role.CHIEF);
    }

    @AfterAll
    static void close() {
        ctx.close();
        sim.close();
    }

    @Test
    void everyTypeIsAppliedExactlyOnceAcrossACrashBeforeTheAckAndARedelivery() throws Exception {
        String acceptance = acceptedApplication(1);
        String permitId = permitOf(acceptance);
        int onlineBefore = ctx.onlineApplications().pendingOnlineApplications(staff, 0, 100).size();
        long cursorBefore = ctx.transactions().readOnly(() -> ctx.inboxStore().lastCursor());
        feed("PERMIT_REVIEW_RESULT", "{\"acceptanceNumber\":\"" + acceptance + "\",\"result\":\"APPROVED\","
                + "\"reviewedAt\":\"2026-11-28T10:00:00+08:00\"}");
        feed("ONLINE_APPLICATION", online("WEB-77", IdNumbers.citizen("420106", "19920704", 77), "网上甲"));
        feed("NOTICE", "{\"title\":\"系统维护\",\"text\":\"12月1日22时起平台维护两小时\"}");
        feed("OUTFLOW_NOTICE", "{\"change\":\"ARRIVED\",\"idNumber\":\"" + IdNumbers.citizen("420111", "19850101", 5)
                + "\",\"name\":\"外出乙\",\"hukouDivision\":\"420111002003\",\"residenceDivision\":\"440305\","
                + "\"residenceAddress\":\"深圳市南山区科技园\",\"date\":\"2026-11-20\",\"reportingStation\":\"440305001000\"}");
        masterData("intended-stay", 3, "[{\"code\":\"1\",\"name\":\"一个月以内\"},{\"code\":\"2\",\"name\":\"一至三个月\"},"
                + "{\"code\":\"3\",\"name\":\"三至六个月\"},{\"code\":\"4\",\"name\":\"六个月以上\"},"
                + "{\"code\":\"9\",\"name\":\"平台新增期限\"}]");
        feed("MASTER_DATA_UPDATED", "{\"table\":\"intended-stay\",\"version\":3}");

        // the process dies after the messages committed and before the platform heard the acknowledgement
        CrashBeforeAck crashing = new CrashBeforeAck(client);
        assertThatThrownBy(() -> SyncFixture.serviceWithInbox(ctx, crashing, waits, clock).runAsStation("test"))
                .isInstanceOf(IllegalStateException.class).hasMessage("killed before the acknowledgement");
        assertThat(sim.state().acknowledgedInbox(TestStation.CODE)).isEqualTo(cursorBefore);
        long cursorAfter = cursorBefore + 5;
        assertThat(ctx.transactions().readOnly(() -> ctx.inboxStore().lastCursor())).isEqualTo(cursorAfter);

        // restarted: a platform that ignores "after" delivers the same cursors again; nothing is applied twice
        SyncReport again = SyncFixture.serviceWithInbox(ctx, new RedeliverFromStart(client), waits, clock)
                .runAsStation("test");
        assertThat(again.outcome()).isEqualTo(SyncOutcome.OK);
        assertThat(again.inbox()).isZero();
        assertThat(sim.state().acknowledgedInbox(TestStation.CODE)).isEqualTo(cursorAfter);

        assertThat(ctx.permitQueries().summary(staff, permitId).status()).isEqualTo(PermitStatus.APPROVED);
        assertThat(events(EventType.PERMIT_APPLICATION_REVIEWED, permitId)).isEqualTo(1);
        assertThat(ctx.onlineApplications().pendingOnlineApplications(staff, 0, 100)).hasSize(onlineBefore + 1)
                .anySatisfy(i -> assertThat(i.name()).isEqualTo("网上甲"));
        List<InboxEntry> log = ctx.transactions().readOnly(() -> ctx.inboxStore().entries(
                Arrays.stream(InboxOutcome.values()).map(Enum::name).toList(), 1000));
        assertThat(log.stream().filter(e -> e.cursor() > cursorBefore)).extracting(InboxEntry::cursor)
                .containsExactly(cursorAfter, cursorAfter - 1, cursorAfter - 2, cursorAfter - 3, cursorAfter - 4);
        assertThat(log.stream().filter(e -> e.cursor() > cursorBefore)).extracting(InboxEntry::outcome)
                .containsExactly("APPLIED", "APPLIED", "NOTICE", "APPLIED", "APPLIED");
        assertThat(ctx.outflow().list(chief, new org.residencedesk.service.outflow.OutflowQuery(null, null, null, null,
                true, "外出乙"), 0, 10).rows()).as("one open outflow period from the notice, however often it came")
                .hasSize(1);
        List<InboxNotice> notices = ctx.inbox().notices(staff, 50);
        assertThat(notices).extracting(InboxNotice::text).contains("系统维护：12月1日22时起平台维护两小时");
        assertThat(ctx.masterData().codeTable("intended-stay").byCode("9")).map(CodeEntry::name).contains("平台新增期限");

        // the next run with the honest client: nothing new, nothing applied again
        SyncReport quiet = SyncFixture.serviceWithInbox(ctx, client, waits, clock).runAsStation("test");
        assertThat(quiet.inbox()).isZero();
        assertThat(events(EventType.PERMIT_APPLICATION_REVIEWED, permitId)).isEqualTo(1);
    }

    @Test
    void aReviewRejectionMovesThePermitAndTheRunCountsWhatItApplied() {
        String acceptance = acceptedApplication(2);
        String permitId = permitOf(acceptance);
        feed("PERMIT_REVIEW_RESULT", "{\"acceptanceNumber\":\"" + acceptance + "\",\"result\":\"REJECTED\","
                + "\"reason\":\"劳动合同与登记单位不符\",\"reviewedAt\":\"2026-11-28T11:00:00+08:00\"}");
        feed("PERMIT_REVIEW_RESULT", "{\"acceptanceNumber\":\"A-NONE\",\"result\":\"APPROVED\","
                + "\"reviewedAt\":\"2026-11-28T11:00:00+08:00\"}");
        SyncReport report = SyncFixture.serviceWithInbox(ctx, client, waits, clock).runAsStation("test");
        assertThat(report.outcome()).isEqualTo(SyncOutcome.OK);
        assertThat(report.inbox()).isEqualTo(1);
        assertThat(ctx.permitQueries().summary(staff, permitId).status()).isEqualTo(PermitStatus.REJECTED);
        assertThat(ctx.inbox().notices(staff, 1)).extracting(InboxNotice::outcome, InboxNotice::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(InboxOutcome.IGNORED,
                        "平台审核结果所指的受理编号 A-NONE 在本站不存在，已跳过。"));
    }

    @Test
    void masterDataReachesTheRunningFormAnOlderVersionIsIgnoredAndABrokenTableRefused() {
        FormValues values = RegistrationFixture.valid().toBuilder()
                .set("idNumber", IdNumbers.citizen("420106", "19900315", 301)).set("name", "新事由")
                .set("sex", "1").set("birthDate", "1990-03-15").set("residenceReason", "88").build();
        var validator = ctx.registration().validator();
        assertThat(validator.validate(values).messageFor("residenceReason")).isPresent();

        masterData("residence-reasons", 7, "[{\"code\":\"01\",\"name\":\"务工\"},{\"code\":\"88\",\"name\":\"平台新增事由\"}]");
        feed("MASTER_DATA_UPDATED", "{\"table\":\"residence-reasons\",\"version\":7}");
        feed("MASTER_DATA_UPDATED", "{\"table\":\"residence-reasons\",\"version\":6}");
        masterData("sex", 5, "[{\"code\":\"1\",\"name\":\"男\"},{\"code\":\"1\",\"name\":\"女\"}]");
        feed("MASTER_DATA_UPDATED", "{\"table\":\"sex\",\"version\":5}");
        SyncReport report = SyncFixture.serviceWithInbox(ctx, client, waits, clock).runAsStation("test");

        assertThat(report.inbox()).isEqualTo(1);
        assertThat(validator.validate(values).messageFor("residenceReason")).as("the same running validator, no restart")
                .isEmpty();
        assertThat(ctx.masterData().codeTable("residence-reasons").search("ptxz", 5)).extracting(CodeEntry::code)
                .containsExactly("88");
        assertThat(ctx.masterData().codeTable("residence-reasons").version()).isEqualTo(7);
        assertThat(ctx.masterData().codeTable("sex").byCode("2")).map(CodeEntry::name).contains("女");
        assertThat(ctx.inbox().notices(staff, 2)).extracting(InboxNotice::text).containsExactly(
                "平台下发的代码表“sex”第 5 版有误，未采用，表单继续使用原有版本：代码 1 重复出现",
                "平台代码表“residence-reasons”第 6 版不比本站已安装的第 7 版新，已忽略。");

        // a restarted station loads the pushed table again from its database
        PlatformMasterData restarted = new PlatformMasterData(TestMasterData.shared());
        assertThat(ctx.inbox().installStoredMasterData(restarted))
                .isEqualTo(ctx.transactions().readOnly(() -> ctx.inboxStore().allMasterData()).size());
        assertThat(restarted.codeTable("residence-reasons").byCode("88")).map(CodeEntry::name).contains("平台新增事由");
    }

    @Test
    void malformedMessagesAreRecordedWithAReasonAndNeverStopTheInbox() {
        feed("WEIRD_THING", "{}");
        feed("PERMIT_REVIEW_RESULT", "{\"result\":\"APPROVED\",\"reviewedAt\":\"2026-11-28T10:00:00+08:00\"}");
        feed("ONLINE_APPLICATION", "{\"reference\":\"WEB-9\",\"kind\":\"BOAT\",\"idNumber\":\"1\",\"name\":\"某\","
                + "\"submittedAt\":\"2026-11-28T10:00:00+08:00\",\"form\":{}}");
        feed("MASTER_DATA_UPDATED", "{\"table\":\"shoe-sizes\",\"version\":2}");
        feed("NOTICE", "{\"text\":\"格式错误之后的通知照常收到\"}");
        SyncReport report = SyncFixture.serviceWithInbox(ctx, client, waits, clock).runAsStation("test");
        assertThat(report.outcome()).isEqualTo(SyncOutcome.OK);
        assertThat(report.inbox()).isEqualTo(1);
        assertThat(ctx.inbox().notices(staff, 5)).extracting(InboxNotice::outcome, InboxNotice::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(InboxOutcome.NOTICE, "格式错误之后的通知照常收到"),
                org.assertj.core.groups.Tuple.tuple(InboxOutcome.REFUSED, "平台代码表“shoe-sizes”不是本系统使用的表，已跳过。"),
                org.assertj.core.groups.Tuple.tuple(InboxOutcome.REFUSED, "消息的字段“kind”无效（BOAT），已跳过。"),
                org.assertj.core.groups.Tuple.tuple(InboxOutcome.REFUSED, "消息缺少字段“acceptanceNumber”，已跳过。"),
                org.assertj.core.groups.Tuple.tuple(InboxOutcome.REFUSED, "未知的消息类型“WEIRD_THING”，已跳过。"));
        assertThat(sim.state().acknowledgedInbox(TestStation.CODE))
                .isEqualTo(ctx.transactions().readOnly(() -> ctx.inboxStore().lastCursor()));
        assertThat(ctx.onlineApplications().pendingOnlineApplications(staff, 0, 100))
                .noneSatisfy(i -> assertThat(i.name()).isEqualTo("某"));
    }

    @Test
    void aBrokenEnvelopeIsRefusedOnItsOwnExactlyOnceAndTheMessagesAfterItAreApplied() {
        long before = ctx.transactions().readOnly(() -> ctx.inboxStore().lastCursor());
        feedRaw("{\"type\":\"NOTICE\",\"payload\":\"只是一段文字\"}");
        feedRaw("{\"type\":42,\"payload\":{\"text\":\"类型是数字\"}}");
        feedRaw("{\"type\":\"NOTICE\",\"payload\":null}");
        feedRaw("{\"type\":\"OUTFLOW_NOTICE\",\"payload\":[1,2]}");
        feed("NOTICE", "{\"text\":\"坏信封之后的通知照常收到\"}");

        // the refusals commit with their cursors; the process dies before the acknowledgement
        assertThatThrownBy(() -> SyncFixture.serviceWithInbox(ctx, new CrashBeforeAck(client), waits, clock)
                .runAsStation("test")).hasMessage("killed before the acknowledgement");
        assertThat(ctx.transactions().readOnly(() -> ctx.inboxStore().lastCursor())).isEqualTo(before + 5);
        // the same five again: nothing is refused or applied twice, and now they are acknowledged
        SyncReport again = SyncFixture.serviceWithInbox(ctx, new RedeliverFromStart(client), waits, clock)
                .runAsStation("test");
        assertThat(again.outcome()).isEqualTo(SyncOutcome.OK);
        assertThat(again.inbox()).isZero();
        assertThat(sim.state().acknowledgedInbox(TestStation.CODE)).isEqualTo(before + 5);

        List<InboxEntry> log = ctx.transactions().readOnly(() -> ctx.inboxStore().entries(
                Arrays.stream(InboxOutcome.values()).map(Enum::name).toList(), 1000));
        assertThat(log.stream().filter(e -> e.cursor() > before)).extracting(InboxEntry::cursor, InboxEntry::type,
                InboxEntry::outcome, InboxEntry::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(before + 5, "NOTICE", "NOTICE", "坏信封之后的通知照常收到"),
                org.assertj.core.groups.Tuple.tuple(before + 4, "OUTFLOW_NOTICE", "REFUSED",
                        "平台消息的“payload”应为 JSON 对象，实为列表，已跳过。"),
                org.assertj.core.groups.Tuple.tuple(before + 3, "NOTICE", "REFUSED", "平台消息缺少“payload”，已跳过。"),
                org.assertj.core.groups.Tuple.tuple(before + 2, "", "REFUSED", "平台消息的“type”应为文本，实为数字，已跳过。"),
                org.assertj.core.groups.Tuple.tuple(before + 1, "NOTICE", "REFUSED",
                        "平台消息的“payload”应为 JSON 对象，实为文本，已跳过。"));
        assertThat(ctx.inbox().notices(staff, 5)).extracting(InboxNotice::cursor)
                .containsExactly(before + 5, before + 4, before + 3, before + 2, before + 1);
    }

    @Test
    void anInboxPageThatIsNotJsonFailsTheRunWithAChineseMessageAndIsFetchedAgainLater() {
        long before = ctx.transactions().readOnly(() -> ctx.inboxStore().lastCursor());
        feed("NOTICE", "{\"text\":\"网关出错之后收到的通知\"}");
        sim.faults().garbleInbox(true);
        SyncReport failed;
        try {
            failed = SyncFixture.serviceWithInbox(ctx, client, waits, clock).runAsStation("test");
        } finally {
            sim.faults().garbleInbox(false);
        }
        assertThat(failed.outcome()).isEqualTo(SyncOutcome.OFFLINE);
        assertThat(failed.message()).isEqualTo("省级平台收件箱的答复无法读取（不是 JSON），本次未处理任何平台消息，稍后自动重试；"
                + "一直如此请联系省级平台。");
        assertThat(ctx.transactions().readOnly(() -> ctx.inboxStore().lastCursor())).isEqualTo(before);

        SyncReport next = SyncFixture.serviceWithInbox(ctx, client, waits, clock).runAsStation("test");
        assertThat(next.outcome()).isEqualTo(SyncOutcome.OK);
        assertThat(next.inbox()).isEqualTo(1);
        assertThat(ctx.inbox().notices(staff, 1)).extracting(InboxNotice::cursor, InboxNotice::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(before + 1, "网关出错之后收到的通知"));
    }

    @Test
    void anOnlineApplicationWithAnImpossibleIdNumberIsRefusedAtIntakeWithTheCountersReason() {
        long before = ctx.transactions().readOnly(() -> ctx.inboxStore().lastCursor());
        String wrongCheck = IdNumbers.citizen("420106", "19920704", 91);
        wrongCheck = wrongCheck.substring(0, 17) + (wrongCheck.charAt(17) == '0' ? '1' : '0');
        feed("ONLINE_APPLICATION", online("WEB-90", "1", "号码太短"));
        feed("ONLINE_APPLICATION", online("WEB-91", wrongCheck, "校验码错"));
        feed("ONLINE_APPLICATION", online("WEB-92", IdNumbers.citizen("420106", "19920704", 92), "号码正确"));
        SyncReport report = SyncFixture.serviceWithInbox(ctx, client, waits, clock).runAsStation("test");
        assertThat(report.outcome()).isEqualTo(SyncOutcome.OK);
        assertThat(report.inbox()).isEqualTo(1);
        assertThat(ctx.inbox().notices(staff, 2)).extracting(InboxNotice::cursor, InboxNotice::outcome,
                InboxNotice::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(before + 2, InboxOutcome.REFUSED,
                        "网上申请的证件号码无效（校验码不符，请逐位核对号码），未进入受理队列，已跳过。"),
                org.assertj.core.groups.Tuple.tuple(before + 1, InboxOutcome.REFUSED,
                        "网上申请的证件号码无效（证件号码位数不对：应为18位（旧身份证15位，2017版外国人永久居留身份证15位）），"
                                + "未进入受理队列，已跳过。"));
        assertThat(ctx.onlineApplications().pendingOnlineApplications(staff, 0, 100)).extracting(i -> i.name())
                .contains("号码正确").doesNotContain("号码太短", "校验码错");
    }

    // ---- helpers ----

    static void feed(String type, String payload) {
        try {
            Path dir = Files.createDirectories(feed.resolve(TestStation.CODE));
            Files.writeString(dir.resolve(String.format("%05d.json", fed.incrementAndGet())),
                    "{\"type\":\"" + type + "\",\"payload\":" + payload + "}", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One message file exactly as given (broken envelopes included). */
    static void feedRaw(String message) {
        try {
            Path dir = Files.createDirectories(feed.resolve(TestStation.CODE));
            Files.writeString(dir.resolve(String.format("%05d.json", fed.incrementAndGet())), message,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void masterData(String table, long version, String rows) {
        try {
            Path dir = Files.createDirectories(simState.resolve("master-data"));
            Files.writeString(dir.resolve(table + ".json"),
                    "{\"table\":\"" + table + "\",\"version\":" + version + ",\"rows\":" + rows + "}",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String online(String reference, String idNumber, String name) {
        return "{\"reference\":\"" + reference + "\",\"kind\":\"REGISTRATION\",\"idNumber\":\"" + idNumber
                + "\",\"name\":\"" + name + "\",\"submittedAt\":\"2026-11-27T20:00:00+08:00\","
                + "\"form\":{\"formId\":\"registration\",\"formVersion\":1,\"fields\":{\"mobile\":\"13800001111\","
                + "\"residenceDivision\":\"420111002003\",\"street\":\"珞喻路\"},\"groups\":{\"companions\":[]}}}";
    }

    /** A registered person with an application accepted today; returns its acceptance number. */
    static String acceptedApplication(int n) {
        FormValues values = RegistrationFixture.valid().toBuilder()
                .set("idNumber", IdNumbers.citizen("420106", "19900315", 2 * n + 1)).set("name", "申请人" + (char) ('甲' + n))
                .set("sex", "1").set("birthDate", "1990-03-15").set("arrivalDate", "2026-03-01")
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        clock.set(LocalDate.of(2026, 3, 1).atTime(9, 30).atZone(TestClock.STATION_ZONE).toInstant());
        Registered r = ctx.registration().register(staff, values);
        clock.set(LocalDate.of(2026, 11, 28).atTime(9, 30).atZone(TestClock.STATION_ZONE).toInstant());
        long person = ctx.registration().open(staff, r.registrationId()).summary().personId();
        String id = ctx.permitApplications().submit(staff, person, ApplicationRequest.inPerson(null,
                Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO, MaterialKind.LEASE,
                        MaterialKind.LABOUR_CONTRACT))).permit().id();
        ctx.permitApplications().accept(staff, id);
        return ctx.permitQueries().summary(staff, id).acceptanceNumber();
    }

    static String permitOf(String acceptance) {
        return ctx.transactions().readOnly(() -> ctx.outbox().pending(100_000)).stream()
                .filter(e -> e.type() == EventType.PERMIT_APPLICATION_ACCEPTED && e.payloadJson().contains(acceptance))
                .map(OutboxEvent::aggregateId).findFirst().orElseThrow();
    }

    /** The events of one aggregate, queued here or already on the platform. */
    static long events(EventType type, String aggregateId) {
        long queued = ctx.transactions().readOnly(() -> ctx.outbox().pending(100_000)).stream()
                .filter(e -> e.type() == type && e.aggregateId().equals(aggregateId)).count();
        long uploaded = sim.state().events(TestStation.CODE).stream().filter(e -> e.type().equals(type.name())
                && aggregateId.equals(e.event().path("aggregateId").asText())).count();
        return queued + uploaded;
    }

    /** The real client, except that the process "dies" when it is about to acknowledge the inbox. */
    record CrashBeforeAck(PlatformClient real) implements Forwarding {
        @Override
        public void acknowledgeInbox(long cursor) {
            throw new IllegalStateException("killed before the acknowledgement");
        }
    }

    /** The real client talking to a platform that ignores {@code after}: it re-delivers what was not acknowledged. */
    record RedeliverFromStart(PlatformClient real) implements Forwarding {
        @Override
        public InboxPage inbox(long after, int limit) throws PlatformUnavailable, PlatformRefused {
            return real.inbox(0, limit);
        }
    }

    /** Every call to the real adapter. */
    interface Forwarding extends PlatformClient {
        PlatformClient real();

        @Override
        default BatchResponse upload(String batchId, List<OutboxEvent> events)
                throws PlatformUnavailable, PlatformRefused {
            return real().upload(batchId, events);
        }

        @Override
        default long cursor() throws PlatformUnavailable, PlatformRefused {
            return real().cursor();
        }

        @Override
        default InboxPage inbox(long after, int limit) throws PlatformUnavailable, PlatformRefused {
            return real().inbox(after, limit);
        }

        @Override
        default void acknowledgeInbox(long cursor) throws PlatformUnavailable, PlatformRefused {
            real().acknowledgeInbox(cursor);
        }

        @Override
        default MasterDataTable masterData(String table) throws PlatformUnavailable, PlatformRefused {
            return real().masterData(table);
        }

        @Override
        default PersonRecords personRecords(String idNumber) throws PlatformUnavailable, PlatformRefused {
            return real().personRecords(idNumber);
        }

        @Override
        default OffsetDateTime time() throws PlatformUnavailable, PlatformRefused {
            return real().time();
        }
    }
}
