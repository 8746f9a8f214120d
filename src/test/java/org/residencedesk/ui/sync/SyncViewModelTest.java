package org.residencedesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.sync.SyncOutcome;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * The status bar's sync segment and the 同步 screen without a window (issue 13 item 5): a real station, the platform
 * simulator over loopback http, {@link BackgroundWork#inline()}.
 */
class SyncViewModelTest {
    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z"); // 09:15 at the station
    @TempDir
    Path dataDir;
    @TempDir
    Path simState;
    AppContext ctx;

    /** The station policy shortens the long-offline limit to 2 days (ADR 0341; the shipped default is 3). */
    @BeforeEach
    void open() throws java.io.IOException {
        java.nio.file.Files.writeString(dataDir.resolve("station-policy.properties"),
                "version = 1\nsync.longOfflineDays = 2\n", java.nio.charset.StandardCharsets.UTF_8);
        ctx = TestStation.open(dataDir, clock);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void theStatusBarSaysUnconfiguredThenTheLastSyncThenOfflineSinceAndWarnsAfterThePolicysDays() {
        Operator staff = TestOperators.signIn(ctx, "chuangkou1", "王芳", Role.WINDOW_STAFF);
        SyncStatusViewModel status = new SyncStatusViewModel(ctx.syncOverview(), staff, clock, BackgroundWork.inline());
        status.refresh();
        assertThat(status.text().get()).isEqualTo("平台同步：未配置");
        assertThat(status.warning().get()).isFalse();

        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, null, new Faults(1), null, clock)) {
            SyncUiFixture.configure(dataDir, sim); // no restart: the station reads the new file
            SyncUiFixture.queue(ctx, EventType.REGISTRATION_CREATED, EventType.REGISTRATION_CHANGED);
            assertThat(SyncUiFixture.station(ctx, clock).runAsStation("schedule").outcome()).isEqualTo(SyncOutcome.OK);
            status.refresh();
            assertThat(status.text().get()).isEqualTo("平台同步：最近成功 2026-11-28 09:15，待上传 0 条");
            assertThat(status.warning().get()).isFalse();
        }
        clock.advance(Duration.ofHours(1));
        SyncUiFixture.queue(ctx, EventType.REGISTRATION_CREATED, EventType.REGISTRATION_CREATED);
        assertThat(SyncUiFixture.station(ctx, clock).runAsStation("schedule").outcome())
                .isEqualTo(SyncOutcome.OFFLINE);
        clock.advance(Duration.ofHours(2));
        SyncUiFixture.station(ctx, clock).runAsStation("schedule");
        status.refresh();
        assertThat(status.text().get()).isEqualTo("平台同步：离线（自 2026-11-28 10:15 起），待上传 2 条");
        assertThat(status.warning().get()).isTrue();

        clock.advance(Duration.ofDays(1)); // 1 day 3 hours after the last success: within the policy's 2 days
        SyncUiFixture.station(ctx, clock).runAsStation("schedule");
        status.refresh();
        assertThat(status.text().get()).isEqualTo("平台同步：离线（自 2026-11-28 10:15 起），待上传 2 条");

        clock.advance(Duration.ofDays(1)); // 2 days 3 hours: beyond the station policy's sync.longOfflineDays
        SyncUiFixture.station(ctx, clock).runAsStation("schedule");
        status.refresh();
        assertThat(status.text().get()).isEqualTo("平台同步：离线（自 2026-11-28 10:15 起），待上传 2 条"
                + "；已超过 2 天未与平台同步，请检查网络（本站照常办理业务）");
        // the counter keeps working: a change is still stored and queued
        SyncUiFixture.queue(ctx, EventType.REGISTRATION_CHANGED);
        status.refresh();
        assertThat(status.text().get()).startsWith("平台同步：离线（自 2026-11-28 10:15 起），待上传 3 条；");
    }

    @Test
    void aClockMoreThanFiveMinutesOffIsWarnedInTheStatusBarAndOnTheScreen() {
        Operator chief = TestOperators.signIn(ctx, "zhanzhang1", "李强", Role.CHIEF);
        Clock platformClock = Clock.offset(clock, Duration.ofMinutes(7));
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, null, new Faults(1), null, platformClock)) {
            SyncUiFixture.configure(dataDir, sim);
            SyncStatusViewModel status = new SyncStatusViewModel(ctx.syncOverview(), chief, clock,
                    BackgroundWork.inline());
            status.checkClock();
            assertThat(status.text().get()).isEqualTo("平台同步：尚未成功同步，待上传 0 条；本机时钟与平台相差约 7 分钟，请校准时间");
            assertThat(status.warning().get()).isTrue();

            SyncViewModel screen = new SyncViewModel(ctx.sync(), ctx.syncOverview(), chief, clock,
                    BackgroundWork.inline());
            screen.refresh();
            assertThat(screen.warnings.get()).isEqualTo("本机时钟与平台相差约 7 分钟，请校准时间");
        }
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, null, new Faults(1), null,
                Clock.offset(clock, Duration.ofMinutes(-3)))) {
            SyncUiFixture.configure(dataDir, sim);
            SyncStatusViewModel status = new SyncStatusViewModel(ctx.syncOverview(), chief, clock,
                    BackgroundWork.inline());
            status.checkClock();
            assertThat(status.text().get()).as("three minutes is within the contract's five")
                    .isEqualTo("平台同步：尚未成功同步，待上传 0 条");
        }
    }

    @Test
    void syncNowShowsTheRunInTheHistoryAndTheRejectedEventWithThePlatformsMessage() {
        Operator chief = TestOperators.signIn(ctx, "zhanzhang2", "李强", Role.CHIEF);
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, null,
                new Faults(1).rejectType("REGISTRATION_CANCELLED"), null, clock)) {
            SyncUiFixture.configure(dataDir, sim);
            SyncUiFixture.queue(ctx, EventType.REGISTRATION_CREATED, EventType.REGISTRATION_CANCELLED,
                    EventType.REGISTRATION_CHANGED);
            SyncViewModel screen = new SyncViewModel(ctx.sync(), ctx.syncOverview(), chief, clock,
                    BackgroundWork.inline());
            screen.refresh();
            assertThat(screen.backlog.get()).isEqualTo("3 条");
            assertThat(screen.lastSuccess.get()).isEqualTo("从未");
            assertThat(screen.mayRun()).isTrue();

            screen.syncNow();

            assertThat(screen.running.get()).isFalse();
            assertThat(screen.message.get()).isEqualTo("同步完成：上传 2 条，平台已有 0 条，被拒 1 条，待上传 0 条。");
            assertThat(screen.history).containsExactly(new SyncViewModel.HistoryRow("2026-11-28 09:15",
                    "操作员 zhanzhang2", "成功", 2, 0, 1, 0, ""));
            assertThat(screen.rejected).containsExactly(new SyncViewModel.RejectedRow(2, "登记注销", "R-1",
                    "2026-11-28 09:15", "平台拒绝此类事件（模拟）：REGISTRATION_CANCELLED", "REGISTRATION", "待更正"));
            assertThat(screen.lastSuccess.get()).isEqualTo("2026-11-28 09:15");
            assertThat(screen.state.get()).isEqualTo("在线");

            // without a shell nothing can be opened: the row says where to go instead (ADR 0307)
            assertThat(screen.mayOpen(screen.rejected.get(0))).isFalse();
            screen.openRecord(screen.rejected.get(0));
            assertThat(screen.message.get()).isEqualTo("“登记注销”的记录 R-1 不能从本屏幕打开，请到对应的业务页面查找并改正。");

            // the record's next event is its correction: queued, then acknowledged by the platform
            ctx.transactions().run(() -> ctx.outbox().append(new org.residencedesk.domain.outbox.PendingEvent(
                    EventType.REGISTRATION_CHANGED, "chuangkou", "REGISTRATION", "R-1", java.util.Map.of("n", 9))));
            screen.refresh();
            assertThat(screen.rejected).extracting(SyncViewModel.RejectedRow::correction)
                    .containsExactly("已更正，更正事件（序号 4）待上传");
            screen.syncNow();
            assertThat(screen.rejected).extracting(SyncViewModel.RejectedRow::correction)
                    .containsExactly("已更正，平台已接收更正事件（序号 4）");
        }
    }

    @Test
    void aScheduledRunShowsItsProgressOnTheScreenAndInTheStatusBarAndDisablesSyncNow() throws Exception {
        Operator chief = TestOperators.signIn(ctx, "zhanzhang4", "李强", Role.CHIEF);
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, null, new Faults(1).slowMillis(300), null,
                clock)) {
            SyncUiFixture.configure(dataDir, sim);
            EventType[] types = new EventType[600]; // two batches, each answered after 300 ms
            java.util.Arrays.fill(types, EventType.REGISTRATION_CHANGED);
            SyncUiFixture.queue(ctx, types);
            SyncViewModel screen = new SyncViewModel(ctx.sync(), ctx.syncOverview(), chief, clock,
                    BackgroundWork.inline());
            SyncStatusViewModel status = new SyncStatusViewModel(ctx.syncOverview(), chief, clock,
                    BackgroundWork.inline());
            screen.refresh();
            screen.pollProgress();
            status.refresh();
            status.pollActivity();
            assertThat(screen.running.get()).isFalse();
            assertThat(status.text().get()).isEqualTo("平台同步：尚未成功同步，待上传 600 条");

            // the station's own schedule runs it, as SyncScheduler does: not this screen's 立即同步
            java.util.concurrent.CompletableFuture<org.residencedesk.service.sync.SyncReport> scheduled =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> ctx.sync().runAsStation("schedule"));
            org.residencedesk.testing.Await.until(Duration.ofSeconds(20), "the scheduled run sends its queue", () ->
                    ctx.syncOverview().activity(chief).backlogAtStart() == 600);
            screen.pollProgress();
            status.pollActivity();
            assertThat(screen.running.get()).isTrue();
            assertThat(screen.progressText.get()).matches("正在上传（定时）……已确认 (0|500) / 600 条");
            assertThat(screen.progress.get()).isIn(-1.0, 500.0 / 600);
            assertThat(status.text().get()).matches("平台同步：正在同步（定时），已确认 (0|500) / 600 条");
            screen.syncNow(); // the button is disabled meanwhile; a call anyway starts nothing
            assertThat(screen.message.get()).isEmpty();

            assertThat(scheduled.get(20, java.util.concurrent.TimeUnit.SECONDS).outcome())
                    .isEqualTo(SyncOutcome.OK);
            screen.pollProgress();
            status.pollActivity();
            assertThat(screen.running.get()).isFalse();
            assertThat(screen.progressText.get()).isEmpty();
            assertThat(screen.history).as("the ended run is read again without 刷新").containsExactly(
                    new SyncViewModel.HistoryRow("2026-11-28 09:15", "定时", "成功", 600, 0, 0, 0, ""));
            assertThat(screen.backlog.get()).isEqualTo("0 条");
            assertThat(status.text().get()).as("the status bar shows the result at once, not at its 30 s refresh")
                    .isEqualTo("平台同步：最近成功 2026-11-28 09:15，待上传 0 条");
            assertThat(ctx.syncOverview().activity(chief).runsEnded()).isEqualTo(1);
        }
    }

    @Test
    void aWindowClerkSeesTheStateButMayNotRunOrClear() {
        Operator staff = TestOperators.signIn(ctx, "chuangkou3", "王芳", Role.WINDOW_STAFF);
        SyncViewModel screen = new SyncViewModel(ctx.sync(), ctx.syncOverview(), staff, clock, BackgroundWork.inline());
        screen.refresh();
        assertThat(screen.mayRun()).isFalse();
        assertThat(screen.state.get()).isEqualTo("未配置省级平台（系统设置 → 平台）");
        screen.syncNow();
        assertThat(screen.message.get()).isEqualTo("当前账号没有办理此业务的权限");
        assertThat(screen.running.get()).isFalse();
    }
}
