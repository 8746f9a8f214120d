package org.residencedesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.PasswordHasher;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.UserRepository;
import org.residencedesk.security.Pbkdf2PasswordHasher;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.StationSetupService;
import org.residencedesk.service.account.IdleLockSettings;
import org.residencedesk.service.account.UserAdministration;
import org.residencedesk.storage.FileSessionSettings;
import org.residencedesk.domain.form.CrossFieldRules;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.form.FormMessages;
import org.residencedesk.domain.form.FormValidator;
import org.residencedesk.domain.registration.IdentityFormRules;
import org.residencedesk.domain.registration.Person;
import org.residencedesk.domain.registration.RegistrationHistoryEntry;
import org.residencedesk.domain.registration.ResidenceRegistration;
import org.residencedesk.forms.FormDefinitionException;
import org.residencedesk.forms.JsonFormCodec;
import org.residencedesk.forms.YamlFormLoader;
import org.residencedesk.masterdata.Pinyin4jNameInitials;
import org.residencedesk.masterdata.YamlDemoWordSource;
import org.residencedesk.service.registration.RegistrationService;
import org.residencedesk.domain.online.OnlineApplication;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.policy.HolidayTable;
import org.residencedesk.domain.policy.StationPolicy;
import org.residencedesk.service.settings.StationPolicyService;
import org.residencedesk.storage.FileStationPolicyStore;
import org.residencedesk.service.permit.OnlineApplicationService;
import org.residencedesk.service.permit.CardProductionService;
import org.residencedesk.service.permit.PermitApplicationService;
import org.residencedesk.service.permit.PermitLifecycleService;
import org.residencedesk.service.permit.PermitQueries;
import org.residencedesk.service.permit.PermitReviewService;
import org.residencedesk.service.permit.PermitServices;
import org.residencedesk.service.permit.PlatformIntake;
import org.residencedesk.port.DocumentPrinter;
import org.residencedesk.port.DraftStore;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.PrinterCatalog;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.print.JasperDocumentPrinter;
import org.residencedesk.print.JavaxPrinterCatalog;
import org.residencedesk.print.JsonPrinterSettingsStore;
import org.residencedesk.print.TemplateCache;
import org.residencedesk.service.PrintAuditService;
import org.residencedesk.service.audit.AuditService;
import org.residencedesk.service.demodata.DemoDataService;
import org.residencedesk.service.export.ExportService;
import org.residencedesk.service.collection.CollectionImport;
import org.residencedesk.service.collection.CollectionQueueService;
import org.residencedesk.service.collection.RegistrationImporter;
import org.residencedesk.service.collection.RowImporter;
import org.residencedesk.storage.HibernateCollectionQueue;
import org.residencedesk.storage.spreadsheet.PoiCollectionFiles;
import org.residencedesk.service.registration.RegistrationCertificates;
import org.residencedesk.port.BootSecretStore;
import org.residencedesk.storage.KeyFileBootSecretStore;
import org.residencedesk.storage.AtomicExportFiles;
import org.residencedesk.storage.Database;
import org.residencedesk.storage.DatabaseKey;
import org.residencedesk.storage.DatabaseUnlock;
import org.residencedesk.storage.DerbyDatabaseBackups;
import org.residencedesk.storage.PropertiesBackupSettingsStore;
import org.residencedesk.storage.FileAuditCheckpoints;
import org.residencedesk.storage.FileCommitWitness;
import org.residencedesk.port.CommitWitness;
import org.residencedesk.storage.FileDraftStore;
import org.residencedesk.storage.HibernatePermitRepository;
import org.residencedesk.storage.HibernateRegistrationRepository;
import org.residencedesk.storage.HibernateStationRepository;
import org.residencedesk.storage.HibernateTransactions;
import org.residencedesk.storage.HibernateUserRepository;
import org.residencedesk.storage.JdbcAuditLog;
import org.residencedesk.storage.JdbcOutbox;
import org.residencedesk.storage.JdbcRegistrationExport;
import org.residencedesk.storage.bulk.JdbcBulkPermitStore;
import org.residencedesk.storage.bulk.JdbcBulkRegistrationStore;
import org.residencedesk.storage.PermitRecord;
import org.residencedesk.storage.SecretDerivation;
import org.residencedesk.storage.SequenceCounters;

