package org.residencedesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.residencedesk.cli.AuditCommand;
import org.residencedesk.cli.BackupCommand;
import org.residencedesk.cli.RestoreCommand;
import org.residencedesk.cli.ChineseParameterErrors;
import org.residencedesk.cli.DemoDataCommand;
import org.residencedesk.cli.ExportCommand;
import org.residencedesk.cli.IdCheckCommand;
import org.residencedesk.cli.ListPrintersCommand;
import org.residencedesk.cli.PrintTestCommand;
import org.residencedesk.print.JasperDocumentPrinter;
import org.residencedesk.print.JavaxPrinterCatalog;
import org.residencedesk.print.JsonPrinterSettingsStore;
import org.residencedesk.print.TemplateCache;
import org.residencedesk.cli.ReadCardCommand;
import org.residencedesk.cli.RootCommand;
import org.residencedesk.cli.SetupCommand;
import org.residencedesk.domain.station.Station;
import org.residencedesk.service.demodata.DemoDataListener;
import org.residencedesk.service.demodata.DemoDataRequest;
import org.residencedesk.storage.bulk.BulkLoadTuning;
import org.residencedesk.masterdata.ClasspathMasterData;
import org.residencedesk.ui.shell.DeskApplication;
import org.residencedesk.ui.DeskServices;
import picocli.CommandLine;

/**
 * Entry point of the jar, the installer and {@code mvn javafx:run}. It deliberately does not extend
 * {@code Application} (plain-classpath and jpackage launches need that); without a subcommand it opens
 * the window, with one it runs the CLI.
 */
public final class Main {
    /** Hubei stations keep Beijing time whatever the PC is set to; dates and deadlines follow it. */
    static final ZoneId STATION_ZONE = ZoneId.of("Asia/Shanghai");
    /** Enough people for search, lists and every permit state, few enough to be ready in seconds. */
    static final int DEMO_PERSONS = 500;

    /** EX_CONFIG of sysexits.h: the station policy file or holiday table in the data folder is refused. */
    static final int EXIT_CONFIG = 78;

