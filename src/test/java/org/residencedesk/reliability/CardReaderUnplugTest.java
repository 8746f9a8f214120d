package org.residencedesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.device.idcard.ReaderMessages;
import org.residencedesk.device.idcard.SocatPtyPair;
import org.residencedesk.device.idcard.sim.DemoCards;
import org.residencedesk.device.idcard.sim.PtyReaderSimulator;
import org.residencedesk.device.idcard.sim.ReaderSimulator;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.testing.Await;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.Theme;
import org.residencedesk.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18 item 5: the real serial reader ({@code devices.properties} → {@code PollingCardReader}) on a socat
 * pseudo-terminal is unplugged halfway through the card's reply. The status bar says so in Chinese, no dialog opens,
 * what the clerk typed stays in the form; plugged back in at the same configured path, the next swipe fills the
 * form without a restart.
 */
@ExtendWith(ApplicationExtension.class)
class CardReaderUnplugTest {
    /** The window under test: its session is ended before the station closes (no timer outlives it). */
    private Shell shell;
    private static final String RECONNECTING_SUFFIX = "，正在自动重连（无需重启，请检查读卡器的USB线）";

    @TempDir
    Path dataDir;
    @TempDir
    Path ptyDir;
    private AppContext context;
    private SocatPtyPair pty;
    private HalfReplyHost cuttingHost;
    private PtyReaderSimulator host;
    private Stage stage;
    private Label readerStatus;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (shell != null) shell.endSession();
        FxToolkit.cleanupStages();
        if (context != null) context.close();
        if (cuttingHost != null) cuttingHost.close();
        if (host != null) host.close();
        if (pty != null) pty.close();
    }

    @Test
    void unpluggedMidReplyThenReplugged(FxRobot robot) throws Exception {
        pty = SocatPtyPair.start(ptyDir);
        ReaderSimulator simulator = new ReaderSimulator();
        cuttingHost = HalfReplyHost.start(simulator, pty.simulatorEnd());
        context = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        TestOperators.windowStaff(context);
        Path clientEnd = Path.of(pty.clientEnd());
        Files.writeString(dataDir.resolve("devices.properties"), "cardReader.port=" + clientEnd + "\n",
                StandardCharsets.UTF_8);
        robot.interact(() -> {
            shell = new Shell(Main.deskServices(context), FileDialogs.system());
            stage.setScene(Theme.apply(new Scene(shell.root(), 1366, 800)));
            shell.start(context.stationSetup().station());
            stage.show();
        });
        robot.clickOn("#login").write("wangfang");
        robot.clickOn("#password").write(TestOperators.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#field-name").tryQuery().isPresent());
        readerStatus = robot.lookup("#cardReaderStatus").queryAs(Label.class);
        waitUntil(() -> readerStatus.getText().equals("读卡器：已连接"));
        List<Window> windowsBefore = windows(robot);

        // the clerk has typed a phone number by hand; then a card is swiped and the reader is unplugged mid-reply
        TextField phone = robot.lookup("#field-mobile").queryAs(TextField.class);
        robot.interact(() -> phone.setText("13812345678"));
        cuttingHost.armCut();
        List<IdCardData> cards = DemoCards.fromClasspath();
        simulator.placeCard(cards.get(0));
        assertThat(cuttingHost.halfSent().await(20, TimeUnit.SECONDS)).as("half the base information was sent").isTrue();
        pty.close();
        pty = null;
        Await.until(Duration.ofSeconds(5), "socat removed the reader's pty " + clientEnd,
                () -> !Files.exists(clientEnd, LinkOption.NOFOLLOW_LINKS));

        waitUntil(() -> readerStatus.getText().endsWith(RECONNECTING_SUFFIX));
        String shown = readerStatus.getText();
        List<String> allowed = new ArrayList<>();
        for (String code : List.of("PORT_IO", "PORT_MISSING", "PORT_UNAVAILABLE", "TIMEOUT")) {
            allowed.add("读卡器：未连接：" + ReaderMessages.get().text("error." + code) + RECONNECTING_SUFFIX);
        }
        assertThat(shown).isIn(allowed);
        assertThat(windows(robot)).as("no error dialog opened").isEqualTo(windowsBefore);
        assertThat(phone.getText()).as("the typed input is kept").isEqualTo("13812345678");
        assertThat(text(robot, "name")).as("no half-read card reached the form").isEmpty();

        // plugged back in: a new pty pair at the same configured path, no restart
        cuttingHost.close();
        cuttingHost = null;
        pty = SocatPtyPair.start(ptyDir);
        host = PtyReaderSimulator.start(simulator, pty.simulatorEnd());
        waitUntil(() -> readerStatus.getText().equals("读卡器：已连接"));
        IdCardData card = cards.get(1);
        simulator.placeCard(card);
        waitUntil(() -> card.idNumber().equals(text(robot, "idNumber")) && card.name().equals(text(robot, "name")));
        assertThat(phone.getText()).isEqualTo("13812345678");
        assertThat(windows(robot)).isEqualTo(windowsBefore);
    }

    private static List<Window> windows(FxRobot robot) {
        List<Window> shown = new ArrayList<>();
        robot.interact(() -> Window.getWindows().stream().filter(Window::isShowing).forEach(shown::add));
        return shown;
    }

    private static String text(FxRobot robot, String field) {
        return robot.lookup("#field-" + field).queryAs(TextField.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
