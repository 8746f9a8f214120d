package org.residencedesk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.residencedesk.domain.masterdata.LookupContext;
import org.residencedesk.domain.masterdata.UsageCounts;
import org.residencedesk.masterdata.ClasspathMasterData;
import org.residencedesk.testsupport.RegistrationFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The suggestion list and the keyboard with the packaged master data (ADR 0175, 0177): the list is as wide as
 * its longest line and shows a division's whole hierarchy; Tab and Enter take the highlighted line and move
 * on in every field kind; Shift+Tab goes back; section headers are never stops.
 */
@ExtendWith(ApplicationExtension.class)
class LookupKeyboardTest {
    private static final ClasspathMasterData DATA = new ClasspathMasterData();
    private FormViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new FormViewModel(RegistrationFixture.validator(RegistrationFixture.form()));
        FormRenderer renderer = new FormRenderer(vm, DATA, new LookupContext("420111002", UsageCounts.NONE));
        stage.setScene(new Scene(renderer.render(), 1000, 700));
        stage.show();
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup("#field-" + id).queryAs(TextField.class);
    }

    private void focus(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup("#field-" + id).query().requestFocus());
    }

    private static List<Label> suggestionLines() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Popup p && p.isShowing() && p.getContent().get(0) instanceof VBox list) {
                return list.getChildren().stream().map(Label.class::cast).toList();
            }
        }
        return List.of();
    }

    @Test
    void theListShowsTheWholeHierarchyAndIsAsWideAsItsLongestLine(FxRobot robot) {
        focus(robot, "residenceDivision");
        robot.write("hhsq");
        List<Label> lines = suggestionLines();
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(0).getText()).isEqualTo("420111002003 湖北省 武汉市 洪山区 关山街道 海核社区");
        double widest = 0;
        for (Label line : lines) {
            Text shown = (Text) line.lookup(".text");
            assertThat(shown.getText()).as("shown in full, never cut to a stub").isEqualTo(line.getText());
            assertThat(line.getWidth()).isGreaterThanOrEqualTo(line.prefWidth(-1) - 0.5);
            widest = Math.max(widest, line.getWidth());
        }
        assertThat(widest).as("wider than the old 250 px list").isGreaterThan(250);
        assertThat(lines.get(0).getParent().getLayoutBounds().getWidth()).isGreaterThanOrEqualTo(widest);

        robot.type(KeyCode.TAB);
        assertThat(vm.value("residenceDivision").get()).isEqualTo("420111002003");
        assertThat(field(robot, "residenceDivision").getText()).isEqualTo("420111002003 湖北省武汉市洪山区关山街道海核社区");
        assertThat(field(robot, "street").isFocused()).as("Tab took the line and moved on").isTrue();
        assertThat(suggestionLines()).isEmpty();
    }

    @Test
    void tabInACodeFieldWithItsListOpenTakesTheLineAndMovesOn(FxRobot robot) {
        focus(robot, "education");
        robot.write("gz").type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.DOWN);
        assertThat(suggestionLines()).extracting(Label::getText)
                .startsWith("44 职业高中毕业", "45 职业高中结业", "46 职业高中肄业", "61 普通高中毕业");
        robot.type(KeyCode.TAB);
        assertThat(vm.value("education").get()).as("the highlighted fourth line").isEqualTo("61");
        assertThat(field(robot, "maritalStatus").isFocused()).isTrue();
        robot.write("20").type(KeyCode.TAB);
        assertThat(vm.value("maritalStatus").get()).isEqualTo("20");
        assertThat(field(robot, "mobile").isFocused()).as("the phone goes to the phone field").isTrue();
        robot.write("13812345678");
        assertThat(vm.value("mobile").get()).isEqualTo("13812345678");

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(field(robot, "maritalStatus").isFocused()).as("Shift+Tab goes back").isTrue();
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(field(robot, "education").isFocused()).isTrue();
        assertThat(vm.value("education").get()).isEqualTo("61");
    }

    @Test
    void everyFieldKindFinishesAndMovesOnAlike(FxRobot robot) {
        focus(robot, "birthDate");
        robot.write("19900315").type(KeyCode.TAB);
        assertThat(vm.value("birthDate").get()).as("a date is normalised by Tab as by Enter").isEqualTo("1990-03-15");
        assertThat(field(robot, "hukouDivision").isFocused()).isTrue();

        focus(robot, "declarant");
        robot.write("jhr").type(KeyCode.ENTER);
        assertThat(vm.value("declarant").get()).as("a choice by its pinyin").isEqualTo("guardian");
        assertThat(field(robot, "guardianName").isFocused()).as("Enter goes to the newly required field").isTrue();

        robot.interact(() -> robot.lookup("#field-privacyConsent").query().requestFocus());
        robot.type(KeyCode.SPACE);
        assertThat(vm.value("privacyConsent").get()).isEqualTo("true");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(field(robot, "channel").isFocused()).as("Shift+Tab from a check box").isTrue();
    }

    @Test
    void sectionHeadersAreNeverStops(FxRobot robot) {
        assertThat(robot.lookup(".titled-pane").queryAllAs(TitledPane.class))
                .isNotEmpty().allSatisfy(p -> assertThat(p.isFocusTraversable()).isFalse());
        focus(robot, "validUntil");
        robot.type(KeyCode.TAB); // 相片 is read-only, the 个人情况 header follows
        Node owner = field(robot, "education").getScene().getFocusOwner();
        assertThat(owner.getId()).isEqualTo("field-education");
        robot.write("21").type(KeyCode.ENTER);
        assertThat(vm.value("education").get()).isEqualTo("21");
    }

    @Test
    void aNewFormDropsTextHalfTypedIntoALookUp(FxRobot robot) {
        focus(robot, "education");
        robot.write("dxbk");
        robot.interact(() -> vm.restore(vm.snapshot().toBuilder().set("education", "").build()));
        assertThat(field(robot, "education").getText()).isEmpty();
        focus(robot, "mobile");
        assertThat(vm.value("education").get()).as("nothing half typed is committed into the new form").isEmpty();
        assertThat(vm.message("education").get()).as("the new form's field was not touched").isEmpty();
        assertThat(robot.lookup("#field-privacyConsent").queryAs(CheckBox.class).isSelected()).isFalse();
    }
}
