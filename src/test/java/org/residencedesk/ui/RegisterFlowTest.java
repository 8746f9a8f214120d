package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.ui.DeskWindowFixture.keys;
import static org.residencedesk.ui.DeskWindowFixture.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.service.register.HouseForm;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.Screenshots;
import org.residencedesk.testsupport.RegisterFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14 through the real window: a registration picks its house and its employer from the registers (pinyin
 * initials typed into the picker, Enter/Tab take the row, the form is filled), is saved, and the person is then on
 * the house's and the employer's page in 登记簿. Also the picker's keys (Esc, a code typed directly, an unknown code
 * refused at save) and the create-on-the-fly dialog.
 */
@ExtendWith({RegisterFlowTest.PrepareOffTheFxThread.class, ApplicationExtension.class})
class RegisterFlowTest {
    static final String HOUSE = "FLOWHOUSE01";
    static final String EMPLOYER = RegisterFixture.creditCode("91420100MA4K0201A");
    static final String PERSON_ID = IdNumbers.citizen("420106", "19900315", 132);
    @TempDir
    Path dataDir;
    private DeskWindowFixture fixture;
    private Stage stage;

    /** The station is made on the test thread: TestFX gives {@code @Start} only 10 s (see LayoutAt1366Test). */
    static final class PrepareOffTheFxThread implements org.junit.jupiter.api.extension.BeforeEachCallback {
        @Override
        public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            ((RegisterFlowTest) context.getRequiredTestInstance()).prepare();
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture.show(stage, 1366, 768);
    }

    void prepare() {
        fixture = new DeskWindowFixture(dataDir, Role.WINDOW_STAFF);
        fixture.context.houseRegister().register(fixture.staff, RegisterFixture.house(HOUSE));
        fixture.context.employerRegister().register(fixture.staff,
                RegisterFixture.employer(EMPLOYER, "武汉顺达物流有限公司"));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        fixture.close();
    }

    @Test
    void aPersonRegisteredIntoAHouseAndAnEmployerFromTheRegistersIsOnBothPages(FxRobot robot) throws Exception {
        fixture.signIn(robot);
        person(robot);

        focus(robot, "houseCode");
        robot.write("ls");
        waitUntil(() -> lines().stream().anyMatch(l -> l.startsWith(HOUSE)));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "珞喻路".equals(field(robot, "street").getText()));
        assertThat(field(robot, "houseCode").getText()).isEqualTo(HOUSE);
        assertThat(field(robot, "residenceDivision").getText()).contains("420111002003");
        assertThat(field(robot, "houseNumber").getText()).isEqualTo("1037号");
        waitUntil(() -> "李四".equals(field(robot, "landlordName").getText()));
        assertThat(field(robot, "landlordIdNumber").getText()).isEqualTo("34052419800101001X");

        fill(robot, "intendedStay", "4");
        fill(robot, "residenceReason", "01");
        fill(robot, "occupation", "4");
        focus(robot, "workplaceName");
        robot.write("whsd");
        waitUntil(() -> lines().stream().anyMatch(l -> l.contains("武汉顺达物流有限公司")));
        robot.type(KeyCode.TAB);
        waitUntil(() -> EMPLOYER.equals(field(robot, "workplaceCreditCode").getText()));
        assertThat(field(robot, "workplaceName").getText()).isEqualTo("武汉顺达物流有限公司");
        assertThat(field(robot, "workplacePhone").getText()).isEqualTo("027-87654321");
        consentAndSave(robot);
        awaitOrExplain(robot, () -> notice(robot).startsWith("登记成功"));

        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        Parent root = stage.getScene().getRoot();
        TableView<?> houses = robot.from(root).lookup("#houseTable").queryAs(TableView.class);
        waitUntil(() -> houses.getItems().size() == 1);
        robot.interact(() -> houses.getSelectionModel().select(0));
        robot.clickOn(robot.from(root).lookup("#openHouseButton").queryAs(Button.class));
        TableView<?> occupants = robot.from(root).lookup("#occupantTable").queryAs(TableView.class);
        waitUntil(() -> occupants.getItems().size() == 1);
        String masked = PERSON_ID.substring(0, 6) + "********" + PERSON_ID.substring(14);
        waitUntil(() -> robot.from(occupants).lookup("阿依古丽·买买提").tryQuery().isPresent());
        assertThat(robot.from(occupants).lookup(masked).tryQuery()).as("masked in the list").isPresent();
        assertThat(robot.from(occupants).lookup(PERSON_ID).tryQuery()).isEmpty();
        assertThat(robot.from(root).lookup("#houseHeading").queryAs(Label.class).getText()).startsWith("房屋 " + HOUSE);
        Screenshots.take(robot, stage.getScene(), "register-house-page");

