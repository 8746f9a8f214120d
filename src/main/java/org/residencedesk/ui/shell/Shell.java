package org.residencedesk.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import org.residencedesk.domain.masterdata.LookupContext;
import javafx.scene.Node;
import org.residencedesk.port.CardEvent;
import org.residencedesk.port.CardReaderListener;
import org.residencedesk.port.ReaderStatus;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.CardReaderHandle;
import org.residencedesk.ui.CardSwipeTarget;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.print.PrinterSettingsView;
import org.residencedesk.ui.print.PrinterSettingsViewModel;
import org.residencedesk.ui.settings.SettingsAreaView;
import org.residencedesk.ui.settings.SettingsAreaViewModel;
import org.residencedesk.ui.settings.UserManagementView;
import org.residencedesk.ui.settings.UserManagementViewModel;
import org.residencedesk.ui.settings.backup.BackupView;
import org.residencedesk.ui.settings.backup.BackupViewModel;
import org.residencedesk.ui.settings.policy.StationPolicyView;
import org.residencedesk.ui.settings.policy.StationPolicyViewModel;
import org.residencedesk.ui.settings.platform.PlatformSettingsView;
import org.residencedesk.ui.settings.platform.PlatformSettingsViewModel;
import org.residencedesk.ui.sync.SyncStatusTimer;
import org.residencedesk.ui.sync.SyncStatusViewModel;
import org.residencedesk.ui.sync.SyncView;
import org.residencedesk.ui.sync.SyncViewModel;
import org.residencedesk.ui.query.SearchView;
import org.residencedesk.ui.query.SearchViewModel;
import org.residencedesk.ui.registration.RegistrationView;
import org.residencedesk.ui.registration.RegistrationViewModel;
import org.residencedesk.ui.permit.DocumentPreviews;
import org.residencedesk.ui.permit.EndorsementAreaView;
import org.residencedesk.ui.permit.EndorsementAreaViewModel;
import org.residencedesk.ui.permit.PermitAreaView;
import org.residencedesk.ui.permit.PermitAreaViewModel;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.residencedesk.domain.station.Station;
import org.residencedesk.service.Operator;
import org.residencedesk.ui.DeskServices;
import org.residencedesk.ui.Fxml;

/**
 * The window's root: the 演示模式 banner on top (on every screen of a demo station) and the current
 * screen — setup, login or the main window — in the centre.
 */
public final class Shell {
    private final BorderPane root = new BorderPane();
    private final Label demoBanner = new Label(Fxml.text("app.demoBanner"));
    private final DeskServices services;
    private final FileDialogs fileDialogs;
    /** The window's one BackgroundWork: every screen's view model receives it through its constructor. */
    private final BackgroundWork work;
    private Station station;
    /** Remembers the window per operator (ADR 0182); null for tests that open the window on their own. */
    private WindowMemory windowMemory;
    /** While the main window is shown: who is signed in and which area is on screen (for the window memory). */
    private Operator signedIn;
    private MainView mainView;
    /** Ends the signed-in session: the reader, the audit alert and the status timers stop (nothing while signed out). */
    private Runnable session = () -> { };

    /** For tests that open the window on their own: a daemon worker pool of its own, results on the FX thread. */
    public Shell(DeskServices services, FileDialogs fileDialogs) {
        this(services, fileDialogs, BackgroundWork.toFxThread(BackgroundWork.newWorkerPool()));
    }

    public Shell(DeskServices services, FileDialogs fileDialogs, BackgroundWork work) {
        this.services = services;
        this.fileDialogs = fileDialogs;
        this.work = work;
        demoBanner.setId("demoBanner");
        demoBanner.getStyleClass().add("demo-banner");
        demoBanner.setMaxWidth(Double.MAX_VALUE);
        root.getStylesheets().add(Shell.class.getResource("/org/residencedesk/ui/desk.css").toExternalForm());
    }

    /** Sizes and places the window per operator and remembers it at sign-out and close. */
    public Shell rememberWindowWith(WindowMemory memory) {
        this.windowMemory = memory;
        return this;
    }

    /** The window is closing: the signed-in operator's window and area are remembered. */
    public void windowClosing() {
        rememberWindow();
        endSession();
    }

