package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.ui.permit.PermitUiFixture.ADMIN;
import static org.residencedesk.ui.permit.PermitUiFixture.awaitPreview;
import static org.residencedesk.ui.permit.PermitUiFixture.selectFirstRow;
import static org.residencedesk.ui.permit.PermitUiFixture.selectTab;
import static org.residencedesk.ui.permit.PermitUiFixture.styled;
import static org.residencedesk.ui.permit.PermitUiFixture.text;
import static org.residencedesk.ui.permit.PermitUiFixture.waitUntil;

import java.util.ArrayList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.FeeKind;
import org.residencedesk.domain.permit.FeeRecord;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.PrintRecord;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.testing.IdNumbers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 待制证 → 待领取 → 补领 / 换领 / 注销 in the window, printing for real on the CUPS default queue: a batch
 * 直接打印, handover to a collector, 补领 whose 遗失补打 is preselected and needs the authoriser's password,
 * 换领 (old card required), 注销 (note required for 其他).
 */
@ExtendWith(ApplicationExtension.class)
class PermitPrintTest {
    private static final String OTHER_ID = IdNumbers.citizen("420106", "19850612", 31);
    private static final String THIRD_ID = IdNumbers.citizen("420106", "19770101", 58);
    private PermitUiFixture fixture;
    private PermitAreaView area;
    private Stage stage;
    private String holderPermit;
    private String otherPermit;
    private String issuedPermit;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new PermitUiFixture();
        holderPermit = fixture.approvedPermit(fixture.registerResident());
        otherPermit = fixture.approvedPermit(fixture.register(OTHER_ID, "周建国", "1", "1985-06-12"));
        issuedPermit = fixture.issuedPermit(fixture.register(THIRD_ID, "吴桂兰", "2", "1977-01-01"));
        area = fixture.showPermitArea(stage, ADMIN, new ArrayList<>());
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void batchPrintCollectorReissueWithAuthoriserReplaceAndCancel(FxRobot robot) throws Exception {
        org.residencedesk.testing.SystemTools.require(PermitFlowTest.cupsRunning(), "no CUPS scheduler (lpstat -r): cards cannot be printed for real");

        // 直接打印 of both approved cards
        selectTab(robot, "printTab");
        TableView<?> print = selectFirstRow(robot, "#printTable", 2);
        robot.interact(() -> print.getSelectionModel().selectAll());
        robot.clickOn("#directPrintButton");
        waitUntil(() -> text(robot, "#printNotice").startsWith("已打印 2 张"));
        assertThat(text(robot, "#printNotice")).isEqualTo("已打印 2 张，未成功 0 张");
        assertThat(styled(robot, "#printNotice", "notice")).isTrue();
        assertThat(text(robot, "#printMessage")).isEmpty();
        assertThat(status(holderPermit)).isEqualTo(PermitStatus.PRINTED);
        assertThat(status(otherPermit)).isEqualTo(PermitStatus.PRINTED);

        // 他人代领: the collector's ID number is checked before anything is sent
        selectTab(robot, "collectionTab");
        TableView<?> collection = robot.lookup("#collectionTable").queryAs(TableView.class);
        waitUntil(() -> collection.getItems().size() == 2);
        robot.interact(() -> area.cardRead(PermitUiFixture.card()));
        waitUntil(() -> text(robot, "#collectionNotice").contains(PermitUiFixture.NAME));
        assertThat(text(robot, "#collectionNotice")).isEqualTo(PermitUiFixture.NAME + " 的居住证已找到，请核对后发证");
        robot.interact(() -> robot.lookup("#collectorRadio").queryAs(RadioButton.class).setSelected(true));
        set(robot, "#collectorNameField", "刘大海");
        set(robot, "#collectorIdField", "42010619900315124");
        set(robot, "#relationshipField", "父女");
        robot.clickOn("#issueButton");
        waitUntil(() -> text(robot, "#collectionError").contains("代领人公民身份号码不正确"));
        assertThat(text(robot, "#collectionError")).isEqualTo("代领人公民身份号码不正确");
        assertThat(status(holderPermit)).isEqualTo(PermitStatus.PRINTED);
        String collectorId = IdNumbers.citizen("420106", "19620420", 11);
        set(robot, "#collectorIdField", collectorId);
        robot.clickOn("#issueButton");
        awaitPreview(area.previews(), DocumentType.ISSUANCE_RECEIPT);
        PermitUiFixture.closePreviews(robot, stage);
        waitUntil(() -> text(robot, "#collectionNotice").contains("已发证"));
        assertThat(styled(robot, "#collectionNotice", "notice")).isTrue();
        assertThat(text(robot, "#collectionNotice")).isEqualTo("居住证 "
                + fixture.context.permitQueries().summary(PermitUiFixture.ADMIN, holderPermit).permitNumber() + " 已发证，领取回执已打开");
        PermitApplication issued = fixture.context.permitQueries().open(ADMIN, holderPermit);
        assertThat(issued.status()).isEqualTo(PermitStatus.ISSUED);
        assertThat(issued.handovers()).singleElement().satisfies(h -> {
            assertThat(h.byHolder()).isFalse();
            assertThat(h.collectorName()).isEqualTo("刘大海");
            assertThat(h.collectorIdNumber().value()).isEqualTo(collectorId);
            assertThat(h.relationship()).isEqualTo("父女");
        });

        // 补领: the card is lost; the fee is recorded and the card goes back to 待制证
        selectTab(robot, "applyTab");
        openOnlyPermit(robot, PermitUiFixture.ID);
        robot.clickOn("#reissueButton");
        waitUntil(() -> text(robot, "#detailNotice").contains("补领"));
        assertThat(text(robot, "#detailNotice")).isEqualTo("已办理补领，居住证进入待制证");
        assertThat(styled(robot, "#detailNotice", "notice")).isTrue();
        assertThat(status(holderPermit)).isEqualTo(PermitStatus.APPROVED);
        assertThat(fixture.context.permitQueries().open(ADMIN, holderPermit).fees()).extracting(FeeRecord::kind)
                .containsExactly(FeeKind.REISSUE);

        // 遗失补打 is preselected; without the authoriser's password it is refused, with it it prints
        selectTab(robot, "printTab");
        selectFirstRow(robot, "#printTable", 1);
        @SuppressWarnings("unchecked")
        ChoiceBox<PrintType> type = robot.lookup("#printTypeChoice").queryAs(ChoiceBox.class);
        waitUntil(() -> type.getValue() == PrintType.LOST_REPRINT);
        set(robot, "#printReasonField", "持证人遗失");
        set(robot, "#authoriserLoginField", PermitUiFixture.LOGIN);
        set(robot, "#authoriserPasswordField", "wrong-password");
        robot.clickOn("#directPrintButton");
        waitUntil(() -> text(robot, "#authoriserError").startsWith("授权人验证未通过"));
        assertThat(text(robot, "#authoriserError")).isEqualTo("授权人验证未通过：账号或密码错误");
        assertThat(text(robot, "#printNotice")).isEmpty();
        assertThat(status(holderPermit)).isEqualTo(PermitStatus.APPROVED);
        set(robot, "#authoriserPasswordField", PermitUiFixture.PASSWORD);
        robot.clickOn("#directPrintButton");
        waitUntil(() -> text(robot, "#printNotice").startsWith("已打印 1 张，未成功 0 张"));
        assertThat(text(robot, "#printNotice")).isEqualTo("已打印 1 张，未成功 0 张");
        PermitApplication reprinted = fixture.context.permitQueries().open(ADMIN, holderPermit);
        assertThat(reprinted.status()).isEqualTo(PermitStatus.PRINTED);
        PrintRecord last = reprinted.prints().get(reprinted.prints().size() - 1);
        assertThat(last.type()).isEqualTo(PrintType.LOST_REPRINT);
        assertThat(last.authorisedBy()).isEqualTo(PermitUiFixture.LOGIN);
        assertThat(last.reason()).isEqualTo("持证人遗失");
        assertThat(last.permitNumber()).as("the permit keeps its number").isEqualTo(reprinted.prints().get(0)
                .permitNumber());

        // 换领 of an issued permit: only with the old card handed back; its first print is a plain one again
        selectTab(robot, "applyTab");
        openOnlyPermit(robot, THIRD_ID);
        robot.interact(() -> robot.lookup("#oldCardReturnedBox").queryAs(CheckBox.class).setSelected(false));
        robot.clickOn("#replaceButton");
        waitUntil(() -> !text(robot, "#detailError").isEmpty());
        assertThat(text(robot, "#detailError")).isEqualTo("换领须交回原居住证");
        assertThat(text(robot, "#detailNotice")).isEmpty();
        assertThat(status(issuedPermit)).isEqualTo(PermitStatus.ISSUED);
        robot.interact(() -> robot.lookup("#oldCardReturnedBox").queryAs(CheckBox.class).setSelected(true));
        robot.clickOn("#replaceButton");
        waitUntil(() -> text(robot, "#detailNotice").contains("换领"));
        assertThat(text(robot, "#detailNotice")).isEqualTo("已办理换领，居住证进入待制证");
        assertThat(status(issuedPermit)).isEqualTo(PermitStatus.APPROVED);
        robot.interact(() -> type.setValue(PrintType.LOST_REPRINT));
        selectTab(robot, "printTab");
        selectFirstRow(robot, "#printTable", 1);
        waitUntil(() -> type.getValue() == PrintType.FIRST);

        // 注销 of the other (printed, never collected): 其他 needs a note
        selectTab(robot, "applyTab");
        openOnlyPermit(robot, OTHER_ID);
        @SuppressWarnings("unchecked")
        ChoiceBox<CancellationReason> reason = robot.lookup("#cancelReasonChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> reason.setValue(CancellationReason.OTHER));
        robot.clickOn("#cancelButton");
        robot.clickOn("#" + org.residencedesk.ui.Confirmations.CONFIRM_ID); // asked first (ADR 0181)
        waitUntil(() -> !text(robot, "#detailError").isEmpty());
        assertThat(text(robot, "#detailError")).isEqualTo("注销原因为“其他”时须填写说明");
        assertThat(status(otherPermit)).isEqualTo(PermitStatus.PRINTED);
        set(robot, "#cancelNoteField", "本人申请注销");
        robot.clickOn("#cancelButton");
        robot.clickOn("#" + org.residencedesk.ui.Confirmations.CONFIRM_ID); // asked first (ADR 0181)
        waitUntil(() -> text(robot, "#detailNotice").contains("已注销"));
        assertThat(text(robot, "#detailNotice")).isEqualTo("居住证已注销");
        assertThat(status(otherPermit)).isEqualTo(PermitStatus.CANCELLED);
    }

    private PermitStatus status(String permitId) {
        return fixture.context.permitQueries().summary(PermitUiFixture.ADMIN, permitId).status();
    }

    /** Finds the person and opens their only permit in the details panel. */
    private static void openOnlyPermit(FxRobot robot, String idNumber) throws Exception {
        set(robot, "#permitIdField", idNumber);
        robot.clickOn("#permitIdField").type(KeyCode.ENTER);
        TableView<?> permits = robot.lookup("#personPermitTable").queryAs(TableView.class);
        waitUntil(() -> permits.getItems().size() == 1
                && robot.lookup("#personLabel").queryAs(javafx.scene.control.Label.class).getText()
                .contains(idNumber.substring(14)));
        robot.interact(() -> permits.getSelectionModel().clearAndSelect(0));
        var list = robot.lookup("#detailList").queryAs(javafx.scene.control.ListView.class);
        waitUntil(() -> !list.getItems().isEmpty());
    }

    private static void set(FxRobot robot, String query, String value) {
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(value));
    }
}
