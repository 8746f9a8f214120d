package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.ui.DeskWindowFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.service.sync.Backoff;
import org.residencedesk.service.sync.SyncOutcome;
import org.residencedesk.service.sync.SyncService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The status bar's sync segment in the real main window (issue 13 item 5): the last successful sync, the backlog and
 * the clock-skew warning in the warning colour, the same on every work area.
 */
@ExtendWith(ApplicationExtension.class)
class SyncStatusBarTest {
    @TempDir
    static Path folder;
    private static DeskWindowFixture fixture;
    private static PlatformSimulator sim;

    /** The station with one event on the platform and one queued, before the window (outside TestFX's setup time). */
    @BeforeAll
    static void station() throws Exception {
        Path dataDir = folder.resolve("station-" + System.nanoTime());
        fixture = new DeskWindowFixture(dataDir, Role.WINDOW_STAFF);
        Clock platformClock = Clock.offset(fixture.clock, Duration.ofMinutes(10));
        sim = PlatformSimulator.start(folder.resolve("sim-" + System.nanoTime()), 0, null, new Faults(1), null,
                platformClock);
        Files.writeString(dataDir.resolve("platform.properties"), "platform.url=" + sim.url() + "\n");
        var ctx = fixture.context;
        ctx.transactions().run(() -> ctx.outbox().append(new PendingEvent(EventType.REGISTRATION_CREATED,
                "wangfang", "REGISTRATION", "R-1", Map.of("n", 1))));
        SyncService station = new SyncService(ctx.transactions(), ctx.outbox(), ctx.syncState(), ctx.auditLog(),
                ctx.platform(), new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), new Random(1)), d -> { },
                fixture.clock);
        assertThat(station.runAsStation("schedule").outcome()).isEqualTo(SyncOutcome.OK);
        ctx.transactions().run(() -> ctx.outbox().append(new PendingEvent(EventType.REGISTRATION_CHANGED,
                "wangfang", "REGISTRATION", "R-1", Map.of("n", 2))));
    }

    @Start
    void start(Stage stage) {
        fixture.show(stage, 1366, 800);
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
    }

    @AfterAll
    static void closeStation() {
        sim.close();
        fixture.close();
    }

    @Test
    void theLastSyncTheBacklogAndAClockWarningAreOnEveryScreen(FxRobot robot) throws Exception {
        fixture.signIn(robot);
        TabPane areas = robot.lookup("#areas").queryAs(TabPane.class);
        Label status = robot.from(areas.getScene().getRoot()).lookup("#syncStatus").queryAs(Label.class);
        String expected = "平台同步：最近成功 2026-11-28 09:15，待上传 1 条；本机时钟与平台相差约 10 分钟，请校准时间";
        waitUntil(() -> expected.equals(status.getText()));
        assertThat(status.getStyleClass()).contains("field-error");
        assertThat(status.isVisible()).isTrue();

        for (int i = 0; i < areas.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> areas.getSelectionModel().select(index));
            assertThat(status.getText()).isEqualTo(expected);
            assertThat(status.getScene()).isSameAs(areas.getScene());
            assertThat(status.isVisible()).isTrue();
        }
        assertThat(areas.getTabs()).extracting(t -> t.getText()).contains("平台同步");
    }
}
