package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.ui.dashboard.DashboardRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * TestFX (headless, 1366×800): a station chief signs in and starts on the 工作台; the 待审核 number (two
 * applications, accepted yesterday and today) opens the two permits behind it, longest waiting first, ID numbers
 * masked; 提醒 unfolds the reminder lists; 前往办理 brings the 居住证 area's 待审核 tab to the front.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardFlowTest {
    @TempDir
    static Path dataDir;
    DeskWindowFixture desk;

    @Start
    void start(Stage stage) {
        desk = new DeskWindowFixture(dataDir, Role.CHIEF);
        long liu = desk.register(IdNumbers.citizen("420106", "19900315", 3), "刘一", "1", "1990-03-15");
        long chen = desk.register(IdNumbers.citizen("420106", "19900315", 5), "陈二", "1", "1990-03-15");
        desk.accepted(liu, LocalDate.of(2026, 11, 28));
        desk.accepted(chen, LocalDate.of(2026, 11, 27));
        desk.show(stage, 1366, 800);
    }

    @AfterEach
    void close() {
        desk.context.close();
    }

    @Test
    void theChiefStartsOnTheDashboardAndDrillsIntoTheReviewQueue(FxRobot robot) throws Exception {
        desk.signIn(robot);
        TabPane areas = robot.lookup("#areas").queryAs(TabPane.class);
        assertThat(areas.getSelectionModel().getSelectedItem().getText()).isEqualTo("工作台");
        Node root = robot.lookup("#dashboardArea").query();
        DeskWindowFixture.waitUntil(() -> robot.from(root).lookup("#drill-work-awaitingReview").tryQuery().isPresent());
        Hyperlink review = robot.from(root).lookup("#drill-work-awaitingReview").queryAs(Hyperlink.class);
        assertThat(review.getText()).isEqualTo("2");
        assertThat(robot.from(root).lookup("#drill-applications-accepted").queryAs(Hyperlink.class).getText())
                .isEqualTo("1");
        assertThat(robot.from(root).lookup("#drill-registrations-new").queryAs(Hyperlink.class).getText())
                .isEqualTo("0");

        robot.clickOn(review);
        TableView<?> table = robot.from(root).lookup("#detailTable").queryAs(TableView.class);
        DeskWindowFixture.waitUntil(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(r -> ((DashboardRow) r).c2()).containsExactly("陈二", "刘一");
        assertThat(((DashboardRow) table.getItems().get(0)).c3()).isEqualTo("420106********" + IdNumbers.citizen(
                "420106", "19900315", 5).substring(14));
        assertThat(robot.from(root).lookup("#detailTitle").queryLabeled().getText()).isEqualTo("待审核：2 条");

        // 提醒 unfolds into the reminder lists: the township's villages, nobody due yet, the chief's SMS list
        javafx.scene.control.TitledPane reminders = robot.from(root).lookup("#reminderPane")
                .queryAs(javafx.scene.control.TitledPane.class);
        assertThat(reminders.getText()).isEqualTo("提醒（到期签注、逾期未签注、待领证、拟居住期限届满）");
        robot.clickOn(robot.from(reminders).lookup(".title").<Node>query());
        DeskWindowFixture.waitUntil(() -> robot.from(root).lookup("#reminderArea").tryQuery().isPresent());
        Node panel = robot.from(root).lookup("#reminderArea").query();
        DeskWindowFixture.waitUntil(() -> "共 0 人".equals(robot.from(panel).lookup("#messageLabel").queryLabeled()
                .getText()));
        assertThat(robot.from(panel).lookup("#villageChoice").queryAs(javafx.scene.control.ComboBox.class)
                .getItems()).isNotEmpty();
        assertThat(robot.from(panel).lookup("#smsButton").queryButton().isVisible()).isTrue();
        assertThat(robot.from(panel).lookup("#printButton").queryButton().getText()).isEqualTo("打印提醒函");
        // nobody to remind: the list's preview says so instead of opening an empty window
        robot.clickOn(robot.from(panel).lookup("#previewListButton").queryButton());
        DeskWindowFixture.waitUntil(() -> "没有需要提醒的人，未生成名单。".equals(robot.from(panel).lookup("#messageLabel")
                .queryLabeled().getText()));

        robot.clickOn(robot.from(root).lookup("#openButton").queryButton());
        DeskWindowFixture.waitUntil(() -> areas.getSelectionModel().getSelectedItem().getText().equals("居住证"));
        TabPane permitTabs = robot.lookup("#permitTabs").queryAs(TabPane.class);
        DeskWindowFixture.waitUntil(() -> permitTabs.getSelectionModel().getSelectedItem().getText().equals("待审核"));
    }
}
