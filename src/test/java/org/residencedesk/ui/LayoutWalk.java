package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.ui.DeskWindowFixture.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at one counter screen size with lists that hold rows (ADR 0183, 0360): every area and every tab is
 * walked and no text is cut to "…" (the rendered text of every Labeled — labels, buttons, check boxes, table cells
 * and headers, tab titles — equals its text) and no control lies outside the window. The sizes are the subclasses'
 * ({@link LayoutAt1366Test}, {@link LayoutAt125PercentTest}). Screenshots of each screen with
 * {@code -Dscreenshots.dir=DIR}.
 */
@ExtendWith({LayoutWalk.PrepareOffTheFxThread.class, ApplicationExtension.class})
abstract class LayoutWalk {
    static final String APPLICANT_ID = IdNumbers.citizen("420106", "19920704", 57);
    @TempDir
    Path dataDir;
    DeskWindowFixture fixture;
    private Stage stage;

    /** The window's width in logical pixels. */
    abstract double width();

    /** The window's height in logical pixels. */
    abstract double height();

    /**
     * The station and its residents are made on the test thread before the window is set up: TestFX waits only
     * {@code testfx.setup.timeout} (10 s) for {@code @Start}, which a loaded machine did not meet when the Derby
     * station and its permits were made there, on the FX thread.
     */
    static final class PrepareOffTheFxThread implements org.junit.jupiter.api.extension.BeforeEachCallback {
        @Override
        public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            ((LayoutWalk) context.getRequiredTestInstance()).prepare();
        }
    }

    /** Shows the window; each subclass's {@code @Start} calls it (TestFX looks only at the test class's own methods). */
    void show(Stage stage) {
        this.stage = stage;
        fixture.show(stage, width(), height());
    }

    void prepare() {
        fixture = new DeskWindowFixture(dataDir, Role.WINDOW_STAFF, Role.CLERK, Role.REVIEWER, Role.CHIEF, Role.ADMIN);
        fixture.issued(fixture.register(IdNumbers.citizen("420106", "19900315", 124), "刘晓燕", "2", "1990-03-15"),
                LocalDate.of(2026, 9, 10));
        fixture.accepted(fixture.register(IdNumbers.citizen("420106", "19850612", 31), "欧阳建国", "1", "1985-06-12"),
                LocalDate.of(2026, 10, 1));
        fixture.printed(fixture.register(IdNumbers.citizen("420106", "19770101", 48), "吴桂兰", "2", "1977-01-01"),
                LocalDate.of(2026, 9, 20));
        fixture.register(APPLICANT_ID, "买买提·吐尔逊", "1", "1992-07-04");
        fixture.context.houseRegister().register(fixture.staff, org.residencedesk.testsupport.RegisterFixture.house(""));
        fixture.context.employerRegister().register(fixture.staff, org.residencedesk.testsupport.RegisterFixture
                .employer(org.residencedesk.testsupport.RegisterFixture.creditCode("91420100MA4K0301A"),
                        "武汉长江国际物流股份有限公司"));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        fixture.close();
    }

    @Test
    void everyAreaAndTabFitsWithNothingCutOrOutside(FxRobot robot) throws Exception {
        Scene scene = stage.getScene();
        assertThat(scene.getWidth()).isEqualTo(width());
        assertThat(scene.getHeight()).isEqualTo(height());
        List<String> problems = new ArrayList<>();
        check(robot, scene, "login", problems);
        fixture.signIn(robot);

        TabPane areas = robot.lookup("#areas").queryAs(TabPane.class);
        assertThat(areas.getTabs()).extracting(Tab::getText)
                .containsExactly("工作台", "居住登记", "居住证", "签注", "查询", "登记簿", "报表", "系统设置", "流出人口", "核验",
                        "采集队列", "平台同步");
        assertThat(areas.getSelectionModel().getSelectedItem().getText()).as("a chief starts on the 工作台").isEqualTo("工作台");
        check(robot, scene, "home", problems);
        select(robot, areas, "registrationTab");
        check(robot, scene, "registration", problems);

        select(robot, areas, "permitTab");
        robot.interact(() -> robot.lookup("#permitIdField").queryAs(TextField.class).setText(APPLICANT_ID));
        robot.clickOn("#permitIdField").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#material-RESIDENT_ID_CARD").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#materialsBox").queryAs(javafx.scene.layout.VBox.class).getChildren().size() >= 3);
        TabPane permitTabs = robot.lookup("#permitTabs").queryAs(TabPane.class);
        for (Tab tab : List.copyOf(permitTabs.getTabs())) {
            select(robot, permitTabs, tab.getId());
            awaitRows(robot, switch (tab.getId()) {
                case "reviewTab" -> "#reviewTable";
                case "collectionTab" -> "#collectionTable";
                default -> null;
            });
            check(robot, scene, "permit-" + tab.getId(), problems);
        }

        select(robot, areas, "endorsementTab");
        TabPane reminders = robot.lookup("#reminderTabs").queryAs(TabPane.class);
        for (Tab tab : List.copyOf(reminders.getTabs())) {
            select(robot, reminders, tab.getId());
            check(robot, scene, "endorsement-" + tab.getId(), problems);
        }

        select(robot, areas, "queryTab");
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText("刘晓燕"));
        robot.interact(() -> robot.lookup("#searchButton").queryAs(javafx.scene.control.Button.class).fire());
        awaitRows(robot, "#resultTable");
        robot.interact(() -> robot.lookup("#resultTable").queryAs(TableView.class).getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#timelineButton").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> robot.lookup("#timelineList").query().isVisible());
        check(robot, scene, "query", problems);

        select(robot, areas, "registerTab");
        TabPane registers = robot.lookup("#registerTabs").queryAs(TabPane.class);
        awaitRows(robot, "#houseTable");
        robot.interact(() -> robot.lookup("#houseTable").queryAs(TableView.class).getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#openHouseButton").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> !robot.lookup("#houseHeading").queryAs(Label.class).getText().isEmpty());
        check(robot, scene, "register-houses", problems);
        select(robot, registers, "employerRegisterTab");
        awaitRows(robot, "#employerTable");
        robot.interact(() -> robot.lookup("#employerTable").queryAs(TableView.class).getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#openEmployerButton").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> !robot.lookup("#employerHeading").queryAs(Label.class).getText().isEmpty());
        check(robot, scene, "register-employers", problems);

        select(robot, areas, "reportTab");
        check(robot, scene, "report", problems);
        select(robot, areas, "outflowTab");
        robot.interact(() -> robot.from(robot.lookup("#outflowArea").queryAs(javafx.scene.Node.class)).lookup("#outflowNewButton")
                .queryAs(javafx.scene.control.Button.class).fire());
        check(robot, scene, "outflow-entry", problems);
        select(robot, areas, "verifyTab");
        check(robot, scene, "verify", problems);
        select(robot, areas, "settingsTab");
        TabPane settings = robot.lookup("#settingsTabs").queryAs(TabPane.class);
        for (int i = 0; i < settings.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> settings.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            check(robot, scene, "settings-" + i, problems);
        }
        select(robot, areas, "syncTab");
        check(robot, scene, "sync", problems);

        assertThat(problems).isEmpty();
    }

    static void select(FxRobot robot, TabPane pane, String tabId) {
        robot.interact(() -> pane.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> pane.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void awaitRows(FxRobot robot, String tableQuery) throws Exception {
        if (tableQuery != null) {
            TableView<?> table = robot.lookup(tableQuery).queryAs(TableView.class);
            waitUntil(() -> !table.getItems().isEmpty());
        }
    }

    /** Lays the scene out and lists every cut text and every control outside the window. */
    private void check(FxRobot robot, Scene scene, String screen, List<String> problems) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.take(robot, scene, (int) width() + "-" + screen);
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            walk(scene.getRoot(), scene, screen, problems);
        });
    }

    private static void walk(Node node, Scene scene, String screen, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            rendered(labeled).filter(shown -> !shown.equals(labeled.getText())).ifPresent(shown ->
                    problems.add(screen + ": " + describe(labeled) + " shows \"" + shown + "\" of \""
                            + labeled.getText() + "\""));
        }
        if (node instanceof Control control && !scrolled(control)) {
            Bounds b = control.localToScene(control.getLayoutBounds());
            if (b.getWidth() > 0 && (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1
                    || b.getMaxY() > scene.getHeight() + 1)) {
                problems.add(screen + ": " + describe(control) + " lies outside the window at " + b);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, screen, problems);
            }
        }
    }

    /** The text the skin draws (with "…" when it was cut). */
    private static Optional<String> rendered(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .findFirst();
    }

    /** Inside a scroll pane or a list's virtual flow: reachable by scrolling, not "outside". */
    private static boolean scrolled(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p.getStyleClass().contains("virtual-flow")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        String id = node.getId();
        Node named = node;
        while (id == null && named.getParent() != null) {
            named = named.getParent();
            id = named.getId();
        }
        return node.getClass().getSimpleName() + (node.getId() != null ? "#" + node.getId() : " in #" + id);
    }
}
