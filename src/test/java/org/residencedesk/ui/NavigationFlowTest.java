package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.ui.DeskWindowFixture.keys;
import static org.residencedesk.ui.DeskWindowFixture.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.testing.IdNumbers;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The person keys in the real window (ADR 0180): from a 查询 result, a queue row and a timeline entry to the
 * person's 居住证, 签注, 人员档案 and 居住登记, found by their id (no number is retyped anywhere); a masked ID
 * number revealed on request and audited; overdue rows marked in words; a form with typed input replaced only
 * after the clerk agrees.
 */
@ExtendWith(ApplicationExtension.class)
class NavigationFlowTest {
    static final String HOLDER_ID = IdNumbers.citizen("420106", "19900315", 124);
    static final String APPLICANT_ID = IdNumbers.citizen("420106", "19850612", 31);
    @TempDir
    Path dataDir;
    private DeskWindowFixture fixture;
    private String waitingPermit;

    @Start
    void start(Stage stage) {
        fixture = new DeskWindowFixture(dataDir, Role.WINDOW_STAFF, Role.CLERK, Role.REVIEWER, Role.CHIEF);
        fixture.issued(fixture.register(HOLDER_ID, "刘晓燕", "2", "1990-03-15"), LocalDate.of(2026, 9, 10));
        // accepted on 1 October: promised for 16 October, overdue on 28 November
        waitingPermit = fixture.accepted(fixture.register(APPLICANT_ID, "周建国", "1", "1985-06-12"),
                LocalDate.of(2026, 10, 1));
        fixture.show(stage, 1366, 768);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        fixture.close();
    }

    @Test
    void fromASearchResultEveryKeyReachesThePersonAndTheRevealIsAudited(FxRobot robot) throws Exception {
        fixture.signIn(robot);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1); // a chief starts on the 工作台 (ADR 0286)
        TableView<?> results = search(robot, "刘晓燕");
        assertThat(idCell(robot, results)).as("masked in the list").isEqualTo(IdNumber.mask(HOLDER_ID));

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        waitUntil(() -> HOLDER_ID.equals(idCell(robot, results)));
        AuditEntry reveal = latestAudit();
        assertThat(reveal.action()).isEqualTo(AuditAction.RECORD_VIEWED);
        assertThat(reveal.detail()).isEqualTo("idNumberRevealed");
        assertThat(reveal.actor()).isEqualTo(DeskWindowFixture.LOGIN);

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(area(robot)).isEqualTo("居住证");
        waitUntil(() -> label(robot, "#personLabel").startsWith("刘晓燕"));
        assertThat(robot.lookup("#personPermitTable").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#permitIdField").queryAs(TextField.class).getText())
                .as("found by the person's id, no number typed").isEmpty();

        focusResults(robot, results);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q);
        assertThat(area(robot)).isEqualTo("签注");
        ListView<?> window = robot.lookup("#windowList").queryAs(ListView.class);
        waitUntil(() -> !window.getItems().isEmpty());
        assertThat(window.getItems().get(0).toString()).startsWith("刘晓燕");
        assertThat(robot.lookup("#endorseIdField").queryAs(TextField.class).getText()).isEmpty();

        focusResults(robot, results);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        ListView<?> timeline = robot.lookup("#timelineList").queryAs(ListView.class);
        waitUntil(timeline::isVisible);
        assertThat(timeline.getItems()).isNotEmpty();
        // a timeline entry is the same person: its keys lead on
        robot.interact(() -> {
            timeline.getSelectionModel().select(0);
            timeline.requestFocus();
        });
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(area(robot)).isEqualTo("居住证");

