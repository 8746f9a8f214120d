package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.ui.permit.PermitUiFixture.awaitPreview;
import static org.residencedesk.ui.permit.PermitUiFixture.controller;
import static org.residencedesk.ui.permit.PermitUiFixture.waitUntil;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.residencedesk.app.Main;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitMessages;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.ui.print.PrintPreviewViewModel;
import org.residencedesk.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The 居住证 window through the real shell on Derby: an incomplete application gets the one-time notice;
 * a complete one is accepted, approved, printed (CUPS queue), issued by swiping the holder's card and
 * endorsed a year later on the moved clock.
 */
@ExtendWith(ApplicationExtension.class)
class PermitFlowTest {
    private PermitUiFixture fixture;
    private long personId;
    private Stage mainStage;

    @Start
    void start(Stage stage) throws Exception {
        mainStage = stage;
        fixture = new PermitUiFixture();
        personId = fixture.registerResident();
        Shell shell = new Shell(Main.deskServices(fixture.context),
                (owner, title, name) -> Optional.of(fixture.dataDir.resolve(name)));
        stage.setScene(new Scene(shell.root(), 1200, 760));
        shell.start(fixture.context.stationSetup().station());
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void missingMaterialsOpenTheOneTimeNotice(FxRobot robot) throws Exception {
        PermitAreaView area = openPermitArea(robot);
        findResident(robot);
        chooseResidenceBasis(robot);
        tick(robot, "RESIDENT_ID_CARD");
        robot.clickOn("#submitButton");

        PrintPreviewViewModel preview = awaitPreview(area.previews(), DocumentType.MISSING_MATERIALS_NOTICE);
        assertThat(preview.documentProperty().get().source().rows()).as("one line per missing requirement")
                .hasSize(2);
        waitUntil(() -> label(robot, "#applicationMessage").contains("一次性告知单"));
        assertThat(label(robot, "#applicationMessage")).isEqualTo("材料不全：已生成一次性告知单，申请进入待补材料");
        assertThat(fixture.context.permitQueries().permitsOfPerson(PermitUiFixture.ADMIN, personId)).extracting(PermitSummary::status)
                .containsExactly(PermitStatus.AWAITING_MATERIALS);
    }

    @Test
    void acceptApprovePrintIssueByswipeAndEndorseAYearLater(FxRobot robot) throws Exception {
        PermitAreaView area = openPermitArea(robot);
        findResident(robot);
        chooseResidenceBasis(robot);
        waitUntil(() -> label(robot, "#eligibilityLabel").contains("居住登记起始日期：2026年3月1日"));
        assertThat(label(robot, "#eligibilityLabel")).isEqualTo("""
                居住登记起始日期：2026年3月1日
                满足居住半年条件日期：2026年9月1日
                计算依据：居住时间自2026年3月1日在本站首次居住登记之日起算（连续的换地登记一并计算；申报的来本地日期不作为起算日）
                建议申领条件：合法稳定就业
                资格预审：符合申领条件""");
        tick(robot, "RESIDENT_ID_CARD");
        tick(robot, "PHOTO");
        tick(robot, "LEASE");
        robot.clickOn("#submitButton");
        awaitPreview(area.previews(), DocumentType.ACCEPTANCE_RECEIPT);
        closePreviews(robot);
        waitUntil(() -> label(robot, "#applicationMessage").startsWith("已受理"));
        // the numbers are drawn by the service: read them back from the database
        PermitSummary accepted = fixture.context.permitQueries().permitsOfPerson(PermitUiFixture.ADMIN, personId).get(0);
        assertThat(label(robot, "#applicationMessage")).isEqualTo("已受理，受理编号 " + accepted.acceptanceNumber()
                + "，承诺办结日期 " + PermitMessages.date(accepted.promisedOn()) + "；受理回执已打开");

        // 待审核: the list masks the ID number
        selectTab(robot, 1);
        TableView<?> review = robot.lookup("#reviewTable").queryAs(TableView.class);
        waitUntil(() -> review.getItems().size() == 1);
        waitUntil(() -> robot.from(review).lookup(IdNumber.mask(PermitUiFixture.ID)).tryQuery().isPresent());
        assertThat(robot.from(review).lookup(PermitUiFixture.ID).tryQuery()).isEmpty();
        robot.interact(() -> review.getSelectionModel().select(0));
        robot.clickOn("#approveButton");
        robot.clickOn("#" + org.residencedesk.ui.Confirmations.CONFIRM_ID); // asked first (ADR 0181)
        waitUntil(() -> label(robot, "#reviewNotice").contains("审核通过"));
        assertThat(label(robot, "#reviewNotice"))
                .isEqualTo("受理编号 " + accepted.acceptanceNumber() + " 审核通过，已进入待制证");

        // 待制证: preview the card and print it on the CUPS PDF queue; only success marks it printed
        selectTab(robot, 2);
        TableView<?> print = robot.lookup("#printTable").queryAs(TableView.class);
        waitUntil(() -> print.getItems().size() == 1);
        robot.interact(() -> print.getSelectionModel().select(0));
        robot.clickOn("#previewPrintButton");
        PrintPreviewViewModel card = awaitPreview(area.previews(), DocumentType.PERMIT_CARD);
        org.residencedesk.testing.SystemTools.require(cupsRunning(), "no CUPS scheduler (lpstat -r): the card cannot be printed for real");
        robot.interact(() -> card.printDocument());
        waitUntil(() -> card.lastOutcomeProperty().get() != null);
        assertThat(card.lastOutcomeProperty().get().succeeded()).as(card.lastOutcomeProperty().get().message()).isTrue();
        waitUntil(() -> label(robot, "#printNotice").startsWith("已制证"));
        closePreviews(robot);
        String permitNumber = fixture.context.permitQueries().permitsOfPerson(PermitUiFixture.ADMIN, personId).get(0).permitNumber();
        assertThat(label(robot, "#printNotice")).isEqualTo("已制证，居住证编号 " + permitNumber + "，已进入待领取");
        assertThat(fixture.context.permitQueries().permitsOfPerson(PermitUiFixture.ADMIN, personId).get(0).status()).isEqualTo(PermitStatus.PRINTED);

        // 待领取: the holder swipes their card, the printed permit is found and handed over
        selectTab(robot, 3);
        robot.interact(() -> area.cardRead(PermitUiFixture.card()));
        waitUntil(() -> label(robot, "#issueTargetLabel").startsWith("待领取"));
        assertThat(label(robot, "#issueTargetLabel"))
                .isEqualTo("待领取：受理编号 " + accepted.acceptanceNumber() + "　居住证编号 " + permitNumber);
        robot.clickOn("#issueButton");
        awaitPreview(area.previews(), DocumentType.ISSUANCE_RECEIPT);
        closePreviews(robot);
        waitUntil(() -> label(robot, "#collectionNotice").contains("已发证"));
        assertThat(label(robot, "#collectionNotice")).isEqualTo("居住证 " + permitNumber + " 已发证，领取回执已打开");

        // a year later, inside the endorsement window (anniversary 2027-11-28)
        fixture.today(LocalDate.of(2027, 11, 10));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        EndorsementAreaView endorsement = controller(robot, "endorsementArea", EndorsementAreaView.class);
        robot.interact(() -> endorsement.cardRead(PermitUiFixture.card()));
        ListView<?> window = robot.lookup("#windowList").queryAs(ListView.class);
        assertThat(robot.lookup("#endorseIdField").queryAs(javafx.scene.control.TextField.class).getText())
                .as("the swipe fills the finder").isEqualTo(PermitUiFixture.ID);
        waitUntil(() -> window.getItems().stream().anyMatch(l -> l.toString().startsWith("签注期")));
        assertThat(window.getItems()).extracting(Object::toString).containsExactly(
                PermitUiFixture.NAME + "　" + IdNumber.mask(PermitUiFixture.ID),
                "状态：已发证",
                "居住证编号：" + permitNumber,
                "签注期：2027年10月28日 至 2027年11月27日",
                "居住满年日期：2027年11月28日",
                "签注期内，还剩 17 天",
                "已签注次数：0");
        robot.clickOn("#endorseButton");
        awaitPreview(endorsement.previews(), DocumentType.ENDORSEMENT_RECORD);
        waitUntil(() -> label(robot, "#endorseNotice").contains("签注完成"));
        assertThat(label(robot, "#endorseNotice")).isEqualTo("签注完成，签注凭证已打开");
        PermitSummary after = fixture.context.permitQueries().permitsOfPerson(PermitUiFixture.ADMIN, personId).get(0);
        assertThat(after.endorsementCount()).isEqualTo(1);
        assertThat(after.nextAnniversary()).isEqualTo(LocalDate.of(2028, 11, 28));
    }

    private PermitAreaView openPermitArea(FxRobot robot) throws Exception {
        robot.clickOn("#login").write(PermitUiFixture.LOGIN);
        robot.clickOn("#password").write(PermitUiFixture.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#field-idNumber").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#permitArea").tryQuery().isPresent());
        return controller(robot, "permitArea", PermitAreaView.class);
    }

    private void findResident(FxRobot robot) throws Exception {
        robot.clickOn("#permitIdField").write(PermitUiFixture.ID).type(KeyCode.ENTER);
        waitUntil(() -> label(robot, "#personLabel").startsWith(PermitUiFixture.NAME));
        assertThat(label(robot, "#personLabel")).isEqualTo(PermitUiFixture.NAME + "　" + IdNumber.mask(PermitUiFixture.ID)
                + "　登记编号 " + fixture.context.registration().activeRegistrationOf(PermitUiFixture.ADMIN, PermitUiFixture.ID).orElseThrow()
                .registrationNumber());
        waitUntil(() -> !label(robot, "#eligibilityLabel").isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static void chooseResidenceBasis(FxRobot robot) throws Exception {
        ChoiceBox<PermitBasis> basis = robot.lookup("#basisChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> basis.setValue(PermitBasis.STABLE_RESIDENCE));
        waitUntil(() -> robot.lookup("#material-LEASE").tryQuery().isPresent()
                && robot.lookup("#material-LABOUR_CONTRACT").tryQuery().isEmpty());
    }

    /** The clerk closes the preview window (it is modal to the main window) before going on. */
    private void closePreviews(FxRobot robot) {
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != mainStage).forEach(javafx.stage.Window::hide));
    }

    private static void tick(FxRobot robot, String kind) {
        CheckBox box = robot.lookup("#material-" + kind).queryAs(CheckBox.class);
        robot.interact(() -> box.setSelected(true));
    }

    private static void selectTab(FxRobot robot, int index) {
        TabPane tabs = robot.lookup("#permitTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
    }

    static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    static boolean cupsRunning() {
        try {
            Process p = new ProcessBuilder("lpstat", "-r").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor() == 0 && out.contains("is running");
        } catch (Exception e) {
            return false;
        }
    }
}
