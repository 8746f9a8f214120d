package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.ui.permit.PermitUiFixture.ADMIN;
import static org.residencedesk.ui.permit.PermitUiFixture.awaitPreview;
import static org.residencedesk.ui.permit.PermitUiFixture.selectFirstRow;
import static org.residencedesk.ui.permit.PermitUiFixture.selectTab;
import static org.residencedesk.ui.permit.PermitUiFixture.styled;
import static org.residencedesk.ui.permit.PermitUiFixture.text;
import static org.residencedesk.ui.permit.PermitUiFixture.waitUntil;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.online.OnlineKind;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.forms.FormValuesJson;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.service.permit.ApplicationRequest;
import org.residencedesk.service.permit.OnlineItem;
import org.residencedesk.service.permit.OnlineSubmission;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testsupport.RegistrationFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 待补材料 continued to acceptance, and the 网上预申请 queue: verify by swipe, convert, close, return. */
@ExtendWith(ApplicationExtension.class)
class PermitMaterialsOnlineTest {
    private static final String ONLINE_ID = IdNumbers.citizen("420106", "19920704", 35);
    private static final String ONLINE_NAME = "网上甲";
    private PermitUiFixture fixture;
    private PermitAreaView area;
    private long personId;
    private final List<FormValues> openedRegistrations = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        fixture = new PermitUiFixture();
        personId = fixture.registerResident();
        area = fixture.showPermitArea(stage, ADMIN, openedRegistrations);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void anApplicationWaitingForMaterialsIsContinuedAndAccepted(FxRobot robot) throws Exception {
        String id = fixture.context.permitApplications().submit(ADMIN, personId, new ApplicationRequest(PermitBasis.STABLE_RESIDENCE,
                Representation.IN_PERSON, false, Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO))).permit().id();

        selectTab(robot, "materialsTab");
        selectFirstRow(robot, "#materialsTable", 1);
        robot.clickOn("#continueButton");
        waitUntil(() -> text(robot, "#applicationModeLabel").startsWith("补齐材料")
                && robot.lookup("#material-LEASE").tryQuery().isPresent());
        assertThat(text(robot, "#applicationModeLabel")).isEqualTo("补齐材料：勾选已补交的材料后再次提交");
        assertThat(text(robot, "#personLabel")).isEqualTo(PermitUiFixture.NAME + "　" + IdNumber.mask(PermitUiFixture.ID)
                + "　登记编号 " + registrationNumber());
        assertThat(robot.lookup("#basisChoice").queryAs(ChoiceBox.class).getValue())
                .isEqualTo(PermitBasis.STABLE_RESIDENCE);
        assertThat(robot.lookup("#material-PHOTO").queryAs(CheckBox.class).isSelected())
                .as("what was handed in before stays ticked").isTrue();
        robot.interact(() -> robot.lookup("#material-LEASE").queryAs(CheckBox.class).setSelected(true));
        robot.clickOn("#submitButton");

