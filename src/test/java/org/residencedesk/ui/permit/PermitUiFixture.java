package org.residencedesk.ui.permit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.residencedesk.testing.FileTrees;
import org.residencedesk.app.Main;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.service.permit.ApplicationRequest;
import org.residencedesk.service.permit.CardPrintJob;
import org.residencedesk.service.permit.PrintSpec;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.DeskServices;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testsupport.RegistrationFixture;
import org.residencedesk.ui.print.PrintPreviewViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A real station on Derby with a registered resident, and the small waits the permit screen tests share. */
final class PermitUiFixture {
    static final String LOGIN = "wangfang";
    static final String PASSWORD = org.residencedesk.testing.TestOperators.PASSWORD;
    /**
     * 王芳, holding every counter role, signed in through the real authentication service when the fixture
     * opens its station (static for the tests that import it; one fixture runs at a time).
     */
    static Operator ADMIN;
    static final String NAME = "刘晓燕";
    static final String ID = IdNumbers.citizen("420106", "19900315", 124);

    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    final AppContext context;
    final Path dataDir;
    /** The window's worker threads for areas built here (the shell builds its own). */
    private final ExecutorService workers = BackgroundWork.newWorkerPool();
    final BackgroundWork background = BackgroundWork.toFxThread(workers);

    PermitUiFixture() throws Exception {
        dataDir = Files.createTempDirectory("desk-permit-ui");
        // the first administrator holds only the administrator role; 王芳 does the counter's work
        context = org.residencedesk.testing.TestStation.open(dataDir, clock);
        ADMIN = org.residencedesk.testing.TestOperators.signIn(context, LOGIN, "王芳", Role.WINDOW_STAFF, Role.CLERK,
                Role.REVIEWER, Role.CHIEF);
    }

    /** Closes the database, stops the workers and deletes the data folder with everything the test wrote. */
    void close() throws IOException {
        try {
            context.close();
        } finally {
            workers.shutdownNow();
            try {
                workers.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS); // a task may still be writing
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FileTrees.delete(dataDir);
        }
    }

    /** The resident arrived on 1 March 2026, so on 28 November 2026 six months are met. Returns the person id. */
    long registerResident() {
        return register(ID, NAME, "2", "1990-03-15");
    }

    /** Another resident (same arrival day, registered that day); returns the person id. */
    long register(String idNumber, String name, String sex, String birthDate) {
        FormValues values = RegistrationFixture.valid().toBuilder().set("idNumber", idNumber).set("name", name)
                .set("sex", sex).set("birthDate", birthDate).set("arrivalDate", "2026-03-01")
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        // registered on the arrival day: the residence months count from the registration (ADR 0170)
        java.time.Instant now = clock.instant();
        clock.set(java.time.Instant.parse("2026-03-01T01:30:00Z"));
        Registered r;
        try {
            r = context.registration().register(ADMIN, values);
        } finally {
            clock.set(now);
        }
        return context.registration().open(ADMIN, r.registrationId()).summary().personId();
    }

    /** Earlier steps done through the service (they have their own tests): an accepted application. */
    String acceptedPermit(long personId) {
        var step = context.permitApplications().submit(ADMIN, personId, new ApplicationRequest(PermitBasis.STABLE_RESIDENCE,
                Representation.IN_PERSON, false, COMPLETE));
        return context.permitApplications().accept(ADMIN, step.permit().id()).permit().id();
    }

    String approvedPermit(long personId) {
        String id = acceptedPermit(personId);
        context.permitReview().approve(ADMIN, id);
        return id;
    }

    /**
     * An issued permit. Its card "print" is recorded with a successful outcome without a printer: this
     * is set-up for later steps; the screens' real printing is tested in the print tests.
     */
    String issuedPermit(long personId) {
        String id = printedPermit(personId);
        context.cardProduction().issue(ADMIN, id, Handover.holder());
        return id;
    }

    /** A printed card waiting for collection (recorded as printed like {@link #issuedPermit}). */
    String printedPermit(long personId) {
        String id = approvedPermit(personId);
        CardPrintJob job = context.cardProduction().print(ADMIN, id, PrintSpec.first());
        context.cardProduction().markPrinted(ADMIN, job, new PrintOutcome(DocumentType.PERMIT_CARD, "set-up", 1, 1,
                PrintStatus.PRINTED, "set-up"));
        return id;
    }

    DeskServices services() {
        return Main.deskServices(context);
    }

    static final Set<MaterialKind> COMPLETE = Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO,
            MaterialKind.LEASE);

    static IdCardData card(String name, String idNumber, String sex, LocalDate birth) {
        return new IdCardData(CardType.ID_CARD, name, null, sex, "01", birth, "湖北省武汉市武昌区中山路1号", idNumber,
                "武汉市公安局武昌分局", LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1), false, null, null, null, null);
    }

    /**
     * The 居住证 area alone in a window of the counter's size (the shell adds nothing to these flows),
     * for {@code operator}; the registration callback's values land in {@code openedRegistrations}.
     */
    PermitAreaView showPermitArea(Stage stage, Operator operator, List<FormValues> openedRegistrations) {
        DeskServices services = Main.deskServices(context);
        PermitAreaView view = new PermitAreaView(new PermitAreaViewModel(services, operator, background),
                previews(services, operator), openedRegistrations::add);
        stage.setScene(new Scene(view.load(), 1200, 760));
        stage.show();
        return view;
    }

    DocumentPreviews previews(DeskServices services, Operator operator) {
        return new DocumentPreviews(services.printer(), services.printerSettings(), services.printAudit(), operator,
                background);
    }

    /** Hides every window but {@code main} (the previews), as the clerk closes them before going on. */
    static void closePreviews(FxRobot robot, Stage main) {
        robot.interact(() -> new java.util.ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != main).forEach(Window::hide));
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    static boolean styled(FxRobot robot, String query, String styleClass) {
        return robot.lookup(query).queryAs(Label.class).getStyleClass().contains(styleClass);
    }

    static void selectTab(FxRobot robot, String tabId) {
        TabPane tabs = robot.lookup("#permitTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    /** Waits for the table to hold {@code rows} rows and selects the first. */
    static TableView<?> selectFirstRow(FxRobot robot, String tableId, int rows) throws Exception {
        TableView<?> table = robot.lookup(tableId).queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == rows);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        return table;
    }

    static IdCardData card() {
        return new IdCardData(CardType.ID_CARD, NAME, null, "2", "01", LocalDate.of(1990, 3, 15),
                "湖北省武汉市武昌区中山路1号", ID, "武汉市公安局武昌分局", LocalDate.of(2020, 1, 1),
                LocalDate.of(2040, 1, 1), false, null, null, null, null);
    }

    void today(LocalDate day) {
        clock.set(day.atTime(9, 30).atZone(TestClock.STATION_ZONE).toInstant());
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    /** Waits until the last preview shows a prepared document of {@code type}. */
    static PrintPreviewViewModel awaitPreview(DocumentPreviews previews, DocumentType type) throws Exception {
        waitUntil(() -> previews.lastProperty().get() != null
                && previews.lastProperty().get().documentProperty().get() != null
                && previews.lastProperty().get().documentProperty().get().source().type() == type);
        return previews.lastProperty().get();
    }

    static <T> T controller(FxRobot robot, String rootId, Class<T> type) {
        Node root = robot.lookup("#" + rootId).query();
        return type.cast(root.getProperties().get(PermitAreaView.CONTROLLER_KEY));
    }
}
