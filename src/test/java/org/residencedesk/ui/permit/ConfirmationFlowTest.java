package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.ui.permit.PermitUiFixture.ADMIN;
import static org.residencedesk.ui.permit.PermitUiFixture.selectFirstRow;
import static org.residencedesk.ui.permit.PermitUiFixture.selectTab;
import static org.residencedesk.ui.permit.PermitUiFixture.text;
import static org.residencedesk.ui.permit.PermitUiFixture.waitUntil;

import java.util.ArrayList;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.service.permit.PermitListItem;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.ui.Confirmations;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 审核通过, 不予批准 and 注销 ask first (ADR 0181): the question names the person and the number, 取消 (also
 * Enter, the default) stores nothing — no status change, no audit entry — and 确定 does the step.
 */
@ExtendWith(ApplicationExtension.class)
class ConfirmationFlowTest {
    private static final String OTHER_ID = IdNumbers.citizen("420106", "19850612", 31);
    private static final String THIRD_ID = IdNumbers.citizen("420106", "19770101", 48);
    private PermitUiFixture fixture;
    private String first;
    private String second;
    private String issued;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new PermitUiFixture();
        first = fixture.acceptedPermit(fixture.registerResident());
        second = fixture.acceptedPermit(fixture.register(OTHER_ID, "周建国", "1", "1985-06-12"));
        issued = fixture.issuedPermit(fixture.register(THIRD_ID, "吴桂兰", "2", "1977-01-01"));
        fixture.showPermitArea(stage, ADMIN, new ArrayList<>());
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void approveAsksCancelKeepsTheApplicationConfirmApprovesIt(FxRobot robot) throws Exception {
        selectTab(robot, "reviewTab");
        TableView<?> table = selectFirstRow(robot, "#reviewTable", 2);
        PermitListItem item = (PermitListItem) table.getItems().get(0);
        long auditBefore = auditCount();

        robot.clickOn("#approveButton");
        waitUntil(() -> robot.lookup("#" + Confirmations.CANCEL_ID).tryQuery().isPresent());
        assertThat(question(robot)).isEqualTo("确认审核通过 " + item.name() + " 的申请（受理编号 "
                + item.permit().acceptanceNumber() + "）吗？审核通过后将进入制证，不能撤回。");
        robot.clickOn("#" + Confirmations.CANCEL_ID);
        waitUntil(() -> robot.lookup("#" + Confirmations.CANCEL_ID).tryQuery().isEmpty());
        assertThat(status(item.permit().id())).isEqualTo(PermitStatus.ACCEPTED);
        assertThat(auditCount()).as("nothing stored, nothing audited").isEqualTo(auditBefore);

        robot.clickOn("#approveButton");
        waitUntil(() -> robot.lookup("#" + Confirmations.CANCEL_ID).tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#" + Confirmations.CANCEL_ID).tryQuery().isEmpty());
        assertThat(status(item.permit().id())).as("Enter is 取消").isEqualTo(PermitStatus.ACCEPTED);

        robot.clickOn("#approveButton");
        robot.clickOn("#" + Confirmations.CONFIRM_ID);
        waitUntil(() -> status(item.permit().id()) == PermitStatus.APPROVED);
        waitUntil(() -> text(robot, "#reviewNotice").contains("审核通过"));
        assertThat(auditCount()).isGreaterThan(auditBefore);
    }

    @Test
    void rejectAsksWithItsReasonCancelKeepsConfirmRejects(FxRobot robot) throws Exception {
        selectTab(robot, "reviewTab");
        TableView<?> table = selectFirstRow(robot, "#reviewTable", 2);
        PermitListItem item = (PermitListItem) table.getItems().get(0);
        robot.interact(() -> robot.lookup("#rejectReasonField").queryAs(TextField.class).setText("材料与登记不符"));

        robot.clickOn("#rejectButton");
        waitUntil(() -> robot.lookup("#" + Confirmations.CANCEL_ID).tryQuery().isPresent());
        assertThat(question(robot)).isEqualTo("确认对 " + item.name() + " 的申请（受理编号 "
                + item.permit().acceptanceNumber() + "）不予批准吗？理由：材料与登记不符。不予批准后不能撤回。");
        robot.clickOn("#" + Confirmations.CANCEL_ID);
        waitUntil(() -> robot.lookup("#" + Confirmations.CANCEL_ID).tryQuery().isEmpty());
        assertThat(status(item.permit().id())).isEqualTo(PermitStatus.ACCEPTED);

        robot.clickOn("#rejectButton");
        robot.clickOn("#" + Confirmations.CONFIRM_ID);
        waitUntil(() -> status(item.permit().id()) == PermitStatus.REJECTED);
        String other = item.permit().id().equals(first) ? second : first;
        assertThat(status(other)).as("only the selected one").isEqualTo(PermitStatus.ACCEPTED);
        PermitUiFixture.closePreviews(robot, (Stage) table.getScene().getWindow());
    }

    @Test
    void cancellingAPermitAsksCancelKeepsItConfirmCancelsIt(FxRobot robot) throws Exception {
        selectTab(robot, "applyTab");
        robot.interact(() -> robot.lookup("#permitIdField").queryAs(TextField.class).setText(THIRD_ID));
        robot.clickOn("#permitIdField").type(KeyCode.ENTER);
        TableView<?> permits = robot.lookup("#personPermitTable").queryAs(TableView.class);
        waitUntil(() -> permits.getItems().size() == 1);
        robot.interact(() -> permits.getSelectionModel().clearAndSelect(0));
        waitUntil(() -> !robot.lookup("#detailList").queryAs(javafx.scene.control.ListView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ChoiceBox<CancellationReason> reason = robot.lookup("#cancelReasonChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> reason.setValue(CancellationReason.MOVED_AWAY));
        String number = fixture.context.permitQueries().summary(ADMIN, issued).permitNumber();

        robot.clickOn("#cancelButton");
        waitUntil(() -> robot.lookup("#" + Confirmations.CANCEL_ID).tryQuery().isPresent());
        assertThat(question(robot)).isEqualTo("确认注销 吴桂兰 的居住证 " + number + " 吗？注销原因：离开居住地。注销后不能恢复。");
        robot.clickOn("#" + Confirmations.CANCEL_ID);
        waitUntil(() -> robot.lookup("#" + Confirmations.CANCEL_ID).tryQuery().isEmpty());
        assertThat(status(issued)).isEqualTo(PermitStatus.ISSUED);

        robot.clickOn("#cancelButton");
        robot.clickOn("#" + Confirmations.CONFIRM_ID);
        waitUntil(() -> status(issued) == PermitStatus.CANCELLED);
        waitUntil(() -> text(robot, "#detailNotice").equals("居住证已注销"));
    }

    private static String question(FxRobot robot) {
        return robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
    }

    private PermitStatus status(String permitId) {
        return fixture.context.permitQueries().summary(ADMIN, permitId).status();
    }

    private long auditCount() {
        return fixture.context.transactions().readOnly(() -> fixture.context.auditLog().count());
    }
}
