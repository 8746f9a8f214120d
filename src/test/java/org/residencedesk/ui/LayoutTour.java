package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testsupport.RegisterFixture;

/**
 * The layout walk of ADR 0183 / 0360 without a test framework, so that both the TestFX walks ({@link LayoutWalk},
 * on the Monocle screen) and the child JVM on a real 125 % GTK screen ({@link RealScaleChild}, ADR 0386) run the
 * same tour and the same checks: the residents it needs ({@link #residents}), the areas and tabs in order
 * ({@link #walkSignedIn}) and the check of one screen ({@link #problems}).
 */
final class LayoutTour {
    static final String APPLICANT_ID = IdNumbers.citizen("420106", "19920704", 57);

    private LayoutTour() {
    }

    /** What the tour needs of its driver: finding nodes, acting on the FX thread, waiting, checking a screen. */
    interface Hands {
        /** The first node matching {@code selector} in the showing windows. */
        Optional<Node> tryFind(String selector);

        /** Runs {@code action} on the FX thread and waits until it and the events it caused are done. */
        void fx(Runnable action);

        /** Waits (at most 30 s) until {@code condition} holds, checking it between FX pulses. */
        void until(Callable<Boolean> condition) throws Exception;

        /** Lays the scene out, lists the screen's problems and (when asked for) takes its screenshot. */
        void check(String screen);

        default <T extends Node> T find(String selector, Class<T> type) {
            return type.cast(tryFind(selector).orElseThrow(() -> new AssertionError("no " + selector + " on screen")));
        }
    }

    /** The residents, permits and register entries the walk shows (lists with rows, ADR 0183). */
    static void residents(DeskWindowFixture fixture) {
        fixture.issued(fixture.register(IdNumbers.citizen("420106", "19900315", 124), "刘晓燕", "2", "1990-03-15"),
                LocalDate.of(2026, 9, 10));
        fixture.accepted(fixture.register(IdNumbers.citizen("420106", "19850612", 31), "欧阳建国", "1", "1985-06-12"),
                LocalDate.of(2026, 10, 1));
        fixture.printed(fixture.register(IdNumbers.citizen("420106", "19770101", 48), "吴桂兰", "2", "1977-01-01"),
                LocalDate.of(2026, 9, 20));
        fixture.register(APPLICANT_ID, "买买提·吐尔逊", "1", "1992-07-04");
        fixture.context.houseRegister().register(fixture.staff, RegisterFixture.house(""));
        fixture.context.employerRegister().register(fixture.staff, RegisterFixture.employer(
                RegisterFixture.creditCode("91420100MA4K0301A"), "武汉长江国际物流股份有限公司"));
    }

