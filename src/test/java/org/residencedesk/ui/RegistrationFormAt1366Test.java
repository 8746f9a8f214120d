package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.testing.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The registration form at the counter's 1366×768 (issue 12 item 2, ADR 0280): in every state a clerk meets — a
 * blank citizen form, a foreigner's (more identity fields), a renter's (landlord fields), a form full of red
 * messages — and again at 125 % type, no text of the form is cut to "…" (the rendered text of every Labeled equals
 * its text), no control reaches past the window's left or right edge, and no scroll pane of the form scrolls
 * sideways. The form scrolls vertically only. The card block (身份信息 with the photo box) is at the top right.
 * Screenshots with {@code -Dscreenshots.dir=DIR}.
 */
@ExtendWith(ApplicationExtension.class)
class RegistrationFormAt1366Test {
    @TempDir
    Path dataDir;
    private DeskWindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new DeskWindowFixture(dataDir, Role.WINDOW_STAFF);
        fixture.show(stage, LayoutAt1366Test.WIDTH, LayoutAt1366Test.HEIGHT);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        fixture.close();
    }

    @Test
    void theFormFitsTheWidthWithNothingCutAt100And125Percent(FxRobot robot) throws Exception {
        fixture.signIn(robot);
        Scene scene = stage.getScene();
        Node form = robot.lookup("#formHost").query();
        List<String> problems = new ArrayList<>();

        check(robot, scene, form, "blank", problems);
        assertCardBlockAtTheTopRight(robot, scene);

        set(robot, "documentType", "外国人");
        check(robot, scene, form, "foreigner", problems);
        set(robot, "documentType", "居民身份证");
        set(robot, "residenceType", "34");
        check(robot, scene, form, "renter", problems);
        robot.interact(() -> robot.lookup("#registrationSaveButton").queryButton().fire());
        check(robot, scene, form, "messages", problems);

        robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: 18.75px;")); // 15 px × 125 %
        check(robot, scene, form, "messages-125", problems);
        set(robot, "documentType", "外国人");
        check(robot, scene, form, "foreigner-125", problems);

        assertThat(problems).isEmpty();
    }

    /** 身份信息 (with the photo box) stands at the right of the band at the top, like the card itself. */
    private static void assertCardBlockAtTheTopRight(FxRobot robot, Scene scene) {
        robot.interact(() -> {
            Node identity = robot.lookup("#section-identity").query();
            Node personal = robot.lookup("#section-personal").query();
            Bounds card = identity.localToScene(identity.getLayoutBounds());
            Bounds left = personal.localToScene(personal.getLayoutBounds());
            assertThat(card.getMinX()).as("the card block is right of 个人情况").isGreaterThan(left.getMaxX());
            assertThat(card.getMinY()).as("both at the top").isEqualTo(left.getMinY());
            Node photo = robot.lookup("#field-photo").query();
            Bounds p = photo.localToScene(photo.getLayoutBounds());
            assertThat(p.getMaxX()).as("the photo at the card's right edge").isGreaterThan(card.getMaxX() - 160);
            assertThat(p.getMinY()).as("in the card's top part").isLessThan(card.getMinY() + 80);
        });
    }

    /** Types {@code typed} into the field and Enter, as a clerk picks a code. */
    private static void set(FxRobot robot, String field, String typed) {
        robot.interact(() -> robot.lookup("#field-" + field).query().requestFocus());
        robot.write(typed).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void check(FxRobot robot, Scene scene, Node form, String state, List<String> problems) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take(robot, scene, "1366-form-" + state);
        robot.interact(() -> walk(form, scene, state, problems));
    }

    private static void walk(Node node, Scene scene, String state, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        LayoutTour.cutText(node, state, problems);
        if (node instanceof Control control && !(node instanceof ScrollBar)) {
            Bounds b = control.localToScene(control.getLayoutBounds());
            if (b.getWidth() > 0 && (b.getMinX() < -1 || b.getMaxX() > scene.getWidth() + 1)) {
                problems.add(state + ": " + LayoutTour.describe(control) + " reaches outside the window at " + b);
            }
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            double content = scroll.getContent().getLayoutBounds().getWidth();
            double view = scroll.getViewportBounds().getWidth();
            if (content > view + 1) {
                problems.add(state + ": " + LayoutTour.describe(scroll) + " is " + content + " wide in a " + view
                        + " view");
            }
        }
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.getVisibleAmount() < bar.getMax()
                && bar.getParent() != null && bar.getParent().getParent() instanceof ScrollPane) {
            problems.add(state + ": a horizontal scroll bar shows in " + LayoutTour.describe(bar.getParent().getParent()));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, state, problems);
            }
        }
    }
}
