package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.ui.DeskWindowFixture.keys;
import static org.residencedesk.ui.DeskWindowFixture.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.collection.CollectorKind;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 采集队列 in the real window: a grid worker's collected row waits masked in the queue; 王芳 selects it, is told a
 * note is needed when no card was swiped, types the note and confirms — and the row becomes a registration (one
 * transaction with its audit entries) and leaves the queue.
 */
@ExtendWith(ApplicationExtension.class)
class CollectionQueueFlowTest {
    static final String ID = IdNumbers.citizen("420106", "19880512", 57);
    @TempDir
    static Path dataDir;
    private static DeskWindowFixture fixture;

    /** The station and the collected row are made before the window (not in @Start, which has a time limit). */
    @org.junit.jupiter.api.BeforeAll
    static void prepare() throws Exception {
        fixture = new DeskWindowFixture(dataDir, Role.WINDOW_STAFF);
        Operator grid = TestOperators.signIn(fixture.context, "liwei", "李伟", Role.GRID_WORKER);
        FormValues row = RegistrationFixture.valid().toBuilder().set("idNumber", ID).set("name", "孙丽娟")
                .set("sex", "1").set("birthDate", "1988-05-12").set("arrivalDate", "2026-10-20")
                .set("declarant", "grid-worker").set("channel", "grid")
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        fixture.context.collectionImport().collectOne(grid, RecordKind.REGISTRATION, CollectorKind.GRID_WORKER, row);
    }

    @Start
    void start(Stage stage) {
        fixture.show(stage, 1366, 800);
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void aGridWorkersRowConfirmedWithANoteBecomesARegistration(FxRobot robot) throws Exception {
        fixture.signIn(robot);
        Node root = robot.lookup("#areas").query();
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT9);
        TabPane areas = (TabPane) root;
        assertThat(areas.getSelectionModel().getSelectedItem().getText()).isEqualTo("采集队列");
        TableView<?> table = robot.from(root).lookup("#queueTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        Node firstRow = robot.from(table).lookup(".table-row-cell").nth(0).query();
        robot.clickOn(firstRow);
        assertThat(robot.from(table).lookup(".table-cell").match(
                n -> n instanceof javafx.scene.control.TableCell<?, ?> c && IdNumber.mask(ID).equals(c.getText()))
                .tryQuery()).as("the ID number masked").isPresent();

        robot.clickOn(robot.from(root).lookup("#confirmButton").queryButton());
        Label error = robot.from(root).lookup("#errorLabel").queryAs(Label.class);
        waitUntil(() -> error.getText().equals("网格员采集的行未刷证核验时，须填写核验说明"));
        assertThat(fixture.context.registration().isRegistered(fixture.staff, ID, LocalDate.of(2026, 10, 20)))
                .isFalse();

        robot.clickOn(robot.from(root).lookup("#noteField").queryAs(javafx.scene.control.TextField.class))
                .write("网格员李伟上门核验身份证原件");
        robot.clickOn(robot.from(root).lookup("#confirmButton").queryButton());

        Label message = robot.from(root).lookup("#messageLabel").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("孙丽娟 已登记，登记编号 "));
        waitUntil(table.getItems()::isEmpty);
        assertThat(fixture.context.registration().isRegistered(fixture.staff, ID, LocalDate.of(2026, 10, 20)))
                .isTrue();
        AuditEntry last = fixture.context.transactions().readOnly(() -> fixture.context.auditLog().latest(1)).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.COLLECTION_CONFIRMED);
        assertThat(last.actor()).isEqualTo(DeskWindowFixture.LOGIN);
        assertThat(message.getText()).endsWith(last.detail().substring("record=".length(),
                last.detail().indexOf(",check=")));
    }
}
