package org.residencedesk.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.ApplicationRequest;
import org.residencedesk.service.permit.CardPrintJob;
import org.residencedesk.service.permit.PrintSpec;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;
import org.residencedesk.ui.shell.Shell;
import org.testfx.api.FxRobot;

/**
 * The whole window on a real station (Derby in a JUnit temp folder) with residents and permits made through the
 * real services, for the tests that go from area to area: 王芳 signs in through the login screen.
 */
final class DeskWindowFixture {
    static final String LOGIN = "wangfang";
    static final Set<MaterialKind> COMPLETE = Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO,
            MaterialKind.LEASE);

    /** The fixture clock's start (a child JVM reopening the station sets its clock there). */
    static final String START = "2026-11-28T01:15:00Z";
    final TestClock clock = TestClock.at(START);
    final AppContext context;
    final Operator staff;
    Shell shell;

    /** 王芳 holds {@code roles}. */
    DeskWindowFixture(Path dataDir, Role first, Role... more) {
        context = TestStation.open(dataDir, clock);
        staff = TestOperators.signIn(context, LOGIN, "王芳", first, more);
    }

    /** The same with the station's key in {@code keyDir}: a child JVM reopens the station from both folders. */
    DeskWindowFixture(Path dataDir, Path keyDir, Role first, Role... more) {
        context = TestStation.open(dataDir, keyDir, clock);
        staff = TestOperators.signIn(context, LOGIN, "王芳", first, more);
    }

    /** A resident who arrived and registered on 1 March 2026; returns the person id. */
    long register(String idNumber, String name, String sex, String birthDate) {
        FormValues values = RegistrationFixture.valid().toBuilder().set("idNumber", idNumber).set("name", name)
                .set("sex", sex).set("birthDate", birthDate).set("arrivalDate", "2026-03-01")
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        Registered r = on(LocalDate.of(2026, 3, 1), () -> context.registration().register(staff, values));
        return context.registration().open(staff, r.registrationId()).summary().personId();
    }

    /** A resident in the village {@code division} with {@code mobile} (null: none), arrived and registered on {@code day}. */
    long register(String idNumber, String name, String division, String mobile, LocalDate day) {
        FormValues values = RegistrationFixture.valid().toBuilder().set("idNumber", idNumber).set("name", name)
                .set("sex", "1").set("birthDate", "19" + idNumber.substring(8, 10) + "-" + idNumber.substring(10, 12)
                        + "-" + idNumber.substring(12, 14)).set("arrivalDate", day.toString())
                .set("residenceDivision", division).set("mobile", mobile == null ? "" : mobile)
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        Registered r = on(day, () -> context.registration().register(staff, values));
        return context.registration().open(staff, r.registrationId()).summary().personId();
    }

    /** An application accepted on {@code day} (promised 15 days later). */
    String accepted(long personId, LocalDate day) {
        return on(day, () -> {
            var step = context.permitApplications().submit(staff, personId, new ApplicationRequest(
                    PermitBasis.STABLE_RESIDENCE, Representation.IN_PERSON, false, COMPLETE));
            return context.permitApplications().accept(staff, step.permit().id()).permit().id();
        });
    }

    /** Accepted, approved and its card recorded as printed on {@code day} (set-up: no printer). */
    String printed(long personId, LocalDate day) {
        String id = accepted(personId, day);
        return on(day, () -> {
            context.permitReview().approve(staff, id);
            CardPrintJob job = context.cardProduction().print(staff, id, PrintSpec.first());
            context.cardProduction().markPrinted(staff, job, new PrintOutcome(DocumentType.PERMIT_CARD, "set-up", 1, 1,
                    PrintStatus.PRINTED, "set-up"));
            return id;
        });
    }

    /** Printed and handed to the holder on {@code day}. */
    String issued(long personId, LocalDate day) {
        String id = printed(personId, day);
        return on(day, () -> {
            context.cardProduction().issue(staff, id, Handover.holder());
            return id;
        });
    }

    private <T> T on(LocalDate day, Callable<T> step) {
        Instant now = clock.instant();
        clock.set(day.atTime(9, 30).atZone(TestClock.STATION_ZONE).toInstant());
        try {
            return step.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            clock.set(now);
        }
    }

    /** The login screen in a window of {@code width}×{@code height}. */
    void show(Stage stage, double width, double height) {
        show(stage, width, height, FileDialogs.system());
    }

    /** The login screen, files chosen by {@code files} (a test's folder instead of the system's chooser). */
    void show(Stage stage, double width, double height, FileDialogs files) {
        shell = new Shell(Main.deskServices(context), files);
        stage.setScene(Theme.apply(new Scene(shell.root(), width, height)));
        shell.start(context.stationSetup().station());
        stage.show();
    }

    /** Signs 王芳 in through the login screen and waits for the main window. */
    void signIn(FxRobot robot) throws Exception {
        robot.clickOn("#login").write(LOGIN);
        robot.clickOn("#password").write(TestOperators.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#areas").tryQuery().isPresent());
    }

    /** Presses the keys together and releases them (a shortcut). */
    static void keys(FxRobot robot, KeyCode... codes) {
        org.residencedesk.testing.FxWait.keys(robot, codes);
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        org.residencedesk.testing.FxWait.waitUntil(condition);
    }

    void close() {
        if (shell != null) shell.endSession(); // no status timer or reader outlives the station
        context.close();
    }
}
