package org.residencedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.port.BackupSettingsStore.Settings;
import org.residencedesk.port.DatabaseBackups.Backup;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.backup.BackupFailed;
import org.residencedesk.service.backup.BackupResult;
import org.residencedesk.service.backup.BackupService;
import org.residencedesk.service.backup.BackupStatus;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backup --to DIR | --list [--in DIR] | --verify BACKUP | --status} and {@code backup configure --folder DIR
 * --keep N}, each with {@code --operator LOGIN --password-file FILE}: thin shells over {@link BackupService}
 * (docs/decisions/0155, 0156). Only an account holding the backup permission (管理员) may use them.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.backup.description}",
        footer = "${bundle:cli.backup.footer}", synopsisSubcommandLabel = "[configure]")
public final class BackupCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final int EXIT_REFUSED = 2;
    static final int EXIT_NOT_SIGNED_IN = 4;
    /** picocli's own code for a command line that cannot be parsed. */
    static final int EXIT_USAGE = 2;

    @Spec
    private CommandSpec spec;

    // Not required at parse time: picocli would demand them for "backup configure" too; checked in call().
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Action action;

    static final class Action {
        @Option(names = "--to", paramLabel = "DIR", descriptionKey = "cli.backup.to")
        Path to;

        @Option(names = "--list", descriptionKey = "cli.backup.list")
        boolean list;

        @Option(names = "--verify", paramLabel = "BACKUP", descriptionKey = "cli.backup.verify")
        Path verify;

        @Option(names = "--status", descriptionKey = "cli.backup.status")
        boolean status;
    }

    @Option(names = "--in", paramLabel = "DIR", descriptionKey = "cli.backup.in")
    Path in;

    @Option(names = "--operator", paramLabel = "LOGIN", descriptionKey = "cli.backup.operator")
    String operator;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.backup.passwordFile")
    Path passwordFile;

    private final Supplier<BackupService> service;
    private final Supplier<AuthenticationService> authentication;
    private final Clock clock;

    private BackupCommand(Supplier<BackupService> service, Supplier<AuthenticationService> authentication, Clock clock) {
        this.service = service;
        this.authentication = authentication;
        this.clock = clock;
    }

    /** The {@code backup} command with {@code configure}, to add to the root command line. */
    public static CommandLine commandLine(Supplier<BackupService> service, Supplier<AuthenticationService> authentication,
                                          Clock clock) {
        CommandLine cli = new CommandLine(new BackupCommand(service, authentication, clock));
        cli.addSubcommand(new Configure(service, authentication));
        return cli;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (action == null || operator == null || passwordFile == null) {
            err.println(CliMessages.get("cli.error.missing", action == null ? "--to | --list | --verify | --status"
                    : operator == null ? "--operator=LOGIN" : "--password-file=FILE"));
            spec.commandLine().usage(err);
            return EXIT_USAGE;
        }
        Optional<Operator> signedIn = CliSignIn.signIn(authentication, operator, passwordFile, err);
        if (signedIn.isEmpty()) {
            return EXIT_NOT_SIGNED_IN;
        }
        try {
            if (action.to != null) {
                BackupResult result = service.get().backup(signedIn.get(), action.to);
                out.println(CliMessages.get("backup.done", result.backup().folder(), result.backup().files()));
                if (!result.removed().isEmpty()) {
                    out.println(CliMessages.get("backup.removed", result.removed().size(), String.join("、", result.removed())));
                }
            } else if (action.verify != null) {
                Backup b = service.get().verify(signedIn.get(), action.verify);
                out.println(CliMessages.get("backup.verified", b.name(), b.files(), time(b)));
            } else if (action.list) {
                return list(signedIn.get(), out, err);
            } else {
                status(service.get().status(signedIn.get()), out);
            }
            return 0;
        } catch (PermissionDenied e) {
            err.println(CliMessages.get("backup.notPermitted", operator));
            return EXIT_REFUSED;
        } catch (BackupFailed e) {
            err.println(e.getMessage());
            return EXIT_FAILED;
        }
    }

    private int list(Operator signedIn, PrintWriter out, PrintWriter err) {
        Path folder = in;
        if (folder == null) {
            Optional<Settings> settings = service.get().status(signedIn).settings();
            if (settings.isEmpty()) {
                err.println(CliMessages.get("backup.list.noFolder"));
                return EXIT_FAILED;
            }
            folder = settings.get().folder();
        }
        List<Backup> backups = service.get().list(signedIn, folder);
        out.println(String.join("\t", CliMessages.get("backup.list.columns").split(",")));
        for (Backup b : backups) {
            out.println(String.join("\t", b.name(), time(b), Integer.toString(b.files()),
                    Long.toString(b.bytes()), Long.toString(b.auditSeq())));
        }
        err.println(CliMessages.get("backup.list.count", backups.size(), folder));
        return 0;
    }

    private void status(BackupStatus status, PrintWriter out) {
        out.println(status.settings().map(s -> CliMessages.get("backup.status.scheduled", s.folder(), s.keep()))
                .orElse(CliMessages.get("backup.status.notScheduled")));
        out.println(status.last().map(l -> l.succeeded()
                        ? CliMessages.get("backup.status.lastOk", at(l.at()), l.backupName())
                        : CliMessages.get("backup.status.lastFailed", at(l.at()),
                        BackupStatus.problemText(l.problem())))
                .orElse(CliMessages.get("backup.status.never")));
    }

    private String time(Backup b) {
        return at(b.createdAt());
    }

    private String at(java.time.Instant instant) {
        return DateFormats.DATE_TIME_SECONDS.format(instant.atZone(clock.getZone()));
    }

    /** {@code backup configure --folder DIR --keep N}: the daily backup's folder and retention; audited. */
    @Command(name = "configure", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
            versionProvider = CliVersion.class, description = "${bundle:cli.backup.configure.description}",
            footer = "${bundle:cli.backup.footer}")
    static final class Configure implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--folder", required = true, paramLabel = "DIR", descriptionKey = "cli.backup.configure.folder")
        Path folder;

        @Option(names = "--keep", paramLabel = "N", defaultValue = "14", descriptionKey = "cli.backup.configure.keep")
        int keep;

        @Option(names = "--operator", required = true, paramLabel = "LOGIN", descriptionKey = "cli.backup.operator")
        String operator;

        @Option(names = "--password-file", required = true, paramLabel = "FILE",
                descriptionKey = "cli.backup.passwordFile")
        Path passwordFile;

        private final Supplier<BackupService> service;
        private final Supplier<AuthenticationService> authentication;

        Configure(Supplier<BackupService> service, Supplier<AuthenticationService> authentication) {
            this.service = service;
            this.authentication = authentication;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<Operator> signedIn = CliSignIn.signIn(authentication, operator, passwordFile, err);
            if (signedIn.isEmpty()) {
                return EXIT_NOT_SIGNED_IN;
            }
            try {
                Settings s = service.get().configure(signedIn.get(), folder, keep);
                spec.commandLine().getOut().println(CliMessages.get("backup.configured", s.folder(), s.keep()));
                return 0;
            } catch (PermissionDenied e) {
                err.println(CliMessages.get("backup.notPermitted", operator));
                return EXIT_REFUSED;
            } catch (ValidationFailure e) {
                e.fieldMessages().values().forEach(err::println);
                return EXIT_FAILED;
            }
        }
    }
}
