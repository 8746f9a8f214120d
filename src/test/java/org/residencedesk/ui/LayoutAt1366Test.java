package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.ui.DeskWindowFixture.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.residencedesk.ui.shell.WindowPlacement;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window at the counter's 1366×768 (ADR 0183): the walk of {@link LayoutWalk}, and every table says 暂无数据
 * when empty.
 */
class LayoutAt1366Test extends LayoutWalk {
    static final double WIDTH = 1366;
    static final double HEIGHT = 768;

    @Override
    double width() {
        return WIDTH;
    }

    @Override
    double height() {
        return HEIGHT;
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void everyTableSaysInChineseThatItIsEmptyAndTheDefaultWindowFitsTheScreen(FxRobot robot) throws Exception {
        fixture.signIn(robot);
        List<TableView<?>> tables = new ArrayList<>();
        robot.lookup(".table-view").queryAll().forEach(n -> tables.add((TableView<?>) n));
        assertThat(tables).hasSizeGreaterThanOrEqualTo(10);
        for (TableView<?> table : tables) {
            assertThat(table.getPlaceholder()).as(table.getId()).isInstanceOf(Label.class);
            assertThat(((Label) table.getPlaceholder()).getText()).as(table.getId()).isEqualTo("暂无数据");
        }
        TableView<?> results = robot.lookup("#resultTable").queryAs(TableView.class);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
        assertThat(results.getItems()).isEmpty();
        assertThat(robot.from(results).lookup("暂无数据").tryQuery()).as("shown in the empty table").isPresent();

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowPlacement.Placement p = WindowPlacement.place(Optional.empty(), List.of(screen));
        assertThat(p.width()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(p.height()).isLessThanOrEqualTo(screen.getHeight());
        assertThat(p.x()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(p.y()).isGreaterThanOrEqualTo(screen.getMinY());
    }
}
