package org.residencedesk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.residencedesk.testsupport.InMemoryMasterData;
import org.residencedesk.testsupport.RegistrationFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Complete sections fold to one line when the cursor moves on, without moving the focus or dropping a key, and open
 * again when the cursor comes back (ADR 0281); the form proposes defaults it takes back, never over typed input
 * (ADR 0282).
 */
@ExtendWith(ApplicationExtension.class)
class SectionFoldTest {
    private FormViewModel vm;
    private FormRenderer renderer;
    private Scene scene;

    @Start
    void start(Stage stage) {
        vm = new FormViewModel(RegistrationFixture.validator(RegistrationFixture.form()));
        vm.restore(RegistrationFixture.valid());
        renderer = new FormRenderer(vm, new InMemoryMasterData());
        scene = new Scene(renderer.render(), 1366, 768);
        stage.setScene(scene);
        stage.show();
    }

    private Node field(FxRobot robot, String id) {
        return robot.lookup("#field-" + id).query();
    }

    @Test
    void aCompleteSectionFoldsWhenTheCursorMovesOnAndKeysTypedRightAfterAllLand(FxRobot robot) {
        robot.interact(() -> vm.value("occupation").set(""));
        robot.interact(() -> field(robot, "residenceReason").requestFocus());
        // one burst: Tab out of 居住信息, then "6" and Enter into 职业, all queued before any is handled
        Platform.runLater(() -> fire(KeyCode.TAB, null));
        Platform.runLater(() -> fire(KeyCode.DIGIT6, "6"));
        Platform.runLater(() -> fire(KeyCode.ENTER, null));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(renderer.isFolded("residence")).isTrue();
        TitledPane header = renderer.sectionPane("residence").orElseThrow();
        assertThat(header.getText()).startsWith("居住信息：").contains("珞喻路");
        assertThat(header.isFocusTraversable()).isFalse();
        assertThat(vm.value("occupation").get()).as("the keys after the fold landed in 职业").isEqualTo("6");
        assertThat(field(robot, "street").isVisible()).as("folding hides no node").isTrue();

        robot.interact(() -> field(robot, "occupation").requestFocus());
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(field(robot, "residenceReason").isFocused()).as("Shift+Tab goes back into the folded section").isTrue();
        assertThat(renderer.isFolded("residence")).as("and opens it").isFalse();
        assertThat(header.getText()).isEqualTo("居住信息");
    }

    @Test
    void aSectionWithAMissingValueDoesNotFold(FxRobot robot) {
        robot.interact(() -> vm.value("street").set(""));
        robot.interact(() -> field(robot, "residenceReason").requestFocus());
        robot.type(KeyCode.TAB);
        assertThat(field(robot, "occupation").isFocused()).isTrue();
        assertThat(renderer.isFolded("residence")).isFalse();
    }

    @Test
    void theEmployerProposesTheWorkReasonWhichIsTakenBackButNeverOverwritesTypedInput(FxRobot robot) {
        robot.interact(() -> {
            vm.value("residenceReason").set("");
            vm.value("workplaceCreditCode").set("");
        });
        assertThat(vm.value("residenceReason").get()).isEmpty();
        robot.interact(() -> vm.value("workplaceCreditCode").set("91420100MA4K2X3Y0Q"));
        assertThat(vm.value("residenceReason").get()).as("proposed: 01 务工").isEqualTo("01");
        assertThat(vm.isProposedDefault("residenceReason")).isTrue();
        assertThat(((TextField) field(robot, "residenceReason")).getText()).as("visible").startsWith("01");
        robot.interact(() -> vm.value("workplaceCreditCode").set(""));
        assertThat(vm.value("residenceReason").get()).as("taken back with the employer").isEmpty();

        robot.interact(() -> vm.value("residenceReason").set("03"));
        robot.interact(() -> vm.value("workplaceCreditCode").set("91420100MA4K2X3Y0Q"));
        assertThat(vm.value("residenceReason").get()).as("typed input stays").isEqualTo("03");
        assertThat(vm.isProposedDefault("residenceReason")).isFalse();
    }

    private void fire(KeyCode code, String ch) {
        Node target = scene.getFocusOwner();
        javafx.event.Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", code,
                false, false, false, false));
        target = scene.getFocusOwner();
        if (ch != null) {
            javafx.event.Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED,
                    false, false, false, false));
        }
        javafx.event.Event.fireEvent(scene.getFocusOwner(), new KeyEvent(KeyEvent.KEY_RELEASED,
                KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
    }
}
