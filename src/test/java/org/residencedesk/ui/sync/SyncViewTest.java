package org.residencedesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 同步 screen in a (headless) window (issue 13 item 5): 立即同步 runs off the FX thread with a progress bar that
 * moves while the platform confirms batches, then the run is a history row and the rejected event is listed with the
 * platform's message.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SyncViewTest {
    static final int EVENTS = 2000;
    @TempDir
    static Path folder;
    static final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    private static AppContext ctx;
    private static PlatformSimulator sim;
    private static org.residencedesk.service.Operator chief;
    private ExecutorService pool;
    private Parent root;

    /** The station, the simulator and the queue before the window (the slow part, outside TestFX's setup time). */
    @BeforeAll
    static void station() {
        Path dataDir = folder.resolve("station-" + System.nanoTime());
        ctx = TestStation.open(dataDir, clock);
        // four batches of at most 500, each answered after half a second
        sim = PlatformSimulator.start(folder.resolve("sim-" + System.nanoTime()), 0, null,
                new Faults(1).slowMillis(500).rejectType("REGISTRATION_CANCELLED"), null, clock);
        SyncUiFixture.configure(dataDir, sim);
        EventType[] types = new EventType[EVENTS];
        java.util.Arrays.fill(types, EventType.REGISTRATION_CREATED);
        types[6] = EventType.REGISTRATION_CANCELLED;
        SyncUiFixture.queue(ctx, types);
        chief = TestOperators.signIn(ctx, "zhanzhang", "李强", Role.CHIEF);
    }

    @Start
    void start(Stage stage) {
        pool = BackgroundWork.newWorkerPool();
        SyncViewModel model = new SyncViewModel(ctx.sync(), ctx.syncOverview(), chief, clock,
                BackgroundWork.toFxThread(pool));
        root = new SyncView(model).load();
        stage.setScene(new Scene(root, 1366, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        pool.shutdownNow();
    }

    @AfterAll
    static void closeStation() {
        sim.close();
        ctx.close();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void syncNowShowsProgressThenAHistoryRowAndTheRejectedEvent(FxRobot robot) throws Exception {
        ProgressBar progress = robot.from(root).lookup("#progress").queryAs(ProgressBar.class);
        TableView<?> history = robot.from(root).lookup("#history").queryAs(TableView.class);
        TableView<?> rejected = robot.from(root).lookup("#rejected").queryAs(TableView.class);
        Label backlog = robot.from(root).lookup("#backlog").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "2000 条".equals(backlog.getText()));
        assertThat(progress.isVisible()).isFalse();
        List<Double> seen = Collections.synchronizedList(new ArrayList<>());
        robot.interact(() -> progress.progressProperty().addListener((o, was, now) -> seen.add(now.doubleValue())));

        robot.clickOn(robot.from(root).lookup("#syncNowButton").queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, progress::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(root).lookup("#syncNowButton").queryButton().isDisabled()).isTrue();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !history.getItems().isEmpty());
        // the FX thread fills history, then the rejected list, in one pulse: read both after it
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(progress.isVisible()).isFalse();
        assertThat(seen).as("the bar moved while batches were confirmed").anyMatch(p -> p > 0 && p < 1);
        assertThat(history.getItems()).singleElement().isEqualTo(new SyncViewModel.HistoryRow("2026-11-28 09:15",
                "操作员 zhanzhang", "成功", EVENTS - 1, 0, 1, 0, ""));
        assertThat(robot.from(root).lookup("#message").queryAs(Label.class).getText())
                .isEqualTo("同步完成：上传 1999 条，平台已有 0 条，被拒 1 条，待上传 0 条。");
        assertThat(rejected.getItems()).singleElement().isEqualTo(new SyncViewModel.RejectedRow(7, "登记注销", "R-6",
                "2026-11-28 09:15", "平台拒绝此类事件（模拟）：REGISTRATION_CANCELLED", "REGISTRATION", "待更正"));
        // the table draws its cells at the next pulse
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.from(rejected).lookup(
                org.testfx.matcher.control.LabeledMatchers.hasText("平台拒绝此类事件（模拟）：REGISTRATION_CANCELLED"))
                .tryQuery().isPresent());
        assertThat(backlog.getText()).isEqualTo("0 条");
    }

    /** After the operator's run: the schedule's run on the same station shows the bar without a click (ADR 0340). */
    @Test
    @org.junit.jupiter.api.Order(2)
    void aScheduledRunShowsTheBarAndDisablesSyncNowUntilItEnds(FxRobot robot) throws Exception {
        ProgressBar progress = robot.from(root).lookup("#progress").queryAs(ProgressBar.class);
        TableView<?> history = robot.from(root).lookup("#history").queryAs(TableView.class);
        Label progressText = robot.from(root).lookup("#progressText").queryAs(Label.class);
        javafx.scene.control.Button syncNow = robot.from(root).lookup("#syncNowButton").queryButton();
        EventType[] types = new EventType[600]; // two batches, each answered after half a second
        java.util.Arrays.fill(types, EventType.REGISTRATION_CHANGED);
        SyncUiFixture.queue(ctx, types);
        int runsBefore = ctx.sync().history(chief, 50).size();
        assertThat(progress.isVisible()).isFalse();
        assertThat(syncNow.isDisabled()).isFalse();

        java.util.concurrent.CompletableFuture<?> scheduled = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> ctx.sync().runAsStation("schedule"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, progress::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(syncNow.isDisabled()).isTrue();
        assertThat(progressText.getText()).matches("正在上传（定时）……(已确认 (0|500) / 600 条)?");

        scheduled.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == runsBefore + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progress.isVisible()).isFalse();
        assertThat(syncNow.isDisabled()).isFalse();
        assertThat(history.getItems().get(0)).isEqualTo(new SyncViewModel.HistoryRow("2026-11-28 09:15", "定时", "成功",
                600, 0, 0, 0, ""));
    }
}
