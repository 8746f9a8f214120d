package org.residencedesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.testing.FxWait.waitUntil;
import static org.residencedesk.testing.FxWait.keys;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.platformsim.StoredEvent;
import org.residencedesk.service.sync.SyncOutcome;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 13 item 1, "can be corrected and resent" (ADR 0307): the platform rejected a registration's event; on the
 * 同步 screen Enter on its row opens that registration in 居住登记 for a change, the clerk corrects and saves, and the
 * next 立即同步 sends the correcting event, which the platform accepts; the row then says so.
 */
@ExtendWith(ApplicationExtension.class)
class RejectedRecordFlowTest {
    static final String ID = IdNumbers.citizen("420106", "19880512", 126);
    @TempDir
    Path folder;
    private final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    private RejectedWindow window;

    @Start
    void start(Stage stage) {
        // the platform's validation refuses the new registration (simulated: every REGISTRATION_CREATED)
        window = new RejectedWindow(folder, clock, "REGISTRATION_CREATED", stage, (ctx, staff) -> {
            FormValues values = RegistrationFixture.valid().toBuilder().set("idNumber", ID).set("name", "赵海燕")
                    .set("sex", "2").set("birthDate", "1988-05-12").set("arrivalDate", "2026-11-25")
                    .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
            return ctx.registration().register(staff, values).registrationNumber();
        });
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) window.close();
    }

    @Test
    void enterOnARejectedRowOpensTheRegistrationAndTheCorrectionIsAccepted(FxRobot robot) throws Exception {
        TableView<SyncViewModel.RejectedRow> rejected = window.signInToRejected(robot);
        assertThat(rejected.getItems().get(0)).isEqualTo(new SyncViewModel.RejectedRow(1, "居住登记", window.number,
                "2026-11-28 09:15", "平台拒绝此类事件（模拟）：REGISTRATION_CREATED", "REGISTRATION", "待更正"));

        RejectedWindow.enterOn(robot, rejected);
        waitUntil(() -> "居住登记".equals(window.area(robot)));
        waitUntil(() -> "变更登记".equals(window.in(robot, "#modeLabel").queryAs(Label.class).getText()));
        assertThat(window.in(robot, "#field-name").queryAs(TextField.class).getText()).isEqualTo("赵海燕");
        TextField street = window.in(robot, "#field-street").queryAs(TextField.class);
        robot.interact(() -> {
            street.requestFocus();
            street.selectAll();
        });
        robot.write("雄楚大道").type(KeyCode.ENTER);
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> window.in(robot, "#noticeLabel").queryAs(Label.class).getText().startsWith("变更成功"));

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        robot.clickOn(window.in(robot, "#syncNowButton").queryButton());
        waitUntil(() -> "已更正，平台已接收更正事件（序号 2）".equals(
                rejected.getItems().isEmpty() ? "" : rejected.getItems().get(0).correction()));
        AppContext ctx = window.ctx;
        assertThat(ctx.sync().status(TestOperators.signIn(ctx, "zhanzhang", "李强", Role.CHIEF)).outcome())
                .isEqualTo(SyncOutcome.OK);
        List<StoredEvent> held = window.sim.state().events(TestStation.CODE);
        assertThat(held).extracting(StoredEvent::seq, StoredEvent::type, StoredEvent::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "REGISTRATION_CREATED", "REJECTED"),
                org.assertj.core.groups.Tuple.tuple(2L, "REGISTRATION_CHANGED", "ACCEPTED"));
        assertThat(held.get(1).event().path("aggregateId").asText()).isEqualTo(window.number);
    }
}