        robot.interact(() -> robot.from(root).lookup("#registerTabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(1));
        TableView<?> employers = robot.from(root).lookup("#employerTable").queryAs(TableView.class);
        waitUntil(() -> employers.getItems().size() == 1);
        robot.interact(() -> employers.getSelectionModel().select(0));
        robot.clickOn(robot.from(root).lookup("#openEmployerButton").queryAs(Button.class));
        TableView<?> employees = robot.from(root).lookup("#employeeTable").queryAs(TableView.class);
        waitUntil(() -> employees.getItems().size() == 1);
        // the cells fill after the rows arrive (a loaded machine lays them out a pulse later)
        waitUntil(() -> robot.from(employees).lookup("阿依古丽·买买提").tryQuery().isPresent());
        waitUntil(() -> robot.from(employees).lookup("无").tryQuery().isPresent()); // no permit yet

        // the person keys work from an employee row: Ctrl+Shift+D opens the registration for a change
        robot.interact(() -> employees.getSelectionModel().select(0));
        robot.interact(employees::requestFocus);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        waitUntil(() -> notice(robot).startsWith("正在变更登记"));
    }

    @Test
    void thePickersKeysEscTypingACodeAndAnUnknownCodeRefusedAtSave(FxRobot robot) throws Exception {
        fixture.signIn(robot);
        person(robot);
        fill(robot, "residenceDivision", "420111002003");
        fill(robot, "street", "珞喻路");
        fill(robot, "houseNumber", "1037号");
        fill(robot, "residenceType", "33");

        focus(robot, "houseCode");
        robot.write("ls");
        waitUntil(() -> !lines().isEmpty());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines()).as("Esc closes the list").isEmpty();
        assertThat(field(robot, "houseCode").getText()).isEqualTo("ls");
        assertThat(field(robot, "houseCode").isFocused()).as("Esc leaves the clerk in the field").isTrue();

        robot.interact(() -> field(robot, "houseCode").clear());
        robot.write("NOSUCH0001");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "houseCode").getText()).as("text that picks nothing stays").isEqualTo("NOSUCH0001");
        assertThat(field(robot, "houseCode").isFocused()).as("Enter moves on").isFalse();
        fill(robot, "intendedStay", "4");
        fill(robot, "residenceReason", "09");
        consentAndSave(robot);
        awaitOrExplain(robot, () -> "房屋登记簿中没有这个房屋编码，请先登记房屋或从列表中选择".equals(message(robot, "houseCode")));
        assertThat(notice(robot)).doesNotStartWith("登记成功");

        robot.interact(() -> field(robot, "houseCode").clear());
        focus(robot, "houseCode");
        robot.write(HOUSE.toLowerCase());
        waitUntil(() -> lines().stream().anyMatch(l -> l.startsWith(HOUSE)));
        robot.type(KeyCode.TAB);
        waitUntil(() -> HOUSE.equals(field(robot, "houseCode").getText()));
        // the Tab that picked the row moves on once the house's fill has arrived (ADR 0283, 0337), not before
        waitUntil(() -> !field(robot, "houseCode").isFocused());
        waitUntil(() -> "34".equals(field(robot, "residenceType").getText().substring(0, 2)));
        waitUntil(() -> "李四".equals(field(robot, "landlordName").getText()));
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        awaitOrExplain(robot, () -> notice(robot).startsWith("登记成功"));
        assertThat(fixture.context.houseRegister().open(fixture.staff,
                fixture.context.houseRegister().findByCode(fixture.staff, HOUSE).orElseThrow().id()).occupantsNow())
                .extracting(RegistrationSummary::name).containsExactly("阿依古丽·买买提");
    }

    @Test
    void aHouseCreatedOnTheFlyFromThePickerFillsTheForm(FxRobot robot) throws Exception {
        fixture.signIn(robot);
        Parent root = stage.getScene().getRoot();
        Button create = (Button) robot.from(root).lookup("#field-houseCode").query().getParent()
                .getChildrenUnmodifiable().stream().filter(n -> n instanceof Button).findFirst().orElseThrow();
        javafx.application.Platform.runLater(create::fire); // the dialog waits on the FX thread until it closes
        waitUntil(() -> dialog() != null);
        Parent dialog = dialog();
        robot.clickOn(robot.from(dialog).lookup("#registerSaveButton").queryAs(Button.class));
        waitUntil(() -> !robot.from(dialog).lookup("#register-error-street").queryAs(Label.class).getText().isEmpty());
        assertThat(dialog()).as("a refused save keeps the dialog open").isNotNull();

        HouseForm h = new HouseForm("", "", "420111002003", "鲁磨路", "88号", "", "", "", "", "张三",
                "34052419800101001X", "", "13900003333", "2", "6", "");
        type(robot, dialog, "divisionCode", h.divisionCode());
        type(robot, dialog, "street", h.street());
        type(robot, dialog, "houseNumber", h.houseNumber());
        type(robot, dialog, "managerName", h.managerName());
        type(robot, dialog, "managerIdNumber", h.managerIdNumber());
        type(robot, dialog, "managerPhone", h.managerPhone());
        type(robot, dialog, "capacity", h.capacity());
        robot.clickOn(robot.from(dialog).lookup("#registerSaveButton").queryAs(Button.class));
        try {
            waitUntil(() -> dialog() == null);
        } catch (java.util.concurrent.TimeoutException e) {
            List<String> shown = new ArrayList<>();
            robot.from(dialog).lookup((java.util.function.Predicate<Node>) n -> n instanceof Label l
                    && l.getId() != null && l.getId().startsWith("register-error-") && !l.getText().isEmpty()).queryAll()
                    .forEach(n -> shown.add(n.getId() + ": " + ((Label) n).getText()));
            throw new AssertionError("the dialog stayed open: " + shown, e);
        }

        waitUntil(() -> field(robot, "houseCode").getText().matches("420111002003\\d{6}"));
        waitUntil(() -> "鲁磨路".equals(field(robot, "street").getText()));
        waitUntil(() -> "张三".equals(field(robot, "landlordName").getText()));
        assertThat(fixture.context.houseRegister().findByCode(fixture.staff, field(robot, "houseCode").getText()))
                .isPresent();
    }

    /** Waits; on a timeout the failure names the notice and every message on the form. */
    private void awaitOrExplain(FxRobot robot, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            waitUntil(condition);
        } catch (java.util.concurrent.TimeoutException e) {
            List<String> shown = new ArrayList<>();
            robot.from(stage.getScene().getRoot()).lookup((java.util.function.Predicate<Node>) n -> n instanceof Label l
                    && l.getId() != null && l.getId().startsWith("msg-") && l.getText() != null
                    && !l.getText().isEmpty()).queryAll().forEach(n -> shown.add(n.getId() + ": " + ((Label) n).getText()));
            throw new AssertionError("notice \"" + notice(robot) + "\", messages " + shown, e);
        }
    }

    /** The identity part of the form, typed like the counter does. */
    private void person(FxRobot robot) {
        fill(robot, "idNumber", PERSON_ID);
        fill(robot, "name", "阿依古丽·买买提");
        fill(robot, "sex", "2");
        fill(robot, "ethnicGroup", "05");
        fill(robot, "birthDate", "19900315");
        fill(robot, "hukouDivision", "420106");
        fill(robot, "hukouAddress", "湖北省武汉市武昌区中山路1号");
        fill(robot, "education", "21");
        fill(robot, "maritalStatus", "10");
        fill(robot, "mobile", "13812345678");
    }

    private void consentAndSave(FxRobot robot) {
        robot.interact(() -> fieldNode(robot, "privacyConsent").requestFocus());
        robot.type(KeyCode.SPACE);
        keys(robot, KeyCode.CONTROL, KeyCode.S);
    }

    private Node fieldNode(FxRobot robot, String id) {
        return robot.from(stage.getScene().getRoot()).lookup("#field-" + id).query();
    }

    private TextField field(FxRobot robot, String id) {
        Node n = fieldNode(robot, id);
        return n instanceof TextField t ? t : null;
    }

    private void focus(FxRobot robot, String id) {
        robot.interact(() -> fieldNode(robot, id).requestFocus());
    }

    private void fill(FxRobot robot, String id, String text) {
        focus(robot, id);
        robot.write(text).type(KeyCode.ENTER);
    }

    private String notice(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("#noticeLabel").queryAs(Label.class).getText();
    }

    private String message(FxRobot robot, String id) {
        return robot.from(stage.getScene().getRoot()).lookup("#msg-" + id).queryAs(Label.class).getText();
    }

    private static void type(FxRobot robot, Parent dialog, String id, String text) {
        robot.interact(() -> robot.from(dialog).lookup("#register-" + id).queryAs(TextField.class).setText(text));
    }

    /** The texts of the register picker's suggestion list on show (a popup window). */
    private static List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Popup p && p.isShowing() && !p.getContent().isEmpty()
                    && p.getContent().get(0) instanceof VBox list) {
                list.getChildren().forEach(n -> lines.add(((Label) n).getText()));
            }
        }
        return lines;
    }

    /** The root of the open 新登记房屋 dialog, or null. */
    private static Parent dialog() {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null && w.getScene().lookup("#registerForm") != null) {
                return w.getScene().getRoot();
            }
        }
        return null;
    }
}