        awaitPreview(area.previews(), DocumentType.ACCEPTANCE_RECEIPT);
        waitUntil(() -> text(robot, "#applicationMessage").startsWith("已受理"));
        assertThat(styled(robot, "#applicationMessage", "notice")).isTrue();
        PermitSummary accepted = fixture.context.permitQueries().summary(PermitUiFixture.ADMIN, id);
        assertThat(text(robot, "#applicationMessage")).isEqualTo(acceptedMessage(accepted));
        assertThat(accepted.status()).as("the same application, not a new one").isEqualTo(PermitStatus.ACCEPTED);
        assertThat(fixture.context.permitQueries().permitsOfPerson(PermitUiFixture.ADMIN, personId)).hasSize(1);
    }

    @Test
    void onlinePreApplicationsAreVerifiedConvertedClosedOrReturned(FxRobot robot) throws Exception {
        var online = fixture.context.platformIntake();
        FormValues typed = RegistrationFixture.valid().toBuilder().set("idNumber", ONLINE_ID).set("name", ONLINE_NAME)
                .set("sex", "1").set("birthDate", "1992-07-04").set("channel", "").set("operator", "")
                .set("registrationDate", "").set("registrationNumber", "").build();
        online.onlineApplicationReceived(new OnlineSubmission("WEB-1", OnlineKind.REGISTRATION, ONLINE_ID, ONLINE_NAME,
                FormValuesJson.toJson("registration", 1, typed), Instant.parse("2026-11-27T08:00:00Z")));
        // asked online for 稳定住所 (the registration suggests 稳定就业): the counter must follow the online choice
        online.onlineApplicationReceived(new OnlineSubmission("WEB-2", OnlineKind.PERMIT, PermitUiFixture.ID,
                PermitUiFixture.NAME, FormValuesJson.toJson("permit-online", 1, FormValues.builder()
                        .set("basis", "STABLE_RESIDENCE").set("representation", "IN_PERSON").build()),
                Instant.parse("2026-11-27T09:00:00Z")));
        online.onlineApplicationReceived(new OnlineSubmission("WEB-3", OnlineKind.REGISTRATION, ONLINE_ID, ONLINE_NAME,
                FormValuesJson.toJson("registration", 1, typed), Instant.parse("2026-11-27T10:00:00Z")));

        selectTab(robot, "onlineTab");
        TableView<?> table = selectFirstRow(robot, "#onlineTable", 3);
        // the wrong person's card does not verify it
        robot.interact(() -> area.cardRead(PermitUiFixture.card()));
        waitUntil(() -> text(robot, "#onlineMessage").contains("不一致"));
        assertThat(text(robot, "#onlineMessage")).isEqualTo("刷证读取的身份信息与网上预申请不一致");
        assertThat(text(robot, "#onlineNotice")).isEmpty();
        robot.clickOn("#toRegistrationButton");
        waitUntil(() -> text(robot, "#onlineMessage").contains("请先刷居民身份证"));
        assertThat(text(robot, "#onlineMessage")).isEqualTo("请先刷居民身份证核验申请人本人");
        assertThat(openedRegistrations).isEmpty();

        // 转居住登记: the registration screen gets the values; once saved there, 办结
        robot.interact(() -> area.cardRead(PermitUiFixture.card(ONLINE_NAME, ONLINE_ID, "1", LocalDate.of(1992, 7, 4))));
        waitUntil(() -> text(robot, "#onlineNotice").equals("身份核验通过"));
        assertThat(styled(robot, "#onlineNotice", "notice")).isTrue();
        assertThat(table.getSelectionModel().getSelectedIndex()).as("the verified row stays selected").isZero();
        robot.clickOn("#toRegistrationButton");
        waitUntil(() -> openedRegistrations.size() == 1);
        FormValues prefilled = openedRegistrations.get(0);
        assertThat(prefilled.get("idNumber")).isEqualTo(ONLINE_ID);
        assertThat(prefilled.get("channel")).isEqualTo("online");
        fixture.context.registration().register(ADMIN, prefilled); // what the registration screen's 保存 does
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        robot.clickOn("#onlineDoneButton");
        waitUntil(() -> !text(robot, "#onlineNotice").isEmpty() || !text(robot, "#onlineMessage").isEmpty());
        assertThat(text(robot, "#onlineMessage")).isEmpty();
        assertThat(text(robot, "#onlineNotice")).isEqualTo("网上预申请已办结");
        waitUntil(() -> table.getItems().size() == 2);

        // 转居住证申请: the online basis is shown and fixed, the materials are ticked at the counter
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        assertThat(((OnlineItem) table.getItems().get(0)).kind()).isEqualTo(OnlineKind.PERMIT);
        robot.interact(() -> area.cardRead(PermitUiFixture.card()));
        waitUntil(() -> text(robot, "#onlineNotice").equals("身份核验通过"));
        robot.clickOn("#toPermitButton");
        waitUntil(() -> text(robot, "#applicationModeLabel").startsWith("网上预申请")
                && robot.lookup("#material-LEASE").tryQuery().isPresent());
        assertThat(text(robot, "#applicationModeLabel")).isEqualTo("网上预申请转居住证申请：勾选现场提交的材料后提交");
        ChoiceBox<?> basis = robot.lookup("#basisChoice").queryAs(ChoiceBox.class);
        assertThat(basis.getValue()).isEqualTo(PermitBasis.STABLE_RESIDENCE);
        assertThat(basis.isDisabled()).isTrue();
        for (String kind : List.of("RESIDENT_ID_CARD", "PHOTO", "LEASE")) {
            robot.interact(() -> robot.lookup("#material-" + kind).queryAs(CheckBox.class).setSelected(true));
        }
        robot.clickOn("#submitButton");
        awaitPreview(area.previews(), DocumentType.ACCEPTANCE_RECEIPT);
        waitUntil(() -> text(robot, "#applicationMessage").startsWith("已受理"));
        assertThat(fixture.context.permitQueries().permitsOfPerson(PermitUiFixture.ADMIN, personId)).extracting(PermitSummary::status)
                .containsExactly(PermitStatus.ACCEPTED);
        assertThat(text(robot, "#applicationMessage"))
                .isEqualTo(acceptedMessage(fixture.context.permitQueries().permitsOfPerson(PermitUiFixture.ADMIN, personId).get(0)));
        PermitUiFixture.closePreviews(robot, (Stage) table.getScene().getWindow());

        // 退回 needs a reason
        selectTab(robot, "onlineTab");
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        robot.clickOn("#onlineRejectButton");
        waitUntil(() -> !text(robot, "#onlineMessage").isEmpty());
        assertThat(text(robot, "#onlineMessage")).isEqualTo("请填写退回原因");
        assertThat(table.getItems()).hasSize(1);
        robot.interact(() -> robot.lookup("#onlineRejectField").queryAs(TextInputControl.class).setText("重复提交"));
        robot.clickOn("#onlineRejectButton");
        waitUntil(() -> text(robot, "#onlineNotice").equals("网上预申请已退回") && table.getItems().isEmpty());
        assertThat(fixture.context.onlineApplications().pendingOnlineApplications(ADMIN, 0, 10)).isEmpty();
    }

    /** The registration number of the resident, as the database holds it (drawn when the fixture registered). */
    private String registrationNumber() {
        return fixture.context.registration().activeRegistrationOf(PermitUiFixture.ADMIN, PermitUiFixture.ID).orElseThrow().registrationNumber();
    }

    /** The message after 受理, with the number and promised day the service stored for {@code accepted}. */
    private static String acceptedMessage(PermitSummary accepted) {
        return "已受理，受理编号 " + accepted.acceptanceNumber() + "，承诺办结日期 "
                + org.residencedesk.domain.permit.PermitMessages.date(accepted.promisedOn()) + "；受理回执已打开";
    }
}
