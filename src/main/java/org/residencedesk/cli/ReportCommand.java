package org.residencedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.report.Report;
import org.residencedesk.service.report.ReportExportFailed;
import org.residencedesk.service.report.ReportService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report daily --date D} and {@code report period --from D --to D}, each with {@code --out FILE.pdf|FILE.xlsx}
 * or {@code --format json} (one JSON object on standard output, keys in README.md), signed in like every command
 * that acts for a user ({@code --operator LOGIN --password-file FILE}). The service checks 报表 rights, audits the
 * read and writes the file by the safe export rules.
 */
@Command(name = "report", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.report.description}",
        synopsisSubcommandLabel = "[命令]")
public final class ReportCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final int EXIT_REFUSED = 2;
    static final int EXIT_TARGET_EXISTS = 3;
    static final int EXIT_NOT_SIGNED_IN = 4;
    static final int EXIT_INSIDE_DATA_FOLDER = 5;
    /** Neither --out nor --format json, both, a wrong period or an unknown file extension. */
    static final int EXIT_USAGE = 64;

    @Spec
    private CommandSpec spec;

    private ReportCommand() {
    }

    /** The {@code report} command with {@code daily} and {@code period}, to add to the root command line. */
    public static CommandLine commandLine(Supplier<ReportService> reports,
                                          Supplier<AuthenticationService> authentication) {
        CommandLine cli = new CommandLine(new ReportCommand());
        cli.addSubcommand(new Daily(reports, authentication));
        cli.addSubcommand(new Period(reports, authentication));
        return cli;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** What both subcommands share: the output choice and the sign-in. */
    abstract static class Output implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.report.out")
        Path out;

        @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "cli.report.format")
        String format;

        @Option(names = "--overwrite", descriptionKey = "cli.report.overwrite")
        boolean overwrite;

        @Option(names = "--operator", required = true, paramLabel = "LOGIN", descriptionKey = "cli.report.operator")
        String operator;

        @Option(names = "--password-file", required = true, paramLabel = "PWFILE",
                descriptionKey = "cli.report.passwordFile")
        Path passwordFile;

        private final Supplier<ReportService> reports;
        private final Supplier<AuthenticationService> authentication;

        Output(Supplier<ReportService> reports, Supplier<AuthenticationService> authentication) {
            this.reports = reports;
            this.authentication = authentication;
        }

        abstract Report read(ReportService service, Operator op);

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            boolean json = format != null;
            if (json && !"json".equals(format) || json == (out != null)) {
                err.println(CliMessages.get("cli.report.outOrJson"));
                return EXIT_USAGE;
            }
            Optional<Operator> signedIn = CliSignIn.signIn(authentication, operator, passwordFile, err);
            if (signedIn.isEmpty()) {
                return EXIT_NOT_SIGNED_IN;
            }
            ReportService service = reports.get();
            Report report;
            try {
                report = read(service, signedIn.get());
            } catch (PermissionDenied e) {
                err.println(CliMessages.get("cli.report.notPermitted", operator));
                return EXIT_REFUSED;
            } catch (ValidationFailure e) {
                e.fieldMessages().values().forEach(err::println);
                return EXIT_USAGE;
            }
            if (json) {
                spec.commandLine().getOut().println(service.json(signedIn.get(), report));
                return 0;
            }
            try {
                service.export(signedIn.get(), report, out, overwrite);
            } catch (ReportExportFailed e) {
                err.println(e.userMessage());
                return exitOf(e.reason());
            }
            spec.commandLine().getOut().println(CliMessages.get("cli.report.done", out));
            return 0;
        }

        private static int exitOf(ReportExportFailed.Reason reason) {
            return switch (reason) {
                case TARGET_EXISTS -> EXIT_TARGET_EXISTS;
                case INSIDE_DATA_FOLDER -> EXIT_INSIDE_DATA_FOLDER;
                case UNKNOWN_FORMAT -> EXIT_USAGE;
                case FAILED -> EXIT_FAILED;
            };
        }
    }

    @Command(name = "daily", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
            versionProvider = CliVersion.class, description = "${bundle:cli.report.daily.description}",
            footer = "${bundle:cli.report.footer}")
    static final class Daily extends Output {
        @Option(names = "--date", required = true, paramLabel = "DATE", descriptionKey = "cli.report.date")
        LocalDate date;

        Daily(Supplier<ReportService> reports, Supplier<AuthenticationService> authentication) {
            super(reports, authentication);
        }

        @Override
        Report read(ReportService service, Operator op) {
            return service.daily(op, date);
        }
    }

    @Command(name = "period", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
            versionProvider = CliVersion.class, description = "${bundle:cli.report.period.description}",
            footer = "${bundle:cli.report.footer}")
    static final class Period extends Output {
        @Option(names = "--from", required = true, paramLabel = "DATE", descriptionKey = "cli.report.from")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", descriptionKey = "cli.report.to")
        LocalDate to;

        Period(Supplier<ReportService> reports, Supplier<AuthenticationService> authentication) {
            super(reports, authentication);
        }

        @Override
        Report read(ReportService service, Operator op) {
            return service.period(op, from, to);
        }
    }
}