        focusResults(robot, results);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        waitUntil(() -> "居住登记".equals(area(robot)));
        waitUntil(() -> "变更登记".equals(label(robot, "#modeLabel")));
        assertThat(robot.lookup("#field-name").queryAs(TextField.class).getText()).isEqualTo("刘晓燕");
    }

    @Test
    void fromAnOverdueQueueRowToTheRegistrationOnlyAfterTypedInputIsGivenUp(FxRobot robot) throws Exception {
        fixture.signIn(robot);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1); // a chief starts on the 工作台 (ADR 0286)
        robot.interact(() -> robot.lookup("#field-street").query().requestFocus());
        robot.write("珞喻路");
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        TabPane permitTabs = robot.lookup("#permitTabs").queryAs(TabPane.class);
        robot.interact(() -> permitTabs.getTabs().stream().filter(t -> "reviewTab".equals(t.getId())).findFirst()
                .ifPresent(t -> permitTabs.getSelectionModel().select(t)));
        TableView<?> queue = robot.lookup("#reviewTable").queryAs(TableView.class);
        waitUntil(() -> queue.getItems().size() == 1);
        waitUntil(() -> robot.from(queue).lookup("已受理 · 超过承诺办结日期").tryQuery().isPresent());
        Node row = robot.from(queue).lookup(".table-row-cell").nth(0).query();
        assertThat(row.getPseudoClassStates()).as("the overdue row's colour, beside its words")
                .contains(Tables.OVERDUE);
        robot.interact(() -> {
            queue.getSelectionModel().select(0);
            queue.requestFocus();
        });

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        waitUntil(() -> robot.lookup("#" + Confirmations.CANCEL_ID).tryQuery().isPresent());
        robot.clickOn("#" + Confirmations.CANCEL_ID);
        assertThat(area(robot)).as("given up: nothing replaced").isEqualTo("居住证");
        assertThat(robot.lookup("#field-street").queryAs(TextField.class).getText()).isEqualTo("珞喻路");

        robot.interact(queue::requestFocus);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        waitUntil(() -> robot.lookup("#" + Confirmations.CONFIRM_ID).tryQuery().isPresent());
        robot.clickOn("#" + Confirmations.CONFIRM_ID);
        waitUntil(() -> "居住登记".equals(area(robot)));
        waitUntil(() -> "周建国".equals(robot.lookup("#field-name").queryAs(TextField.class).getText()));
        assertThat(label(robot, "#modeLabel")).isEqualTo("变更登记");
        assertThat(fixture.context.permitQueries().summary(fixture.staff, waitingPermit).personId())
                .isEqualTo(fixture.context.registration().personIdOf(fixture.staff, APPLICANT_ID).orElseThrow());

        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        robot.interact(queue::requestFocus);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        assertThat(area(robot)).isEqualTo("查询");
        ListView<?> timeline = robot.lookup("#timelineList").queryAs(ListView.class);
        waitUntil(() -> timeline.isVisible() && !timeline.getItems().isEmpty());
        assertThat(timeline.getItems().stream().map(Object::toString))
                .anyMatch(line -> line.contains("受理"));
    }

    @Test
    void ctrlNAsksBeforeDiscardingTypedInputAndEnterMeansNo(FxRobot robot) throws Exception {
        fixture.signIn(robot);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1); // a chief starts on the 工作台 (ADR 0286)
        TextField street = robot.lookup("#field-street").queryAs(TextField.class);
        robot.interact(street::requestFocus);
        robot.write("珞喻路");

        keys(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> robot.lookup("#" + Confirmations.CANCEL_ID).tryQuery().isPresent());
        robot.clickOn("#" + Confirmations.CANCEL_ID);
        assertThat(street.getText()).isEqualTo("珞喻路");

        keys(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> robot.lookup("#" + Confirmations.CANCEL_ID).tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // typed ahead: the default button is 取消
        waitUntil(() -> robot.lookup("#" + Confirmations.CANCEL_ID).tryQuery().isEmpty());
        assertThat(street.getText()).as("Enter never discards").isEqualTo("珞喻路");

        keys(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> robot.lookup("#" + Confirmations.CONFIRM_ID).tryQuery().isPresent());
        robot.clickOn("#" + Confirmations.CONFIRM_ID);
        waitUntil(() -> street.getText().isEmpty());
        assertThat(label(robot, "#modeLabel")).isEqualTo("新登记");
        assertThat(fixture.context.drafts().load("registration-" + DeskWindowFixture.LOGIN))
                .as("the discarded input's draft went with it").isEmpty();

        keys(robot, KeyCode.CONTROL, KeyCode.N);
        assertThat(robot.lookup("#" + Confirmations.CONFIRM_ID).tryQuery())
                .as("an untouched form is not asked about").isEmpty();
    }

    private TableView<?> search(FxRobot robot, String text) throws Exception {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText(text));
        robot.interact(() -> robot.lookup("#searchButton").queryAs(javafx.scene.control.Button.class).fire());
        TableView<?> results = robot.lookup("#resultTable").queryAs(TableView.class);
        waitUntil(() -> results.getItems().size() == 1);
        focusResults(robot, results);
        return results;
    }

    private static void focusResults(FxRobot robot, TableView<?> results) {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
        robot.interact(() -> {
            results.getSelectionModel().select(0);
            results.requestFocus();
        });
    }

    @SuppressWarnings("unchecked")
    private static String idCell(FxRobot robot, TableView<?> results) {
        var column = (javafx.scene.control.TableColumn<Object, ?>) results.getColumns().stream()
                .filter(c -> "idColumn".equals(c.getId())).findFirst().orElseThrow();
        Object value = column.getCellData(0);
        return value == null ? null : value.toString();
    }

    private static String area(FxRobot robot) {
        return robot.lookup("#areas").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private AuditEntry latestAudit() {
        return fixture.context.transactions().readOnly(() -> fixture.context.auditLog().latest(1)).get(0);
    }
}