    /** EX_USAGE of sysexits.h: the data folder given cannot be used. */
    static final int EXIT_BAD_DATA_DIR = 64;


    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> environment) {
        Path dataDir;
        try {
            dataDir = DataDirectory.resolve(DataDirectory.optionIn(args), environment, System.getProperty("user.home"));
        } catch (DataDirectory.Invalid refused) {
            System.err.println(dataDirectoryRefused(refused)); // before logging exists: it would live there
            return EXIT_BAD_DATA_DIR;
        }
        // Before the first logger exists: logs belong in the data folder, not the working directory.
        System.setProperty("residencedesk.logdir", DataDirectory.logs(dataDir).toString());
        java.util.Optional<Boolean> window = WindowArguments.windowOnly(args);
        if (window.isPresent()) {
            startLoggingBeside(); // ADR 0377
        }
        Clock clock = Clock.system(STATION_ZONE);
        ClasspathMasterData masterData = new ClasspathMasterData();
        LazyContext context = new LazyContext(dataDir,
                KeyDirectory.resolve(environment, System.getProperty("user.home")), masterData, clock);
        try {
            if (window.isPresent()) { // the window alone: no command tree to build (ADR 0377)
                return openWindowReported(context, window.get());
            }
            return commandLine(dataDir, masterData, clock, context).execute(args);
        } finally {
            context.close();
        }
    }

    static String dataDirectoryRefused(DataDirectory.Invalid refused) {
        return switch (refused.problem()) {
            case BLANK -> org.residencedesk.cli.CliMessages.get("cli.dataDir.blank", DataDirectory.ENV_VARIABLE);
            case RESERVED_CHARACTER -> org.residencedesk.cli.CliMessages.get("cli.dataDir.reservedCharacter",
                    refused.given());
            case NOT_A_FOLDER -> org.residencedesk.cli.CliMessages.get("cli.dataDir.notAFolder", refused.given());
        };
    }

    /** The window and every headless command; the database opens only when a command needs it. */
    static CommandLine commandLine(Path dataDir, ClasspathMasterData masterData, Clock clock, LazyContext context) {
        RootCommand root = new RootCommand(smoke -> openWindow(context, smoke));
        CommandLine cli = new CommandLine(root);
        cli.addSubcommand(new SetupCommand(() -> context.get().stationSetup()));
        cli.addSubcommand(new IdCheckCommand(() -> masterData, clock));
        cli.addSubcommand(new ReadCardCommand());
        cli.addSubcommand(new ListPrintersCommand(new JavaxPrinterCatalog()));
        cli.addSubcommand(new PrintTestCommand(new JasperDocumentPrinter(new TemplateCache(null)),
                new JsonPrinterSettingsStore(dataDir), clock));
        cli.addSubcommand(new DemoDataCommand(() -> {
            BulkLoadTuning.applyBeforeDatabaseOpens(); // only this process's job: it ends with it
            return context.get().demoData();
        }, () -> context.get().authentication()));
        cli.addSubcommand(new ExportCommand(() -> context.get().exports(), () -> context.get().authentication()));
        cli.addSubcommand(new org.residencedesk.cli.VerifyCommand(() -> context.get().verification(),
                () -> context.get().authentication()));
        cli.addSubcommand(new org.residencedesk.cli.ImportCommand(() -> context.get().collectionImport(),
                () -> context.get().authentication()));
        cli.addSubcommand(org.residencedesk.cli.ReportCommand.commandLine(() -> context.get().reports(),
                () -> context.get().authentication()));
        cli.addSubcommand(new org.residencedesk.cli.RemindersCommand(() -> context.get().reminders(),
                () -> context.get().reminderLetters(), () -> context.get().authentication()));
        cli.addSubcommand(AuditCommand.commandLine(() -> context.get().audit(),
                () -> context.get().authentication(), clock));
        cli.addSubcommand(BackupCommand.commandLine(() -> context.get().backups(),
                () -> context.get().authentication(), clock));
        // restore never opens the station's own context: its database is the one being replaced
        cli.addSubcommand(new RestoreCommand(() -> context.restorer()));
        cli.addSubcommand(new org.residencedesk.cli.SyncCommand(() -> context.get().sync(),
                () -> context.get().authentication()));
        // diagnose needs no sign-in and opens the database read-only itself (ADR 0253)
        cli.addSubcommand(new org.residencedesk.cli.DiagnoseCommand(() -> new Diagnosis(dataDir, context.keyDirectory,
                new JavaxPrinterCatalog(), clock).reportClosed()));
        cli.addSubcommand(org.residencedesk.cli.UserCommand.commandLine(() -> context.get().userAdministration(),
                () -> context.get().authentication(), clock));
        // the main PC of a multi-counter station: the database for the counters (ADR 0320)
        cli.addSubcommand(new org.residencedesk.cli.ServeDbCommand(new DatabaseServing(dataDir, context.keyDirectory,
                clock)));
        ChineseParameterErrors.install(cli); // after the subcommands: it applies to those present
        cli.setExecutionExceptionHandler(Main::reportUnexpected);
        return cli;
    }

    /**
     * The window's start does not wait for Logback to set itself up (ADR 0377): a thread of its own does it while the
     * main thread goes on to JavaFX; a logger asked for meanwhile is SLF4J's stand-in, which queues its events and
     * hands them to Logback once it is ready. SLF4J's note that it replayed them is kept off the terminal (its
     * errors still show).
     */
    private static void startLoggingBeside() {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        Thread logging = new Thread(org.slf4j.LoggerFactory::getILoggerFactory, "logging-start");
        logging.setDaemon(true);
        logging.start();
    }

    /** The window opened without picocli: a failure is told exactly as the root command's would be. */
    private static int openWindowReported(LazyContext context, boolean smokeExit) {
        try {
            return openWindow(context, smokeExit);
        } catch (Exception e) {
            java.io.PrintWriter err = new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err,
                    java.nio.charset.Charset.defaultCharset()), true);
            return reportUnexpected(e, err, "residence-desk");
        }
    }

    /** A command failed unexpectedly: the log gets the details, the user an incident number, never a stack trace. */
    private static int reportUnexpected(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        return reportUnexpected(e, cmd.getErr(), cmd.getCommandName());
    }

    private static int reportUnexpected(Exception e, java.io.PrintWriter err, String commandName) {
        if (e instanceof org.residencedesk.port.StationLockedException locked) {
            // Expected in the field (a folder copied without its key): the reason, no incident, no stack trace.
            org.slf4j.LoggerFactory.getLogger(Main.class).warn("station database locked: {}", locked.reason());
            err.println(locked.userMessage());
            return 78;
        }
        if (e instanceof DataDirectory.Invalid refused) {
            err.println(dataDirectoryRefused(refused)); // replaced by a file after the start
            return EXIT_BAD_DATA_DIR;
        }
        org.residencedesk.port.StationProblem problem = stationProblemIn(e);
        if (problem != null) {
            // a damaged database, a full disk, another window on the folder, a read-only folder (ADR 0275–0277)
            org.slf4j.LoggerFactory.getLogger(Main.class).error("command {} stopped: {}", commandName,
                    problem.kind());
            err.println(problem.userMessage());
            return problem.exitCode();
        }
        if (e instanceof org.residencedesk.port.SchemaUpgradeFailed upgrade) {
            // the upgrade stopped and the database is as before (or its backup is named): words, no incident
            org.slf4j.LoggerFactory.getLogger(Main.class).error("schema upgrade failed: {}", upgrade.reason());
            err.println(upgrade.userMessage());
            return upgrade.exitCode();
        }
        if (e instanceof org.residencedesk.port.StationPolicyStore.PolicyFileRefused refused) {
            // a hand-edited policy file or holiday table: the file, line and key, no incident (ADR 0165)
            org.slf4j.LoggerFactory.getLogger(Main.class).warn("station policy refused: {}", refused.getMessage());
            err.println(refused.getMessage());
            return EXIT_CONFIG;
        }
        String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
        org.slf4j.LoggerFactory.getLogger(Main.class).error("incident {} in command {}", incident,
                commandName, e);
        err.println(org.residencedesk.cli.CliMessages.get("cli.unexpected", incident));
        return 70;
    }

    /** The storage problem behind {@code e} (it may arrive wrapped, e.g. by a service's own failure), else null. */
    static org.residencedesk.port.StationProblem stationProblemIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.residencedesk.port.StationProblem p) {
                return p;
            }
        }
        return null;
    }

    private static int openWindow(LazyContext context, boolean smokeExit) {
        if (smokeExit) {
            DeskApplication.exitAfterFirstScreen();
        }
        DailyJobs[] jobs = new DailyJobs[1];
        SyncScheduler[] sync = new SyncScheduler[1];
        DeskApplication.launch(() -> {
            AppContext c = context.get();
            // a broken chain is logged as an error and alarms the window (docs/decisions/0139)
            jobs[0] = new DailyJobs(c.permitLifecycle(), c.audit(), c.auditAlarm()::report, c.backups())
                    .withIntegrityCheck(() -> c.checkIntegrity(AppContext.FULL_CHECK)); // ADR 0275
            sync[0] = new SyncScheduler(c.sync(), c::syncIntervalMinutes);
            c.onOutboxAppend(sync[0]::nudge);
            return deskServices(c);
        }, () -> {
            if (sync[0] != null) {
                sync[0].close();
            }
            if (jobs[0] != null) {
                jobs[0].close();
            }
            context.close();
        }, new org.residencedesk.storage.PropertiesWindowStateStore(context.dataDir));
        return smokeExit ? DeskApplication.smokeResult() : 0;
    }

    public static DeskServices deskServices(AppContext c) {
        return new DeskServices(c.stationSetup(), c.authentication(), c.registration(), c.certificates(),
                c.printAudit(), c.masterData(), c.clock(), c.drafts(), c.formCodec(), c.printer(),
                c.printerSettings(), c.printerCatalog(),
                demo -> CardReaders.forStation(demo, c.dataDir(), c.clock()), c.permits(), c.onlineApplications(),
                () -> createDemoStation(c), c.auditAlarm(), c.userAdministration(), c.idleLock(),
                c.stationPolicy(), c.backups(), c.lookupUsage(), c.houseRegister(), c.employerRegister(),
                () -> new Diagnosis(c.dataDir(), KeyDirectory.resolve(System.getenv(), System.getProperty("user.home")),
                        c.printerCatalog(), c.clock()).report(c), c.outflow(), c.verification(),
                c.collectionQueue(), c.collectionImport(), c.reports(),
                c.provinceLookup(), c.photoDecoder(),
                c.camera(),
                c.sync(), c.syncOverview(), c.platformSettings(), c.reminders(), c.reminderLetters(),
                c.setupChecklist(), c.cardReaderSettings(), c.cameraSettings(), c.guard);
    }

    /** The demo button: the same synthetic people and permits {@code demo-data} makes, so every screen has data. */
    static Station createDemoStation(AppContext c) {
        Station station = c.stationSetup().setUpDemo();
        try {
            c.demoData().generate(DemoDataRequest.of(DEMO_PERSONS), DemoDataListener.SILENT);
        } catch (Exception e) {
            // the demo station is usable without the synthetic people; the log says why they are missing
            org.slf4j.LoggerFactory.getLogger(Main.class).warn("demo data generation failed", e);
        }
        return station;
    }

    /** Opens the database only for commands that need it: id-check and --help stay instant. */
    static final class LazyContext implements AutoCloseable {
        private final Path dataDir;
        final Path keyDirectory;
        private final ClasspathMasterData masterData;
        private final Clock clock;
        private AppContext context;

        LazyContext(Path dataDir, Path keyDirectory, ClasspathMasterData masterData, Clock clock) {
            this.dataDir = dataDir;
            this.keyDirectory = keyDirectory;
            this.masterData = masterData;
            this.clock = clock;
        }

        /** The restore of this data folder; the station's own context must stay closed meanwhile. */
        synchronized StationRestorer restorer() {
            if (context != null) {
                throw new IllegalStateException("the station context is open; a restore needs it closed");
            }
            return new StationRestorer(dataDir, keyDirectory, masterData, clock, false);
        }

        synchronized AppContext get() {
            if (context == null) {
                DataDirectory.prepare(dataDir); // created when missing, refused when it cannot be written (ADR 0277)
                context = AppContext.open(dataDir, keyDirectory, masterData, clock);
            }
            return context;
        }

        @Override
        public synchronized void close() {
            if (context != null) {
                context.close();
                context = null;
            }
        }
    }
}