    /**
     * Ends the signed-in session as signing out does, without showing the login screen: the card reader, the audit
     * alert and the status bar's timers stop. The window's stop calls it; so does anything that closes the station
     * under an open window (a test). Safe to call twice and from any thread (it runs on the FX thread).
     */
    public void endSession() {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            javafx.application.Platform.runLater(() -> {
                try {
                    endSession();
                } finally {
                    done.countDown();
                }
            });
            try {
                done.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        Runnable end = session;
        session = () -> { };
        end.run();
    }

    private void rememberWindow() {
        if (windowMemory != null && signedIn != null && mainView != null) {
            windowMemory.remember(signedIn.login(), mainView.selectedArea().name());
        }
    }

    public Parent root() {
        return root;
    }

    /** Runs on a worker thread before the first screen: which screen comes first depends on the database. */
    public static Optional<Station> loadStation(DeskServices services) {
        return services.stationSetup().station();
    }

    public void start(Optional<Station> existing) {
        existing.ifPresentOrElse(this::showLogin, this::showSetup);
    }

    /**
     * The login screen {@link WindowStart} showed before the database was open becomes this shell's (ADR 0371):
     * what was typed stays; its 登录 ends in {@link #showMain} or {@link #showPasswordChange}.
     */
    void adoptLogin(Station s, Parent loginScreen) {
        this.station = s;
        root.setTop(s.isDemo() ? demoBanner : null);
        show(loginScreen);
    }

    private void showSetup() {
        // the first-run wizard (ADR 0315); the login screen follows it
        show(org.residencedesk.ui.setup.SetupWizard.view(org.residencedesk.ui.setup.SetupWizard.model(services, work,
                this::showLogin)));
    }

    private void showLogin(Station s) {
        showLogin(s, null, null);
    }

    /** With {@code reason}: back from the lock screen because the account became unavailable. */
    private void showLogin(Station s, String login, String reason) {
        this.station = s;
        root.setTop(s.isDemo() ? demoBanner : null);
        LoginViewModel model = new LoginViewModel(services.authentication(), s.isDemo(), work);
        show(new LoginView(model, Fxml.text("main.station", s.name(), s.code().value()), this::showMain,
                this::showPasswordChange).load());
        if (reason != null) {
            model.explain(login, reason);
        }
    }

    /** The password an administrator set must be replaced before the main window opens. */
    void showPasswordChange(String login) {
        ChangePasswordViewModel model = new ChangePasswordViewModel(services.authentication(), login, true, work);
        show(new ChangePasswordView(model, this::showMain, () -> showLogin(station)).load());
    }

    /** The 工作台's 提醒 panel; its previews open in the window's print preview (ADR 0328). */
    private org.residencedesk.ui.reminder.ReminderViewModel reminderModel(
            org.residencedesk.service.Operator operator, DocumentPreviews previews) {
        org.residencedesk.ui.reminder.ReminderViewModel model = new org.residencedesk.ui.reminder.ReminderViewModel(
                services.reminders(), services.reminderLetters(), services.printerSettings(), operator, work);
        model.showPreviewsWith(previews.previewer(this::window));
        return model;
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** 前往办理 from the 工作台: the area (and the 居住证 tab) where the chosen number's work is done. */
    private static void openFromDashboard(org.residencedesk.ui.dashboard.DashboardTarget target, MainView main,
                                          PermitAreaViewModel permits) {
        switch (target) {
            case PERMIT_REVIEW -> permits.show(org.residencedesk.ui.permit.PermitTab.REVIEW);
            case PERMIT_PRINT -> permits.show(org.residencedesk.ui.permit.PermitTab.PRINT);
            case PERMIT_COLLECTION -> permits.show(org.residencedesk.ui.permit.PermitTab.COLLECTION);
            case PERMIT_MATERIALS -> permits.show(org.residencedesk.ui.permit.PermitTab.MATERIALS);
            default -> { }
        }
        main.show(switch (target) {
            case ENDORSEMENT -> WorkArea.ENDORSEMENT;
            case REPORT -> WorkArea.REPORT;
            default -> WorkArea.PERMIT;
        });
    }

    void showMain(Operator operator) {
        MainViewModel model = new MainViewModel(operator, station, services.authentication(), work);
        Optional<CardReaderHandle> reader = services.cardReaderFor().apply(station.isDemo());
        RegistrationViewModel registrationModel = new RegistrationViewModel(services.registration(),
                services.certificates(), services.printer(), services.printAudit(), operator, services.drafts(),
                services.formCodec(), services.clock(), work, services.lookupUsage())
                .decodingPhotosWith(services.photoDecoder());
        registrationModel.useProvinceLookup(services.provinceLookup()); // 省级查询 for 换地登记 (ADR 0268)
        RegistrationView registration = new RegistrationView(registrationModel, services.masterData(),
                new LookupContext(station.divisionCode(), services.lookupUsage()),
                services.printerSettings(), reader.flatMap(CardReaderHandle::simulateSwipe), fileDialogs)
                .camera(services.camera(), work.workers())
                .registers(new org.residencedesk.ui.register.RegisterPickers(services.houseRegister(),
                        services.employerRegister(), operator, work, new org.residencedesk.ui.register.RegisterDialogs(
                        services.houseRegister(), services.employerRegister(), operator, work)));
        Map<WorkArea, Node> areas = new EnumMap<>(WorkArea.class);
        areas.put(WorkArea.REGISTRATION, registration.load());
        MainView[] main = new MainView[1];
        SearchViewModel searchModel = new SearchViewModel(services.registration(), operator, work, services.clock())
                .withOutflows(services.outflow());
        PermitAreaViewModel permitModel = new PermitAreaViewModel(services, operator, work);
        EndorsementAreaViewModel endorsementModel = new EndorsementAreaViewModel(services, operator, work);
        // one key from a person in any list to their registration, permits, endorsement or history (ADR 0180)
        PersonNavigator navigator = new PersonNavigator(operator, services.registration(), work, () -> main[0], model,
                registration, searchModel, permitModel, endorsementModel);
        permitModel.lists().navigateWith(navigator);
        endorsementModel.lists().navigateWith(navigator);
        SearchView search = new SearchView(searchModel, details -> registration.replaceForm(() -> {
            registrationModel.loadForChange(details);
            main[0].show(WorkArea.REGISTRATION);
        }), details -> registration.replaceForm(() -> {
            registrationModel.loadForReRegistration(details);
            main[0].show(WorkArea.REGISTRATION);
        })).navigation(navigator);
        areas.put(WorkArea.QUERY, search.load());
        org.residencedesk.ui.register.RegisterAreaView registers = !operator.may(WorkArea.REGISTER.permission()) ? null
                : org.residencedesk.ui.register.RegisterAreaView.create(services.houseRegister(),
                services.employerRegister(), operator, work, navigator);
        if (registers != null) areas.put(WorkArea.REGISTER, registers.load());
        DocumentPreviews previews = new DocumentPreviews(services.printer(), services.printerSettings(),
                services.printAudit(), operator, work);
        PermitAreaView permit = new PermitAreaView(permitModel, previews, values -> registration.replaceForm(() -> {
            registrationModel.startFromValues(values);
            main[0].show(WorkArea.REGISTRATION);
        }));
        areas.put(WorkArea.PERMIT, permit.load());
        EndorsementAreaView endorsement = new EndorsementAreaView(endorsementModel, previews, fileDialogs,
                services.clock());
        areas.put(WorkArea.ENDORSEMENT, endorsement.load());
        var outflowModel = new org.residencedesk.ui.outflow.OutflowAreaViewModel(services.outflow(), operator, work,
                services.clock());
        areas.put(WorkArea.OUTFLOW, new org.residencedesk.ui.outflow.OutflowAreaView(outflowModel).load());
        areas.put(WorkArea.VERIFY, new org.residencedesk.ui.verification.VerificationView(
                new org.residencedesk.ui.verification.VerificationViewModel(services.verification(),
                        services.registration(), operator, work, document -> previews.open(root.getScene() == null ? null : root.getScene().getWindow(), Fxml.text("main.area.verify"),
                        document, outcome -> { }))).load());
        SettingsAreaView.build(new SettingsAreaViewModel(operator), Map.of(
                SettingsAreaViewModel.Tab.PRINTERS, () -> SettingsAreaView.scrolling(PrinterSettingsView.load(
                        new PrinterSettingsViewModel(services.printerCatalog(), services.printerSettings(),
                                services.printer(), services.clock(), work))),
                SettingsAreaViewModel.Tab.USERS, () -> new UserManagementView(new UserManagementViewModel(
                        services.userAdministration(), services.idleLock(), operator, services.clock(), work)).load(),
                SettingsAreaViewModel.Tab.POLICY, () -> new StationPolicyView(new StationPolicyViewModel(
                        services.stationPolicy(), operator, work)).load(),
                SettingsAreaViewModel.Tab.BACKUP, () -> BackupView.load(new BackupViewModel(services.backups(),
                        operator, services.clock(), work)),
                SettingsAreaViewModel.Tab.PLATFORM, () -> new PlatformSettingsView(new PlatformSettingsViewModel(
                        services.platformSettings(), operator, work)).load(),
                SettingsAreaViewModel.Tab.CARD_READER, () -> org.residencedesk.ui.setup.CardReaderStepView.inSettings(
                        new org.residencedesk.ui.setup.CardReaderStepViewModel(services.cardReaderSettings(), operator,
                                work)),
                SettingsAreaViewModel.Tab.CAMERA, () -> new org.residencedesk.ui.setup.CameraStepView(
                        new org.residencedesk.ui.setup.CameraStepViewModel(services.cameraSettings(), operator, work))
                        .load(),
                SettingsAreaViewModel.Tab.ABOUT, () -> org.residencedesk.ui.settings.about.AboutView.load(
                        new org.residencedesk.ui.settings.about.AboutViewModel(services.diagnose(), work)
                                .following(services.databaseCondition()))))
                .ifPresent(settings -> areas.put(WorkArea.SETTINGS, settings));
        if (org.residencedesk.ui.report.ReportAreaViewModel.available(operator)) {
            areas.put(WorkArea.REPORT, new org.residencedesk.ui.report.ReportAreaView(
                    new org.residencedesk.ui.report.ReportAreaViewModel(services.reports(), operator, work,
                            java.time.LocalDate.now(services.clock())).printingWith(services.printerSettings(),
                            previews.previewer(this::window)), fileDialogs).load());
        }
        if (org.residencedesk.ui.dashboard.DashboardViewModel.available(operator)) {
            areas.put(WorkArea.HOME, new org.residencedesk.ui.dashboard.DashboardView(
                    new org.residencedesk.ui.dashboard.DashboardViewModel(services.reports(),
                            services.permits().queries(), operator, work),
                    target -> openFromDashboard(target, main[0], permitModel),
                    () -> new org.residencedesk.ui.reminder.ReminderView(reminderModel(operator, previews),
                            fileDialogs).load()).load());
        }
        if (model.areas().contains(WorkArea.SYNC)) {
            // a rejected event's 打开更正 opens its record in its own area (ADRs 0307, 0374)
            areas.put(WorkArea.SYNC, new SyncView(new SyncViewModel(services.sync(), services.syncOverview(),
                    operator, services.clock(), work).navigateWith(new RejectedRecordNavigator(operator,
                    services.registration(), services.permits().queries(), work, navigator,
                    new RegisterCorrections(() -> main[0], model, registers, outflowModel)))).load());
        }
        // 采集队列: a swipe there checks the selected collected row (ADR 0235)
        org.residencedesk.ui.collection.CollectionQueueView collection = new org.residencedesk.ui.collection
                .CollectionQueueView(new org.residencedesk.ui.collection.CollectionQueueViewModel(
                services.collectionQueue(), services.collectionImport(), operator, work), fileDialogs,
                values -> registration.replaceForm(() -> {
                    registrationModel.startFromValues(values);
                    main[0].show(WorkArea.REGISTRATION);
                }), services.clock().getZone());
        if (operator.may(WorkArea.COLLECTION.permission())) {
            areas.put(WorkArea.COLLECTION, collection.load());
        }
        Map<WorkArea, CardSwipeTarget> swipeTargets = new EnumMap<>(WorkArea.class);
        swipeTargets.put(WorkArea.COLLECTION, collection);
        swipeTargets.put(WorkArea.REGISTRATION, registration);
        swipeTargets.put(WorkArea.PERMIT, permit);
        swipeTargets.put(WorkArea.ENDORSEMENT, endorsement);
        CardSwipeTarget router = card -> {
            CardSwipeTarget target = swipeTargets.get(main[0].selectedArea());
            if (target == null) {
                if (!model.areas().contains(WorkArea.REGISTRATION)) {
                    return; // this operator has no area that takes a card
                }
                main[0].show(WorkArea.REGISTRATION);
                target = registration;
            }
            target.cardRead(card);
        };
        CardReaderListener listener = reader.map(r -> connect(r, router, model)).orElse(null);
        model.checkPrinter(services.printerCatalog(), services.printerSettings());
        model.checkSetup(services.setupChecklist()); // 尚未配置：… in the status bar (ADR 0316)
        AuditAlertViewModel alert = new AuditAlertViewModel(services.auditAlarm(), operator, work);
        DamagedDatabaseViewModel damage = new DamagedDatabaseViewModel(services.databaseCondition(), operator, work);
        SyncStatusViewModel syncStatus = new SyncStatusViewModel(services.syncOverview(), operator, services.clock(),
                work);
        model.syncStatus().bind(syncStatus.text());
        model.syncWarning().bind(syncStatus.warning());
        SyncStatusTimer syncTimer = SyncStatusTimer.start(syncStatus);
        session = () -> {
            rememberWindow();
            signedIn = null;
            mainView = null;
            // stopping waits for the reader's last reply: never on the FX thread
            reader.ifPresent(r -> work.run(() -> {
                r.reader().removeListener(listener);
                r.reader().stop();
                return null;
            }, ignored -> { }, invalid -> { }, message -> { }));
            alert.close();
            damage.close();
            syncTimer.stop();
        };
        LockScreenViewModel lock = new LockScreenViewModel(operator, services.authentication(),
                new IdleLock(services.clock(), services.idleLock().idleTime(operator)), work);
        main[0] = new MainView(model, areas, () -> {
            endSession();
            showLogin(station);
        }).userMenu(() -> ChangePasswordDialog.open(root, services.authentication(), operator, work), lock::lockNow);
        Parent mainScreen = main[0].load();
        signedIn = operator;
        mainView = main[0];
        // 工作台 is the first tab; only a chief starts there (ADR 0286), the others at their first work area
        model.areas().stream().filter(a -> a != WorkArea.HOME).findFirst().ifPresent(main[0]::show);
        if (windowMemory != null) {
            windowMemory.signedIn(operator.login()).flatMap(WorkArea::named).ifPresent(main[0]::show);
        }
        if (operator.may(org.residencedesk.domain.account.Permission.REPORTS)) {
            main[0].show(WorkArea.HOME);
        }
        model.auditStatus().bind(alert.statusText());
        ModalAlertView.auditChain(alert, mainScreen);
        model.databaseStatus().bind(damage.statusText());
        ModalAlertView.damagedDatabase(damage, mainScreen);
        show(LockScreenView.wrap(mainScreen, lock, reason -> {
            endSession();
            showLogin(station, operator.login(), reason);
        }, () -> {
            endSession();
            showLogin(station);
        }));
    }

    /** Card events go to the work area on screen (the registration form when that area takes none); reader states go to the status bar (both on the FX thread). */
    private static CardReaderListener connect(CardReaderHandle handle, CardSwipeTarget target, MainViewModel model) {
        CardReaderListener listener = new CardReaderListener() {
            @Override
            public void cardRead(CardEvent event) {
                Platform.runLater(() -> target.cardRead(event.card()));
            }

            @Override
            public void statusChanged(ReaderStatus status) {
                Platform.runLater(() -> model.showCardReaderStatus(status.text()));
            }
        };
        handle.reader().addListener(listener);
        model.showCardReaderStatus(handle.reader().currentStatus().text());
        handle.reader().start();
        return listener;
    }

    /** The window's background work, for screens built outside the shell. */
    public BackgroundWork work() {
        return work;
    }

    public void show(Parent screen) {
        root.setCenter(screen);
    }
}
