package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.ui.DeskWindowFixture.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.ui.report.ReportRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The 报表 area in the real window, signed in as the station chief: 日报 of today computed off the FX thread, a
 * click on 超期未办结 opens the list behind it (ID numbers masked), 统计 of the month draws its charts; the
 * reads are audited.
 */
@ExtendWith(ApplicationExtension.class)
class ReportAreaFlowTest {
    static final String APPLICANT_ID = IdNumbers.citizen("420106", "19850612", 31);
    @TempDir
    Path dataDir;
    private DeskWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new DeskWindowFixture(dataDir, Role.WINDOW_STAFF, Role.CLERK, Role.REVIEWER, Role.CHIEF);
        // accepted on 1 October: promised for 16 October, past its promised date on 28 November
        fixture.accepted(fixture.register(APPLICANT_ID, "周建国", "1", "1985-06-12"), LocalDate.of(2026, 10, 1));
        fixture.show(stage, 1366, 768);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        fixture.close();
    }

    @Test
    void theChiefOpensTheDailySummaryAndDrillsIntoTheOverdueList(FxRobot robot) throws Exception {
        fixture.signIn(robot);
        TabPane areas = robot.lookup("#areas").queryAs(TabPane.class);
        DeskWindowFixture.keys(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT5);
        waitUntil(() -> areas.getSelectionModel().getSelectedItem().getId().equals("reportTab"));
        Parent root = (Parent) areas.getSelectionModel().getSelectedItem().getContent();
        robot.clickOn(robot.from(root).lookup("#showButton").queryButton());
        @SuppressWarnings("unchecked")
        TableView<ReportRow> figures = robot.from(root).lookup("#figureTable").queryAs(TableView.class);
        waitUntil(() -> !figures.getItems().isEmpty());
        assertThat(robot.from(root).lookup("#headingLabel").queryAs(Label.class).getText())
                .isEqualTo("日期：2026年11月28日");
        ReportRow overdue = figures.getItems().stream().filter(r -> "work.pastPromisedDate".equals(r.key()))
                .findFirst().orElseThrow();
        assertThat(overdue.c1()).isEqualTo("超期未办结");
        assertThat(overdue.c2()).isEqualTo("1");

        robot.interact(() -> figures.scrollTo(overdue));
        robot.clickOn(robot.from(figures).lookup((javafx.scene.control.TableCell<?, ?> c) -> "超期未办结".equals(c.getText()))
                .queryAs(javafx.scene.control.TableCell.class));
        @SuppressWarnings("unchecked")
        TableView<ReportRow> details = robot.from(root).lookup("#detailTable").queryAs(TableView.class);
        waitUntil(() -> details.getItems().size() == 1);
        ReportRow row = details.getItems().get(0);
        assertThat(row.c2()).isEqualTo("周建国");
        assertThat(row.c3()).isEqualTo(IdNumber.mask(APPLICANT_ID));
        assertThat(row.c5()).isEqualTo("2026年10月16日");
        assertThat(robot.from(root).lookup("#detailTitle").queryAs(Label.class).getText())
                .isEqualTo("超期未办结：名单（1条，证件号码已脱敏）");

        robot.clickOn(robot.from(root).lookup("#periodChoice").queryAs(javafx.scene.control.RadioButton.class));
        robot.clickOn(robot.from(root).lookup("#showButton").queryButton());
        waitUntil(() -> robot.from(root).lookup("#headingLabel").queryAs(Label.class).getText()
                .equals("统计期间：2026年11月1日至2026年11月30日"));
        @SuppressWarnings("unchecked")
        LineChart<String, Number> trend = robot.from(root).lookup("#trendChart").queryAs(LineChart.class);
        assertThat(trend.getData()).hasSize(4);
        assertThat(trend.getData().get(0).getData()).hasSize(30);
        assertThat(robot.from(root).lookup("#comparisonChart").query().isVisible()).isTrue();
        var audit = fixture.context.transactions().readOnly(() -> fixture.context.auditLog().latest(1)).get(0);
        assertThat(audit.action()).isEqualTo(AuditAction.REPORT_VIEWED);
        assertThat(audit.detail()).isEqualTo("period 2026-11-01..2026-11-30");
    }
}