/**
 * The composition root: the only place that knows every concrete class. Everything is wired with
 * plain constructors, in dependency order, once per process.
 */
public final class AppContext implements AutoCloseable {
    /** Every Hibernate-mapped domain class; new entities are added here. */
    static final List<Class<?>> ENTITIES = List.of(Station.class, UserAccount.class, Person.class,
            ResidenceRegistration.class, RegistrationHistoryEntry.class, PermitRecord.class, OnlineApplication.class,
            org.residencedesk.domain.register.House.class, org.residencedesk.domain.register.Employer.class,
            org.residencedesk.domain.outflow.OutflowPeriod.class,
            org.residencedesk.domain.verification.ResidenceProof.class,
            org.residencedesk.domain.collection.CollectedRow.class);
    static final String REGISTRATION_FORM = "forms/registration.yaml";

    private final Path dataDir;
    private final Clock clock;
    private final Database database;
    private final MasterData masterData;
    private final HibernateTransactions transactions;
    final DamagedDatabaseGuard guard; // Main hands it to the window as its DatabaseCondition (ADR 0333)
    private final AuditLog auditLog;
    private final CommitWitness witness;
    private final NotifyingOutbox outbox;
    /** The platform side: connection, uploader, inbox, look-up, operator view, settings (issue 13). */
    private final SyncWiring syncing;
    private final DeviceWiring devices;
    private final org.residencedesk.service.setup.SetupChecklist setupChecklist;
    private final StationSetupService stationSetup;
    private final AuthenticationService authentication;
    private final RegistrationService registration;
    private final org.residencedesk.service.register.HouseRegisterService houseRegister;
    private final org.residencedesk.service.register.EmployerRegisterService employerRegister;
    private final RegistrationCertificates certificates;
    private final PrintAuditService printAudit;
    private final PermitApplicationService permitApplications;
    private final PermitReviewService permitReview;
    private final CardProductionService cardProduction;
    private final PermitLifecycleService permitLifecycle;
    private final PermitQueries permitQueries;
    private final OnlineApplicationService onlineApplications;
    private final PlatformIntake platformIntake;
    private final org.residencedesk.service.outflow.OutflowService outflow;
    private final org.residencedesk.service.outflow.OutflowIntake outflowIntake;
    private final org.residencedesk.service.verification.VerificationService verification;
    private final FileDraftStore drafts;
    private final org.residencedesk.storage.FileLookupUsage lookupUsage;
    private final JsonFormCodec formCodec = new JsonFormCodec();
    /** The back-fill running beside the station, or null (ADR 0372). */
    private IntendedStayJob intendedStays;
    private final DocumentPrinter printer;
    /** The card photo's vendor decoder (ADR 0025), found in {@code <data folder>/native} or java.library.path. */
    private final org.residencedesk.port.PhotoDecoder photoDecoder;
    private final PrinterSettingsStore printerSettings;
    private final PrinterCatalog printerCatalog = new JavaxPrinterCatalog();
    private final HibernateStationRepository stations;
    private final HibernateUserRepository users;
    private final DemoDataService demoData;
    private final ExportService exports;
    private final AuditService audit;
    private final org.residencedesk.service.audit.AuditAlarm auditAlarm;
    private final PasswordHasher passwordHasher;
    private final StationPolicyService stationPolicy;
    private final List<String> startupNotices;
    private final org.residencedesk.service.backup.BackupService backups;
    private final ReportWiring reporting;
    /** False for the copy a restore opens: it neither checkpoints the audit chain at start nor at close. */
    private final boolean station;

    /** What a backup's manifest records as the application's version. */
    static final String APP_VERSION = java.util.Objects.requireNonNullElse(
            AppContext.class.getPackage().getImplementationVersion(), "0.1");
    private final UserAdministration userAdministration;
    private final IdleLockSettings idleLock;
    private final RegistrationImporter registrationImporter;
    private final org.residencedesk.service.collection.HouseImporter houseImporter;
    private final org.residencedesk.service.collection.EmployerImporter employerImporter;
    private final org.residencedesk.service.collection.OutflowImporter outflowImporter;
    private final CollectionImport collectionImport;
    private final CollectionQueueService collectionQueue;

