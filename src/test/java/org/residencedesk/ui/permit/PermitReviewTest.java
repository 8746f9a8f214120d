package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.ui.permit.PermitUiFixture.awaitPreview;
import static org.residencedesk.ui.permit.PermitUiFixture.selectFirstRow;
import static org.residencedesk.ui.permit.PermitUiFixture.selectTab;
import static org.residencedesk.ui.permit.PermitUiFixture.styled;
import static org.residencedesk.ui.permit.PermitUiFixture.text;
import static org.residencedesk.ui.permit.PermitUiFixture.waitUntil;

import java.time.LocalDate;
import java.util.ArrayList;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.service.permit.PermitListItem;
import org.residencedesk.testing.IdNumbers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 待审核 in the window: 不予批准 needs a reason and opens its notice; 审核通过 moves the other on to print. */
@ExtendWith(ApplicationExtension.class)
class PermitReviewTest {
    private PermitUiFixture fixture;
    private PermitAreaView area;
    private String first;
    private String second;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new PermitUiFixture();
        first = fixture.acceptedPermit(fixture.registerResident());
        second = fixture.acceptedPermit(fixture.register(IdNumbers.citizen("420106", "19850612", 31), "周建国",
                "1", "1985-06-12"));
        area = fixture.showPermitArea(stage, PermitUiFixture.ADMIN, new ArrayList<>());
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void rejectNeedsAReasonAndOpensTheNoticeApproveSendsToPrint(FxRobot robot) throws Exception {
        selectTab(robot, "reviewTab");
        var table = selectFirstRow(robot, "#reviewTable", 2);
        String rejected = ((PermitListItem) table.getItems().get(0)).permit().id();
        String approved = rejected.equals(first) ? second : first;

        robot.clickOn("#rejectButton");
        waitUntil(() -> !text(robot, "#reviewMessage").isEmpty());
        assertThat(text(robot, "#reviewMessage")).as("the service's refusal, in the error style")
                .isEqualTo("不予批准须填写理由");
        assertThat(styled(robot, "#reviewMessage", "field-error")).isTrue();
        assertThat(fixture.context.permitQueries().summary(PermitUiFixture.ADMIN, rejected).status()).isEqualTo(PermitStatus.ACCEPTED);

        robot.interact(() -> robot.lookup("#rejectReasonField").queryAs(javafx.scene.control.TextField.class)
                .setText("居住登记信息与材料不符"));
        robot.clickOn("#rejectButton");
        robot.clickOn("#" + org.residencedesk.ui.Confirmations.CONFIRM_ID); // asked first (ADR 0181)
        var notice = awaitPreview(area.previews(), DocumentType.REJECTION_NOTICE);
        assertThat(notice.documentProperty().get().source().parameters())
                .as("the reason is on the notice").containsEntry("reason", "居住登记信息与材料不符");
        waitUntil(() -> text(robot, "#reviewNotice").contains("不予批准"));
        assertThat(text(robot, "#reviewNotice")).isEqualTo("受理编号 "
                + fixture.context.permitQueries().summary(PermitUiFixture.ADMIN, rejected).acceptanceNumber() + " 不予批准，通知书已打开");
        assertThat(styled(robot, "#reviewNotice", "notice")).as("success in the normal style").isTrue();
        assertThat(text(robot, "#reviewMessage")).isEmpty();
        assertThat(fixture.context.permitQueries().summary(PermitUiFixture.ADMIN, rejected).status()).isEqualTo(PermitStatus.REJECTED);
        PermitUiFixture.closePreviews(robot, (Stage) table.getScene().getWindow());

        selectFirstRow(robot, "#reviewTable", 1);
        robot.clickOn("#approveButton");
        robot.clickOn("#" + org.residencedesk.ui.Confirmations.CONFIRM_ID);
        waitUntil(() -> text(robot, "#reviewNotice").contains("审核通过"));
        assertThat(text(robot, "#reviewNotice")).isEqualTo("受理编号 "
                + fixture.context.permitQueries().summary(PermitUiFixture.ADMIN, approved).acceptanceNumber() + " 审核通过，已进入待制证");
        assertThat(fixture.context.permitQueries().summary(PermitUiFixture.ADMIN, approved).status()).isEqualTo(PermitStatus.APPROVED);
        assertThat(fixture.context.permitQueries().summary(PermitUiFixture.ADMIN, approved).approvedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
        waitUntil(() -> table.getItems().isEmpty());
    }
}
