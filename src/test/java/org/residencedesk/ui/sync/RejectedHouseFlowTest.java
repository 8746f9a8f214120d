package org.residencedesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.testing.FxWait.waitUntil;
import static org.residencedesk.testing.FxWait.keys;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
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
import org.residencedesk.domain.outbox.DeliveryStatus;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.register.HouseSummary;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testsupport.RegisterFixture;
import org.testfx.api.FxRobot;
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
    static final String HOUSE = "VMREJH0001";
    @TempDir
    Path folder;
    private final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    private RejectedWindow window;

    @Start
    void start(Stage stage) {
        window = new RejectedWindow(folder, clock, "HOUSE_REGISTERED", stage, (ctx, staff) -> {
            ctx.houseRegister().register(staff, RegisterFixture.house(HOUSE));
            return HOUSE;
        });
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) window.close();
    }

    @Test
    void enterOnARejectedHouseOpensItsFormAndTheSavedCorrectionIsQueuedForThatHouse(FxRobot robot) throws Exception {
        TableView<SyncViewModel.RejectedRow> rejected = window.signInToRejected(robot);
        assertThat(rejected.getItems().get(0)).isEqualTo(new SyncViewModel.RejectedRow(1, "房屋登记", HOUSE,
                "2026-11-28 09:15", "平台拒绝此类事件（模拟）：HOUSE_REGISTERED", "HOUSE", "待更正"));

        RejectedWindow.enterOn(robot, rejected);
        waitUntil(() -> form(robot).isPresent());
        assertThat(window.area(robot)).isEqualTo("登记簿");
        TableView<HouseSummary> houses = window.in(robot, "#houseTable").queryAs(TableView.class);
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

        AppContext ctx = window.ctx;
        OutboxEvent correction = ctx.transactions().readOnly(() -> ctx.outbox().newestOf("HOUSE", HOUSE))
                .orElseThrow();
        assertThat(correction.type()).isEqualTo(EventType.HOUSE_CHANGED);
        assertThat(correction.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(correction.payloadJson()).contains("\"houseNumber\":\"1039号\"");

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        robot.clickOn(window.in(robot, "#refreshButton").queryButton());
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
}