    private AppContext(Path dataDir, Path keyDirectory, BootSecretStore secrets, Clock clock, MasterData masterData,
            PasswordHasher hasher) {
        this(dataDir, keyDirectory, secrets, clock, masterData, hasher, true);
    }

    private AppContext(Path dataDir, Path keyDirectory, BootSecretStore secrets, Clock clock, MasterData masterData,
            PasswordHasher hasher, boolean station) {
        this.station = station;
        this.dataDir = dataDir;
        this.clock = clock;
        // the platform's pushed tables over the packaged ones, for every service and form (ADR 0266)
        org.residencedesk.masterdata.PlatformMasterData platformTables =
                new org.residencedesk.masterdata.PlatformMasterData(masterData);
        masterData = platformTables;
        this.masterData = masterData;
        this.passwordHasher = hasher;
        // The station policy first: a refused file stops the start before anything opens (ADR 0165).
        FileStationPolicyStore policyStore = new FileStationPolicyStore(dataDir);
        StationPolicy policy = policyStore.load();
        HolidayTable holidays = policyStore.holidays();
        // pending migrations run only after an automatic backup beside the data folder (ADR 0252); a counter of a
        // multi-counter station connects to the main PC's server instead (ADR 0320)
        StationStorage storage = StationStorage.open(dataDir, secrets, ENTITIES, upgradeOptions(dataDir, clock, station));
        this.database = storage.database();
        org.residencedesk.storage.StationKeys keys = storage.keys();
        // the commit witness beside the key: a station's own process writes it; a counter none (ADR 0363)
        this.witness = database.remote() ? CommitWitness.NONE : new FileCommitWitness(FileCommitWitness.fileFor(
                keyDirectory, storage.databaseId()), keys.derive("audit-witness"));
        this.transactions = new HibernateTransactions(database.sessionFactory(), storage.location(),
                station ? witness : CommitWitness.NONE);
        // business changes go through the guard: a damaged database refuses them with one message (ADR 0275)
        this.guard = new DamagedDatabaseGuard(transactions, storage.location());
        Transactions guarded = guard;
        SequenceCounters counters = new SequenceCounters(transactions);
        this.auditLog = new JdbcAuditLog(transactions, counters, clock, keys.derive("audit-chain"));
        this.outbox = new NotifyingOutbox(new JdbcOutbox(transactions, counters, clock));
        this.stations = new HibernateStationRepository(transactions);
        this.users = new HibernateUserRepository(transactions);
        this.stationSetup = new StationSetupService(guarded, stations, users, auditLog, hasher, masterData,
                clock);
        this.authentication = new AuthenticationService(transactions, users, auditLog, hasher, clock);
        this.userAdministration = new UserAdministration(guarded, users, auditLog, hasher, clock);
        this.idleLock = new IdleLockSettings(guarded, new FileSessionSettings(dataDir), auditLog);
        HibernateRegistrationRepository registrations = new HibernateRegistrationRepository(transactions);
        PermitPolicy permitPolicy = policy.permitPolicy(holidays.calendar());
        CrossFieldRules formRules = IdentityFormRules.crossFieldRules(clock, masterData);
        FormOverride.Choice registrationForm = registrationForm(formRules, dataDir);
        this.startupNotices = registrationForm.notice().stream().toList();
        HibernatePermitRepository permitRepository = new HibernatePermitRepository(transactions, permitPolicy,
                clock.getZone(), storage.location());
        org.residencedesk.storage.HibernateHouseRepository houseRepository =
                new org.residencedesk.storage.HibernateHouseRepository(transactions, storage.location());
        org.residencedesk.storage.HibernateEmployerRepository employerRepository =
                new org.residencedesk.storage.HibernateEmployerRepository(transactions, storage.location());
        this.houseRegister = new org.residencedesk.service.register.HouseRegisterService(guarded,
                houseRepository, auditLog, outbox, counters, masterData, new Pinyin4jNameInitials(), clock);
        this.employerRegister = new org.residencedesk.service.register.EmployerRegisterService(guarded,
                employerRepository, permitRepository, auditLog, outbox, masterData, new Pinyin4jNameInitials(), clock);
        this.registration = new RegistrationService(guarded, registrations, permitRepository,
                houseRepository, employerRepository, stations, auditLog, outbox, counters, validator(policy.proposedIn(registrationForm.form()), formRules, masterData, clock), formCodec,
                new Pinyin4jNameInitials(), masterData, policy.registrationNumberFormat(), policy.registrationDeadline(),
                clock);
        this.certificates = new RegistrationCertificates(transactions, registrations, stations, auditLog, formCodec,
                masterData, clock);
        this.printAudit = new PrintAuditService(transactions, auditLog);
        this.permitApplications = new PermitApplicationService(guarded, permitRepository, registrations,
                stations, auditLog, outbox, counters, formCodec, masterData, permitPolicy, clock);
        this.permitReview = new PermitReviewService(guarded, permitRepository, registrations, stations,
                auditLog, outbox, counters, formCodec, masterData, permitPolicy, clock);
        this.cardProduction = new CardProductionService(guarded, permitRepository, registrations, stations,
                auditLog, outbox, counters, formCodec, masterData, permitPolicy, clock);
        this.permitLifecycle = new PermitLifecycleService(guarded, permitRepository, registrations, stations,
                auditLog, outbox, counters, formCodec, masterData, permitPolicy, clock);
        this.permitQueries = new PermitQueries(transactions, permitRepository, registrations, stations, auditLog,
                outbox, counters, formCodec, masterData, permitPolicy, clock);
        this.onlineApplications = new OnlineApplicationService(guarded, permitRepository, auditLog, formCodec,
                permitApplications, clock);
        this.platformIntake = new PlatformIntake(permitReview, onlineApplications);
        this.outflow = new org.residencedesk.service.outflow.OutflowService(guarded,
                new org.residencedesk.storage.HibernateOutflowRepository(transactions), registrations, stations,
                auditLog, outbox, masterData, new Pinyin4jNameInitials(), clock);
        this.outflowIntake = new org.residencedesk.service.outflow.OutflowIntake(outflow);
        this.verification = new org.residencedesk.service.verification.VerificationService(guarded,
                permitRepository, registrations, stations,
                new org.residencedesk.storage.HibernateResidenceProofRepository(transactions),
                new org.residencedesk.security.HmacCodeSigner(keys.derive("residence-proof")),
                counters, auditLog, masterData, clock);
        this.drafts = new FileDraftStore(storage.drafts(), keys.derive("drafts"));
        this.lookupUsage = new org.residencedesk.storage.FileLookupUsage(dataDir);
        this.photoDecoder = new org.residencedesk.device.idcard.VendorPhotoDecoder(List.of(dataDir.resolve("native")));
        this.printer = new JasperDocumentPrinter(new TemplateCache(dataDir.resolve("cache").resolve("templates")));
        this.printerSettings = new JsonPrinterSettingsStore(dataDir);
        this.demoData = new DemoDataService(guarded, stations, users, auditLog, stationSetup, authentication,
                permits(), new JdbcBulkRegistrationStore(database::openConnection),
                new JdbcBulkPermitStore(database::openConnection, permitPolicy, clock.getZone()), formCodec, masterData,
                new Pinyin4jNameInitials(), new YamlDemoWordSource(), registration.form(),
                policy.registrationNumberFormat(), policy.registrationDeadline(), clock);
        this.exports = new ExportService(guard.forExports(transactions), users, auditLog,
                new JdbcRegistrationExport(database::openConnection,
                        DataDirectory.database(dataDir).toString()), permitQueries, new AtomicExportFiles(), dataDir,
                new org.residencedesk.domain.form.FormColumns(registration.form(), masterData), formCodec,
                houseRegister, employerRegister);
        // 社会化采集: one importer per kind of record; houses, employers and outflow plug theirs in here (ADR 0231)
        this.registrationImporter = new RegistrationImporter(registration);
        this.houseImporter = new org.residencedesk.service.collection.HouseImporter(houseRegister,
                outflow::stationDivision);
        this.employerImporter = new org.residencedesk.service.collection.EmployerImporter(employerRegister);
        this.outflowImporter = new org.residencedesk.service.collection.OutflowImporter(outflow,
                outflow::stationDivision);
        List<RowImporter> importers = List.of(registrationImporter, houseImporter, employerImporter, outflowImporter);
        HibernateCollectionQueue collectionQueue = new HibernateCollectionQueue(transactions);
        this.collectionImport = new CollectionImport(guarded, collectionQueue, auditLog,
                new PoiCollectionFiles(), new AtomicExportFiles(), formCodec, masterData, clock, importers);
        this.collectionQueue = new CollectionQueueService(guarded, collectionQueue, auditLog, formCodec, clock,
                importers);
        FileAuditCheckpoints auditCheckpoints = new FileAuditCheckpoints(
                FileAuditCheckpoints.fileFor(keyDirectory, storage.databaseId()), keys.derive("audit-checkpoint"));
        this.audit = new AuditService(transactions, auditLog, auditCheckpoints, witness, clock);
        this.stationPolicy = new StationPolicyService(guarded, stations, auditLog, policyStore, policy, holidays,
                startupNotices);
        this.backups = new org.residencedesk.service.backup.BackupService(guarded, auditLog, stations,
                counterOr(storage, new DerbyDatabaseBackups(database::openConnection, DataDirectory.database(dataDir),
                        storage.databaseId(), keys.backupManifest())),
                new PropertiesBackupSettingsStore(dataDir), audit, clock, APP_VERSION);
        this.syncing = new SyncWiring(dataDir, transactions, guarded, outbox, stations, auditLog, platformIntake,
                formCodec, platformTables, outflowIntake, policy.syncLongOffline(), auditCheckpoints, clock,
                APP_VERSION);
        this.reporting = new ReportWiring(transactions, users, stations, masterData, auditLog, printer, policy,
                permitPolicy, dataDir, clock);
        // first-run wizard and the status bar's 尚未配置 (ADR 0316, 0317)
        this.devices = new DeviceWiring(dataDir, transactions, auditLog);
        this.setupChecklist = new org.residencedesk.service.setup.SetupChecklist(transactions, stations,
                devices.readerSetup, printerSettings, syncing.platformFile, new PropertiesBackupSettingsStore(dataDir));
        if (station) {
            audit.open();
            if (audit.confirmedChangesLost()) {
                guard.markLost(); // changes and exports refused: the database misses confirmed changes (ADR 0363)
            }
            recordUpgrade(database.schemaUpgrade());
            checkIntegrity(START_CHECK); // bounded: the rest of the tables in the night job (ADR 0275)
            if (!guard.damaged() && !database.remote()) { // intended stays of rows stored before V21 (ADR 0327, 0372)
                intendedStays = IntendedStayJob.start(database::openConnection, formCodec, guard);
            }
        }
        this.auditAlarm = new org.residencedesk.service.audit.AuditAlarm(audit);
        DataDirectory.restrict(dataDir);
    }

