package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.outflow.OutflowQuery;
import org.residencedesk.service.outflow.OutflowRecord;
import org.residencedesk.testing.IdNumbers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX (headless): 王芳 records at the window that a villager of 海核社区 went to work in 深圳 (reported by his
 * mother), sees him in the 流出人口 list with a masked number, then records his return; nothing else is typed
 * than a clerk would type.
 */
@ExtendWith(ApplicationExtension.class)
class OutflowFlowTest {
    @TempDir
    static Path dataDir;
    DeskWindowFixture desk;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = new DeskWindowFixture(dataDir, Role.WINDOW_STAFF);
        desk.show(stage, 1366, 800);
    }

    @AfterEach
    void close() {
        desk.context.close();
    }

    @Test
    void recordAnOutflowAndTheReturn(FxRobot robot) throws Exception {
        desk.signIn(robot);
        DeskWindowFixture.keys(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT7);
        var root = robot.lookup("#outflowArea").query();
        TableView<?> table = robot.from(root).lookup(".table-view").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo("暂无数据");

        String id = IdNumbers.citizen("420111", "19900315", 51);
        robot.clickOn(robot.from(root).lookup("#outflowNewButton").queryButton());
        type(robot, root, "#outflowIdNumber", id);
        type(robot, root, "#outflowName", "李建国");
        type(robot, root, "#outflowHukouDivision", "420111002003");
        type(robot, root, "#outflowDestinationDivision", "440305");
        type(robot, root, "#outflowDestinationAddress", "科技园南区8栋");
        replace(robot, root, "#outflowLeftOn", "2026-03-01");
        type(robot, root, "#outflowReason", "01");
        type(robot, root, "#outflowMobile", "13800138000");
        robot.clickOn(robot.from(root).lookup("#outflowLeftBehindChildren").queryAs(javafx.scene.Node.class));
        type(robot, root, "#outflowLeftBehindCount", "0");
        robot.clickOn(robot.from(root).lookup("#outflowRelative").queryAs(javafx.scene.Node.class));
        type(robot, root, "#outflowReporterName", "王秀兰");
        type(robot, root, "#outflowReporterRelation", "52");
        robot.clickOn(robot.from(root).lookup("#outflowSaveButton").queryButton());
        DeskWindowFixture.waitUntil(() -> !robot.from(root).lookup("#outflowLeftBehindCountError").queryLabeled().getText()
                .isEmpty());
        assertThat(robot.from(root).lookup("#outflowLeftBehindCountError").queryLabeled().getText())
                .isEqualTo("已勾选留守儿童或留守老人，请填写留守人数");
        assertThat(desk.context.outflow().list(desk.staff, OutflowQuery.everything(), 0, 10).total())
                .as("nothing stored while a value is wrong").isZero();

        replace(robot, root, "#outflowLeftBehindCount", "2");
        robot.clickOn(robot.from(root).lookup("#outflowSaveButton").queryButton());
        DeskWindowFixture.waitUntil(() -> table.getItems().size() == 1);
        OutflowRecord row = (OutflowRecord) table.getItems().get(0);
        assertThat(row.name()).isEqualTo("李建国");
        assertThat(row.idNumber()).isEqualTo("420111********" + id.substring(14));
        assertThat(row.destinationName()).isEqualTo("广东省深圳市南山区");
        assertThat(desk.context.outflow().open(desk.staff, row.id()).reporterName()).isEqualTo("王秀兰");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(robot.from(root).lookup("#outflowReturnButton").queryButton());
        replace(robot, root, "#outflowReturnedOn", "2026-11-20");
        assertThat(robot.from(root).lookup("#outflowReturnPane").queryAs(javafx.scene.Node.class).isVisible()).isTrue();
        ComboBox<?> reasons = robot.from(root).lookup("#outflowReturnPane .combo-box").queryAs(ComboBox.class);
        assertThat(reasons.getConverter().toString(cast(reasons.getValue()))).isEqualTo("返乡居住");
        robot.clickOn(robot.from(root).lookup("#outflowConfirmReturnButton").queryButton());
        // the list shows open periods by default: the returned one leaves it
        DeskWindowFixture.waitUntil(() -> table.getItems().isEmpty());
        OutflowRecord ended = desk.context.outflow().open(desk.staff, row.id());
        assertThat(ended.returnedOn()).isEqualTo(java.time.LocalDate.parse("2026-11-20"));
        assertThat(ended.returnReason()).isEqualTo("RETURNED_HOME");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(root).lookup("#outflowMessage").queryLabeled().getText()).isEqualTo("已办理李建国返回（2026-11-20）");
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    /** Selects what the field holds (Ctrl+A) and types over it. */
    private static void replace(FxRobot robot, javafx.scene.Node root, String query, String text) {
        robot.clickOn(robot.from(root).lookup(query).queryAs(javafx.scene.Node.class));
        DeskWindowFixture.keys(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A);
        robot.write(text);
    }

    private static void type(FxRobot robot, javafx.scene.Node root, String query, String text) {
        robot.clickOn(robot.from(root).lookup(query).queryAs(javafx.scene.Node.class)).write(text);
    }
}
