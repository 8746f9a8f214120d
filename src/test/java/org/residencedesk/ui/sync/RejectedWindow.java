package org.residencedesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.testing.FxWait.keys;
import static org.residencedesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.function.BiFunction;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.domain.account.Role;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.Theme;
import org.residencedesk.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.NodeQuery;

/**
 * The window of the 打开更正 flows (ADR 0307, 0374): a station whose one record's first event the simulator rejects
 * (one scheduled sync run makes it REJECTED), the real shell on 1366×800, signed in through its login screen as
 * {@link #LOGIN} (窗口人员 and 站长) and on the 同步 area.
 */
final class RejectedWindow implements AutoCloseable {
    static final String LOGIN = "wangfang";

    final AppContext ctx;
    final PlatformSimulator sim;
    final Shell shell;
    /** What the record function returned: the number the rejected row shows. */
    final String number;

    /**
     * @param record saves the record on the station as the signed-in clerk and returns its number (shown in the rejected row)
     */
    RejectedWindow(Path folder, TestClock clock, String rejectedType, Stage stage, BiFunction<AppContext, Operator, String> record) {
        ctx = TestStation.open(folder.resolve("station"), clock);
        Operator staff = TestOperators.signIn(ctx, LOGIN, "王芳", Role.WINDOW_STAFF, Role.CHIEF);
        number = record.apply(ctx, staff);
        sim = PlatformSimulator.start(folder.resolve("sim"), 0, null, new Faults(3).rejectType(rejectedType), null,
                clock);
        SyncUiFixture.configure(folder.resolve("station"), sim);
        assertThat(SyncUiFixture.station(ctx, clock).runAsStation("schedule").rejected()).isEqualTo(1);
        shell = new Shell(Main.deskServices(ctx), FileDialogs.system());
        stage.setScene(Theme.apply(new Scene(shell.root(), 1366, 800)));
        shell.start(ctx.stationSetup().station());
        stage.show();
    }

    /** Signs in through the login screen, goes to 同步 and waits for the one rejected row and its 打开更正. */
    TableView<SyncViewModel.RejectedRow> signInToRejected(FxRobot robot) throws Exception {
        robot.clickOn(in(robot, "#login").<Node>query()).write(LOGIN);
        robot.clickOn(in(robot, "#password").<Node>query()).write(TestOperators.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> in(robot, "#areas").tryQuery().isPresent());
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        assertThat(area(robot)).isEqualTo("平台同步");
        TableView<SyncViewModel.RejectedRow> rejected = in(robot, "#rejected").queryAs(TableView.class);
        waitUntil(() -> rejected.getItems().size() == 1);
        waitUntil(() -> robot.from(rejected).lookup("打开更正").tryQuery().isPresent());
        return rejected;
    }

    /** Enter on the rejected row, as the clerk does. */
    static void enterOn(FxRobot robot, TableView<SyncViewModel.RejectedRow> rejected) {
        robot.interact(() -> {
            rejected.getSelectionModel().select(0);
            rejected.requestFocus();
        });
        robot.type(KeyCode.ENTER);
    }

    /** Nodes only inside this test's window. */
    NodeQuery in(FxRobot robot, String query) {
        return robot.from(shell.root()).lookup(query);
    }

    String area(FxRobot robot) {
        return in(robot, "#areas").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }

    @Override
    public void close() throws Exception {
        shell.endSession();
        FxToolkit.cleanupStages();
        sim.close();
        ctx.close();
    }
}