    /**
     * The station's own {@code forms/registration.yaml} when it is usable, else the packaged one (ADR 0167); a
     * broken packaged file stops start-up with its file and line.
     */
    static FormOverride.Choice registrationForm(CrossFieldRules rules, Path dataDir) {
        FormDefinition packaged;
        try {
            packaged = new YamlFormLoader(rules).loadClasspath(REGISTRATION_FORM);
        } catch (FormDefinitionException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return FormOverride.choose(new YamlFormLoader(rules), packaged, dataDir, REGISTRATION_FORM);
    }

    /** The product's migrations, after an automatic backup beside the data folder (ADR 0252). */
    private static org.residencedesk.storage.SchemaUpgrade.Options upgradeOptions(Path dataDir, Clock clock,
            boolean station) {
        // a restore's staged copy is itself a backup: it is migrated without another one (the station is untouched)
        return station ? org.residencedesk.storage.SchemaUpgrade.Options.standard(DataDirectory.database(dataDir), clock,
                APP_VERSION) : org.residencedesk.storage.SchemaUpgrade.Options.withoutBackup(clock, APP_VERSION);
    }

    private static FormValidator validator(FormDefinition form, CrossFieldRules rules, MasterData masterData,
                                           Clock clock) {
        return new FormValidator(form, masterData, clock, IdentityFormRules.fieldValidators(clock, masterData),
                rules, FormMessages.fromBundle());
    }

    /** A counter of a multi-counter station takes no backup: the main PC does (ADR 0320). */
    private static org.residencedesk.port.DatabaseBackups counterOr(StationStorage storage,
                                                                   org.residencedesk.port.DatabaseBackups local) {
        return storage.counterId().isPresent() ? new CounterBackups(local) : local;
    }

    /** An upgrade of existing data (it had a backup first) enters the audit chain once, as the program's (ADR 0252). */
    private void recordUpgrade(org.residencedesk.storage.SchemaUpgrade.Outcome upgrade) {
        if (upgrade != null && upgrade.backup() != null) {
            transactions.run(() -> auditLog.append(new org.residencedesk.domain.audit.AuditRecord("system",
                    org.residencedesk.domain.audit.AuditAction.SCHEMA_UPGRADED, "DATABASE", null,
                    "from=" + upgrade.fromVersion() + ",to=" + upgrade.toVersion() + ",backup="
                            + upgrade.backup().name() + ",app=" + APP_VERSION)));
        }
    }

    /** The station in {@code dataDir}, unlocked with this PC's key from {@link KeyDirectory}. */
    public static AppContext open(Path dataDir, MasterData masterData, Clock clock) {
        return open(dataDir, defaultKeyDirectory(), masterData, clock);
    }

    public static AppContext open(Path dataDir, Path keyDirectory, MasterData masterData, Clock clock) {
        return new AppContext(dataDir, keyDirectory, new KeyFileBootSecretStore(keyDirectory), clock, masterData,
                new Pbkdf2PasswordHasher());
    }

    /** Tests use a cheap hasher: PBKDF2 at production strength costs ~0.3 s a login on this hardware. */
    public static AppContext openForTests(Path dataDir, MasterData masterData, Clock clock) {
        return openForTests(dataDir, defaultKeyDirectory(), masterData, clock);
    }

    public static AppContext openForTests(Path dataDir, Path keyDirectory, MasterData masterData, Clock clock) {
        return new AppContext(dataDir, keyDirectory, new KeyFileBootSecretStore(keyDirectory), clock, masterData,
                new Pbkdf2PasswordHasher(1_000));
    }

    /**
     * The staged copy a restore opens (docs/decisions/0157): a full context on {@code stagingDir} with the
     * station's key folder, but without the checkpointing a station does at start and close.
     */
    static AppContext openRestoredCopy(Path stagingDir, Path keyDirectory, MasterData masterData, Clock clock,
            boolean forTests) {
        return new AppContext(stagingDir, keyDirectory, new KeyFileBootSecretStore(keyDirectory), clock, masterData,
                forTests ? new Pbkdf2PasswordHasher(1_000) : new Pbkdf2PasswordHasher(), false);
    }

    private static Path defaultKeyDirectory() {
        return KeyDirectory.resolve(System.getenv(), System.getProperty("user.home"));
    }

    public Path dataDir() { return dataDir; }

    public Clock clock() { return clock; }

    public MasterData masterData() { return masterData; }

    public Transactions transactions() { return transactions; }

    public AuditLog auditLog() { return auditLog; }

    public Outbox outbox() { return outbox; }

    public StationSetupService stationSetup() { return stationSetup; }

    /** 平台同步: uploads, its state, history, rejected events and alert (issue 13). */
    public org.residencedesk.service.sync.SyncService sync() { return syncing.sync; }

    /** The inbox's notices for operators (ADR 0265). */
    public org.residencedesk.service.sync.inbox.InboxService inbox() { return syncing.inbox; }

    /** The inbox cycle the sync runs after each drain (tests build sync services around it). */
    public org.residencedesk.service.sync.inbox.InboxProcessor inboxProcessor() { return syncing.inboxProcessor; }

    /** The inbox's table: cursor, message log, platform master data. */
    public org.residencedesk.port.platform.InboxStore inboxStore() { return syncing.inboxStore; }

    /** 省级查询 for 换地登记 (ADR 0268). */
    public org.residencedesk.service.sync.lookup.ProvinceLookup provinceLookup() { return syncing.provinceLookup; }

    /** The status bar's and the 同步 screen's view of sync, and the clock check (ADR 0270). */
    public org.residencedesk.service.sync.SyncOverview syncOverview() { return syncing.overview; }

    /** 系统设置 → 平台: platform.properties and 连接测试 (ADR 0271). */
    public org.residencedesk.service.sync.PlatformSettingsService platformSettings() { return syncing.platformSettings; }
    public org.residencedesk.service.setup.CardReaderSettingsService cardReaderSettings() {
        return devices.cardReaderSettings;
    }
    public org.residencedesk.service.setup.CameraSettingsService cameraSettings() { return devices.cameraSettings; }
    /** The window's camera (拍照): devices.properties' capture command, read at each picture (ADR 0338, 0389). */
    public org.residencedesk.port.Camera camera() { return devices.camera; }
    public org.residencedesk.service.setup.SetupChecklist setupChecklist() { return setupChecklist; }

    /** The uploader's lease, run history and alert (V14), for tests that build their own uploader. */
    public org.residencedesk.port.platform.SyncStateStore syncState() { return syncing.state; }

    /** The platform of {@code platform.properties} (refusing every call when there is none). */
    public org.residencedesk.port.platform.PlatformClient platform() { return syncing.platform; }

    /** Minutes between scheduled uploads ({@code platform.intervalMinutes}, default 5). */
    int syncIntervalMinutes() { return syncing.platform.intervalMinutes(); }

    /** Tells {@code listener} whenever an event is queued (the sync scheduler's nudge). */
    void onOutboxAppend(Runnable listener) { outbox.onAppend(listener); }

    public AuthenticationService authentication() { return authentication; }

    /** 用户管理: accounts, roles, password resets (administrators only). */
    public UserAdministration userAdministration() { return userAdministration; }

    /** The idle time after which the window locks. */
    public IdleLockSettings idleLock() { return idleLock; }

    public RegistrationService registration() { return registration; }

    /** 房屋登记簿 (以房管人). */
    public org.residencedesk.service.register.HouseRegisterService houseRegister() { return houseRegister; }

    /** 单位登记簿 (以业管人). */
    public org.residencedesk.service.register.EmployerRegisterService employerRegister() { return employerRegister; }

    public RegistrationCertificates certificates() { return certificates; }

    public PrintAuditService printAudit() { return printAudit; }

    /** 受理: eligibility, 申领, 补齐材料, 受理. */
    public PermitApplicationService permitApplications() { return permitApplications; }

    /** 审核: approve, reject, the platform's review result. */
    public PermitReviewService permitReview() { return permitReview; }

    /** 制证/发放: print, mark printed, 发证. */
    public CardProductionService cardProduction() { return cardProduction; }

    /** 签注/补换领/注销 and the daily lapse job. */
    public PermitLifecycleService permitLifecycle() { return permitLifecycle; }

    /** 查询: the read side of the permit area. */
    public PermitQueries permitQueries() { return permitQueries; }

    /** The five permit stage services together, for callers that drive a permit through several stages. */
    public PermitServices permits() {
        return new PermitServices(permitApplications, permitReview, cardProduction, permitLifecycle, permitQueries);
    }

    public OnlineApplicationService onlineApplications() { return onlineApplications; }

    /** Platform results from the sync inbox; only the composition root and service.sync may use it (ADR 0151). */
    public PlatformIntake platformIntake() { return platformIntake; }

    /** 流出人口: the register of the station's hukou people living elsewhere (ADR 0220). */
    public org.residencedesk.service.outflow.OutflowService outflow() { return outflow; }

    /** OUTFLOW_NOTICE messages from the sync inbox; only the composition root and service.sync may use it (ADR 0222). */
    public org.residencedesk.service.outflow.OutflowIntake outflowIntake() { return outflowIntake; }

    /** 政务共享查询: permit and 居住证明 verification, and the 居住证明 itself (ADR 0223-0225). */
    public org.residencedesk.service.verification.VerificationService verification() { return verification; }

    public DraftStore drafts() { return drafts; }

    /** How often this counter picked each look-up row (ADR 0177). */
    public org.residencedesk.port.LookupUsageStore lookupUsage() { return lookupUsage; }

    public FormCodec formCodec() { return formCodec; }

    public DocumentPrinter printer() { return printer; }

    /** Decodes a swiped card's WLT photo when the vendor library is installed; loads it lazily, off the FX thread. */
    public org.residencedesk.port.PhotoDecoder photoDecoder() { return photoDecoder; }

    public PrinterSettingsStore printerSettings() { return printerSettings; }

    public PrinterCatalog printerCatalog() { return printerCatalog; }

    public DemoDataService demoData() { return demoData; }

    public ExportService exports() { return exports; }

    /** 社会化采集: template and import of collection files (ADRs 0230–0234). */
    public CollectionImport collectionImport() { return collectionImport; }

    /** 采集队列 at the window: waiting rows, confirm, discard (ADR 0235). */
    public CollectionQueueService collectionQueue() { return collectionQueue; }

    /** The collection importer of 居住登记 rows. */
    public RegistrationImporter registrationImporter() { return registrationImporter; }

    public org.residencedesk.service.collection.HouseImporter houseImporter() { return houseImporter; }

    public org.residencedesk.service.collection.EmployerImporter employerImporter() { return employerImporter; }

    public org.residencedesk.service.collection.OutflowImporter outflowImporter() { return outflowImporter; }

    /** 报表: 日报 and 统计 (issue 15). */
    public org.residencedesk.service.report.ReportService reports() { return reporting.reports; }

    /** Reminder lists and the SMS export (issue 15 item 4). */
    public org.residencedesk.service.report.ReminderService reminders() { return reporting.reminders; }

    /** 居住证办理提醒函: one page per person of a reminder list, printed or written as a PDF (ADR 0326). */
    public org.residencedesk.service.report.ReminderLetterService reminderLetters() { return reporting.reminderLetters; }

    /** The audit chain: verification, signed checkpoints outside the database, listing. */
    public AuditService audit() { return audit; }

    /** 备份与恢复: backups now and daily, their settings, list and verification. */
    public org.residencedesk.service.backup.BackupService backups() { return backups; }

    /** The latest broken verdict of the audit check, for the window's alert. */
    public org.residencedesk.service.audit.AuditAlarm auditAlarm() { return auditAlarm; }

    public StationRepository stations() { return stations; }

    /** 站点政策 and 签发机关 for the administrator (系统设置). */
    public StationPolicyService stationPolicy() { return stationPolicy; }

    /**
     * What start-up refused and worked around, in Chinese (a station form override that could not be used),
     * for the status line; already logged.
     */
    public List<String> startupNotices() { return startupNotices; }

    public UserRepository users() { return users; }

    /** The station's password hasher (cheap in {@link #openForTests}). */
    public PasswordHasher passwordHasher() { return passwordHasher; }

    /** How long the consistency check at start may take; the night job checks every table (ADR 0275). */
    static final java.time.Duration START_CHECK = java.time.Duration.ofSeconds(3);
    /** The night job's bound: a station's tables fit in it many times over. */
    static final java.time.Duration FULL_CHECK = java.time.Duration.ofHours(2);

    /**
     * Derby's {@code SYSCS_CHECK_TABLE} over every table and its indexes, for at most {@code budget}; a damaged one
     * makes the business services refuse every change from now on. Logged either way.
     *
     * @return true when no table checked was damaged
     */
    public boolean checkIntegrity(java.time.Duration budget) {
        // a counter's database lives on the main PC, whose serve-db checks it (ADR 0320)
        return database.remote() || guard.checkIntegrity(database::openConnection, DataDirectory.database(dataDir), budget);
    }

    /** True once the database is known to be damaged: every business change is refused (ADR 0275). */
    public boolean databaseDamaged() {
        return guard.damaged();
    }

    /** The station database, for tests and benches that inspect it with plain JDBC (storage owns SQL). */
    public Database database() { return database; }

    @Override
    public void close() {
        if (intendedStays != null) {
            intendedStays.close();
        }
        try {
            if (station) {
                audit.checkpoint(); // the head as this process leaves it
            }
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AppContext.class).warn("audit checkpoint at close failed", e);
        }
        database.close();
        if (witness instanceof FileCommitWitness file) {
            file.close();
        }
        DataDirectory.restrict(dataDir);
    }
}
