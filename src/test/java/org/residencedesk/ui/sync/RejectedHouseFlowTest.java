package org.residencedesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.testing.FxWait.waitUntil;
import static org.residencedesk.testing.FxWait.keys;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.outbox.DeliveryStatus;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.register.HouseSummary;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegisterFixture;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.Theme;
import org.residencedesk.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 13 item 1 for the registers (ADR 0374): the platform rejected a house's HOUSE_REGISTERED; on the 同步 screen
 * Enter on its row opens 登记簿 · 房屋 with that house selected and its 变更 form open; the clerk corrects and saves,
 * which queues a HOUSE_CHANGED for the same house, and the rejected row stays listed saying its correction waits for
 * upload (ADR 0307).
 */
@ExtendWith(ApplicationExtension.class)
class RejectedHouseFlowTest {
    static final String LOGIN = "wangfang";
    static final String HOUSE = "VMREJH0001";
    @TempDir
    Path folder;
    private final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    private AppContext ctx;
    private PlatformSimulator sim;
    private Shell shell;

    @Start
    void start(Stage stage) {
        ctx = TestStation.open(folder.resolve("station"), clock);
        Operator staff = TestOperators.signIn(ctx, LOGIN, "王芳", Role.WINDOW_STAFF, Role.CHIEF);
        ctx.houseRegister().register(staff, RegisterFixture.house(HOUSE));
        sim = PlatformSimulator.start(folder.resolve("sim"), 0, null, new Faults(3).rejectType("HOUSE_REGISTERED"),
                null, clock);
        SyncUiFixture.configure(folder.resolve("station"), sim);
        assertThat(SyncUiFixture.station(ctx, clock).runAsStation("schedule").rejected()).isEqualTo(1);
        shell = new Shell(Main.deskServices(ctx), FileDialogs.system());
        stage.setScene(Theme.apply(new Scene(shell.root(), 1366, 800)));
        shell.start(ctx.stationSetup().station());
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (shell != null) shell.endSession();
        FxToolkit.cleanupStages();
        if (sim != null) sim.close();
        if (ctx != null) ctx.close();
    }

    @Test
    void enterOnARejectedHouseOpensItsFormAndTheSavedCorrectionIsQueuedForThatHouse(FxRobot robot) throws Exception {
        robot.clickOn(in(robot, "#login").<Node>query()).write(LOGIN);
        robot.clickOn(in(robot, "#password").<Node>query()).write(TestOperators.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> in(robot, "#areas").tryQuery().isPresent());
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        TableView<SyncViewModel.RejectedRow> rejected = in(robot, "#rejected").queryAs(TableView.class);
        waitUntil(() -> rejected.getItems().size() == 1);
        assertThat(rejected.getItems().get(0)).isEqualTo(new SyncViewModel.RejectedRow(1, "房屋登记", HOUSE,
                "2026-11-28 09:15", "平台拒绝此类事件（模拟）：HOUSE_REGISTERED", "HOUSE", "待更正"));
        waitUntil(() -> robot.from(rejected).lookup("打开更正").tryQuery().isPresent());

        robot.interact(() -> {
            rejected.getSelectionModel().select(0);
            rejected.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> form(robot).isPresent());
        assertThat(area(robot)).isEqualTo("登记簿");
        TableView<HouseSummary> houses = in(robot, "#houseTable").queryAs(TableView.class);
        waitUntil(() -> houses.getSelectionModel().getSelectedItem() != null);
        assertThat(houses.getItems()).extracting(HouseSummary::houseCode).containsExactly(HOUSE);
        assertThat(houses.getSelectionModel().getSelectedItem().houseCode()).isEqualTo(HOUSE);

        Parent form = form(robot).orElseThrow();
        TextField number = robot.from(form).lookup("#register-houseNumber").queryAs(TextField.class);
        assertThat(number.getText()).isEqualTo("1037号");
        robot.clickOn(number); // the dialog's window takes the keys
        robot.interact(number::selectAll);
        robot.write("1039号");
        assertThat(number.getText()).isEqualTo("1039号");
        robot.clickOn(robot.from(form).lookup("#registerSaveButton").queryAs(Button.class));
        try {
            waitUntil(() -> form(robot).isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the form stayed open: " + number.getText() + " " + robot.from(form)
                    .lookup((java.util.function.Predicate<Node>) n -> n.getId() != null && n.getId().startsWith("register-error-")).queryAllAs(
                            javafx.scene.control.Label.class).stream().map(l -> l.getId() + "=" + l.getText())
                    .filter(t -> !t.endsWith("=")).toList(), e);
        }

        OutboxEvent correction = ctx.transactions().readOnly(() -> ctx.outbox().newestOf("HOUSE", HOUSE))
                .orElseThrow();
        assertThat(correction.type()).isEqualTo(EventType.HOUSE_CHANGED);
        assertThat(correction.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(correction.payloadJson()).contains("\"houseNumber\":\"1039号\"");

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        robot.clickOn(in(robot, "#refreshButton").queryButton());
        String pending = "已更正，更正事件（序号 " + correction.seq() + "）待上传";
        waitUntil(() -> rejected.getItems().size() == 1 && pending.equals(rejected.getItems().get(0).correction()));
    }

    /** The 变更 dialog's content, looked up only inside the dialog's own window. */
    private static Optional<Parent> form(FxRobot robot) {
        for (Window w : robot.listWindows()) {
            if (w.isShowing() && w.getScene() != null
                    && robot.from(w.getScene().getRoot()).lookup("#registerSaveButton").tryQuery().isPresent()) {
                return Optional.of(w.getScene().getRoot());
            }
        }
        return Optional.empty();
    }

    /** Nodes only inside this test's window. */
    private org.testfx.service.query.NodeQuery in(FxRobot robot, String query) {
        return robot.from(shell.root()).lookup(query);
    }

    private String area(FxRobot robot) {
        return in(robot, "#areas").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }
}