    /** Every area and tab after 王芳 (all roles) signed in, each screen checked by {@link Hands#check}. */
    static void walkSignedIn(Hands h) throws Exception {
        TabPane areas = h.find("#areas", TabPane.class);
        assertThat(areas.getTabs()).extracting(Tab::getText)
                .containsExactly("工作台", "居住登记", "居住证", "签注", "查询", "登记簿", "报表", "系统设置", "流出人口", "核验",
                        "采集队列", "平台同步");
        assertThat(areas.getSelectionModel().getSelectedItem().getText()).as("a chief starts on the 工作台").isEqualTo("工作台");
        h.check("home");
        select(h, areas, "registrationTab");
        h.check("registration");

        select(h, areas, "permitTab");
        TextField permitId = h.find("#permitIdField", TextField.class);
        h.fx(() -> {
            permitId.setText(APPLICANT_ID);
            permitId.fireEvent(new ActionEvent()); // Enter in the field
        });
        h.until(() -> h.tryFind("#material-RESIDENT_ID_CARD").isPresent());
        h.until(() -> h.find("#materialsBox", VBox.class).getChildren().size() >= 3);
        TabPane permitTabs = h.find("#permitTabs", TabPane.class);
        for (Tab tab : List.copyOf(permitTabs.getTabs())) {
            select(h, permitTabs, tab.getId());
            awaitRows(h, switch (tab.getId()) {
                case "reviewTab" -> "#reviewTable";
                case "collectionTab" -> "#collectionTable";
                default -> null;
            });
            h.check("permit-" + tab.getId());
        }

        select(h, areas, "endorsementTab");
        TabPane reminders = h.find("#reminderTabs", TabPane.class);
        for (Tab tab : List.copyOf(reminders.getTabs())) {
            select(h, reminders, tab.getId());
            h.check("endorsement-" + tab.getId());
        }

        select(h, areas, "queryTab");
        TextField search = h.find("#searchField", TextField.class);
        h.fx(() -> search.setText("刘晓燕"));
        fire(h, "#searchButton");
        awaitRows(h, "#resultTable");
        TableView<?> results = h.find("#resultTable", TableView.class);
        h.fx(() -> results.getSelectionModel().select(0));
        fire(h, "#timelineButton");
        h.until(() -> h.find("#timelineList", Node.class).isVisible());
        h.check("query");

        select(h, areas, "registerTab");
        TabPane registers = h.find("#registerTabs", TabPane.class);
        openFirst(h, "#houseTable", "#openHouseButton", "#houseHeading");
        h.check("register-houses");
        select(h, registers, "employerRegisterTab");
        openFirst(h, "#employerTable", "#openEmployerButton", "#employerHeading");
        h.check("register-employers");

        select(h, areas, "reportTab");
        h.check("report");
        select(h, areas, "outflowTab");
        Node outflow = h.find("#outflowArea", Node.class);
        h.fx(() -> ((Button) outflow.lookup("#outflowNewButton")).fire());
        h.check("outflow-entry");
        select(h, areas, "verifyTab");
        h.check("verify");
        select(h, areas, "settingsTab");
        TabPane settings = h.find("#settingsTabs", TabPane.class);
        for (int i = 0; i < settings.getTabs().size(); i++) {
            int index = i;
            h.fx(() -> settings.getSelectionModel().select(index));
            h.check("settings-" + i);
        }
        select(h, areas, "syncTab");
        h.check("sync");
    }

    static void select(Hands h, TabPane pane, String tabId) {
        h.fx(() -> pane.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> pane.getSelectionModel().select(t)));
    }

    private static void fire(Hands h, String button) {
        Button b = h.find(button, Button.class);
        h.fx(b::fire);
    }

    private static void openFirst(Hands h, String table, String openButton, String heading) throws Exception {
        awaitRows(h, table);
        TableView<?> rows = h.find(table, TableView.class);
        h.fx(() -> rows.getSelectionModel().select(0));
        fire(h, openButton);
        h.until(() -> !h.find(heading, Label.class).getText().isEmpty());
    }

    private static void awaitRows(Hands h, String tableQuery) throws Exception {
        if (tableQuery != null) {
            TableView<?> table = h.find(tableQuery, TableView.class);
            h.until(() -> !table.getItems().isEmpty());
        }
    }

    /**
     * On the FX thread: lays {@code scene} out and lists every text cut to "…" (the rendered text of a Labeled —
     * labels, buttons, check boxes, table cells and headers, tab titles — differs from its text) and every control
     * outside the window that no scroll pane or list reaches.
     */
    static void problems(Scene scene, String screen, List<String> problems) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        walk(scene.getRoot(), scene, screen, problems);
    }

    private static void walk(Node node, Scene scene, String screen, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        cutText(node, screen, problems);
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

    /** A label, button, cell, header or tab title whose drawn text was cut to "…" (the node itself, not its children). */
    static void cutText(Node node, String screen, List<String> problems) {
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            rendered(labeled).filter(shown -> !shown.equals(labeled.getText())).ifPresent(shown ->
                    problems.add(screen + ": " + describe(labeled) + " shows \"" + shown + "\" of \""
                            + labeled.getText() + "\""));
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

    static String describe(Node node) {
        String id = node.getId();
        Node named = node;
        while (id == null && named.getParent() != null) {
            named = named.getParent();
            id = named.getId();
        }
        return node.getClass().getSimpleName() + (node.getId() != null ? "#" + node.getId() : " in #" + id);
    }
}
