package org.residencedesk.ui.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.testing.FxWait.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.device.idcard.SocatPtyPair;
import org.residencedesk.device.idcard.sim.PtyReaderSimulator;
import org.residencedesk.device.idcard.sim.ReaderSimulator;
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.Theme;
import org.residencedesk.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 12 item 7 end to end: the real serial reader ({@code devices.properties} → {@code PollingCardReader} over a
 * socat pseudo-terminal) reads a foreigner permanent-residence card and an HK/Macao/Taiwan residence permit from the
 * simulator; the registration form shows and fills English name, nationality, pass number and issue count, asks for
 * no mainland hukou, and the saved registration holds them (ADR 0195).
 */
@ExtendWith(ApplicationExtension.class)
class NonMainlandCardsOverPtyTest {
    /** The window under test: its session is ended before the station closes (no timer outlives it). */
    private Shell shell;
    @TempDir
    Path dataDir;
    @TempDir
    Path ptyDir;
    private AppContext context;
    private SocatPtyPair pty;
    private PtyReaderSimulator host;
    private ReaderSimulator simulator;
    private Operator staff;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Station, pseudo-terminal and simulator (off the FX thread: Derby takes its time), then the window. */
    private void openWindow(FxRobot robot) throws Exception {
        org.residencedesk.testing.SystemTools.require(socatInstalled(), "socat is not installed: no pseudo-terminal");
        pty = SocatPtyPair.start(ptyDir);
        simulator = new ReaderSimulator();
        host = PtyReaderSimulator.start(simulator, pty.simulatorEnd());
        context = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        staff = TestOperators.windowStaff(context);
        Files.writeString(dataDir.resolve("devices.properties"), "cardReader.port=" + pty.clientEnd() + "\n",
                StandardCharsets.UTF_8);
        robot.interact(() -> {
            shell = new Shell(Main.deskServices(context), FileDialogs.system());
            stage.setScene(Theme.apply(new Scene(shell.root(), 1366, 800)));
            shell.start(context.stationSetup().station());
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        if (shell != null) shell.endSession();
        FxToolkit.cleanupStages();
        if (context != null) context.close();
        if (host != null) host.close();
        if (pty != null) pty.close();
    }

    @Test
    void aForeignPermanentResidenceCardFillsItsFieldsAndSavesWithoutHukou(FxRobot robot) throws Exception {
        IdCardData card = new IdCardData(CardType.FOREIGN_PR_2023, "马丁", "MARTIN-LEFEBVRE, PIERRE ALEXANDRE FRANCOIS",
                "1", null, LocalDate.of(1979, 4, 12), null, "942250197904120119", null, LocalDate.of(2024, 2, 1),
                LocalDate.of(2034, 2, 1), false, null, "03", "FRA", null);
        signInAndPlace(robot, card);

        assertThat(text(robot, "englishName")).isEqualTo("MARTIN-LEFEBVRE, PIERRE ALEXANDRE FRANCOIS");
        assertThat(text(robot, "nationality")).startsWith("FRA");
        assertThat(text(robot, "issueCount")).isEqualTo("03");
        assertThat(visible(robot, "passNumber")).isFalse();
        assertThat(visible(robot, "hukouDivision")).as("no mainland hukou asked").isFalse();
        assertThat(visible(robot, "ethnicGroup")).isFalse();

        FormValues saved = typeTheRestAndSave(robot, card.idNumber());

        assertThat(saved.get("documentType")).isEqualTo("foreign-permanent-residence");
        assertThat(saved.get("name")).isEqualTo("马丁");
        assertThat(saved.get("englishName")).isEqualTo("MARTIN-LEFEBVRE, PIERRE ALEXANDRE FRANCOIS");
        assertThat(saved.get("nationality")).isEqualTo("FRA");
        assertThat(saved.get("issueCount")).isEqualTo("03");
        assertThat(saved.get("validFrom")).isEqualTo("2024-02-01");
        assertThat(saved.get("validUntil")).isEqualTo("2034-02-01");
        assertThat(saved.get("hukouDivision")).isEmpty();
        assertThat(saved.get("hukouAddress")).isEmpty();
    }

    @Test
    void anHkMacaoTaiwanResidencePermitFillsItsFieldsAndSavesWithoutHukou(FxRobot robot) throws Exception {
        IdCardData card = new IdCardData(CardType.HK_MO_TW_PERMIT, "陈家明", null, "1", null, LocalDate.of(1990, 6, 30),
                "湖北省武汉市江汉区建设大道568号", "810000199006300138", "武汉市公安局江汉分局",
                LocalDate.of(2024, 3, 1), LocalDate.of(2029, 3, 1), false, "H12345678", "02", null, null);
        signInAndPlace(robot, card);

        assertThat(text(robot, "nationality")).startsWith("HKG");
        assertThat(text(robot, "passNumber")).isEqualTo("H12345678");
        assertThat(text(robot, "issueCount")).isEqualTo("02");
        assertThat(text(robot, "issuingAuthority")).isEqualTo("武汉市公安局江汉分局");
        assertThat(visible(robot, "englishName")).isFalse();
        assertThat(visible(robot, "hukouAddress")).as("no mainland hukou asked").isFalse();

        FormValues saved = typeTheRestAndSave(robot, card.idNumber());

        assertThat(saved.get("documentType")).isEqualTo("hmt-residence-permit");
        assertThat(saved.get("nationality")).isEqualTo("HKG");
        assertThat(saved.get("passNumber")).isEqualTo("H12345678");
        assertThat(saved.get("issueCount")).isEqualTo("02");
        assertThat(saved.get("issuingAuthority")).isEqualTo("武汉市公安局江汉分局");
        assertThat(saved.get("validUntil")).isEqualTo("2029-03-01");
        assertThat(saved.get("hukouAddress")).as("the permit's address is not a hukou").isEmpty();
        assertThat(saved.get("englishName")).isEmpty();
    }

    private void signInAndPlace(FxRobot robot, IdCardData card) throws Exception {
        openWindow(robot);
        robot.clickOn("#login").write("wangfang");
        robot.clickOn("#password").write(TestOperators.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#field-idNumber").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#cardReaderStatus").queryAs(Label.class).getText().equals("读卡器：已连接"));
        simulator.placeCard(card);
        waitUntil(() -> card.idNumber().equals(text(robot, "idNumber")) && card.name().equals(text(robot, "name")));
    }

    private FormValues typeTheRestAndSave(FxRobot robot, String idNumber) throws Exception {
        for (String value : new String[] {"21", "20", "13812345678", "420111002003", "珞喻路", "123号", "33", "4", "09"}) {
            robot.write(value).type(KeyCode.ENTER);
        }
        robot.type(KeyCode.SPACE);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        try {
            waitUntil(() -> robot.lookup("#noticeLabel").queryAs(Label.class).getText().startsWith("登记成功"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not saved; the notice says: "
                    + robot.lookup("#noticeLabel").queryAs(Label.class).getText(), e);
        }
        var found = context.registration().search(staff, idNumber, null, 0, 5).items();
        assertThat(found).hasSize(1);
        RegistrationSummary summary = found.get(0);
        return context.registration().open(staff, summary.registrationId()).values();
    }

    private static String text(FxRobot robot, String field) {
        return robot.lookup("#field-" + field).queryAs(TextField.class).getText();
    }

    private static boolean visible(FxRobot robot, String field) {
        for (javafx.scene.Node n = robot.lookup("#field-" + field).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
        }
        return true;
    }

    private static boolean socatInstalled() {
        try {
            return new ProcessBuilder("socat", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
