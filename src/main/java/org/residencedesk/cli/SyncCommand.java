package org.residencedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.sync.SyncReport;
import org.residencedesk.service.sync.SyncService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sync --once|--status --operator LOGIN --password-file FILE} (issue 13 item 7, ADR 0207): one upload run now
 * (and, once it exists, one inbox cycle), or the station's sync state without contacting the platform. Prints
 * {@code {"uploaded": n, "duplicates": n, "rejected": n, "backlog": n, "lastAcceptedSeq": n, "inbox": n}} on stdout
 * either way; why the platform could not be reached goes to stderr in Chinese, with the exit code of the footer.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.sync.description}",
        footer = "${bundle:cli.sync.footer}")
public final class SyncCommand implements Callable<Integer> {
    public static final int EXIT_REFUSED = 2;
    /** A CONFLICT (or a gap the station cannot fill) stopped uploading: an alert is open. */
    public static final int EXIT_STOPPED = 3;
    public static final int EXIT_NOT_SIGNED_IN = 4;
    public static final int EXIT_NOT_CONFIGURED = 5;
    /** The platform could not be reached (offline, busy, timed out, broken connection) after the retries. */
    public static final int EXIT_OFFLINE = 6;
    /** The platform or the TLS handshake refused the station (certificates, a refused request). */
    public static final int EXIT_PLATFORM_REFUSED = 7;
    /** Another program is uploading for this station right now. */
    public static final int EXIT_BUSY = 8;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @Option(names = "--once", required = true, descriptionKey = "cli.sync.once")
        boolean once;

        @Option(names = "--status", required = true, descriptionKey = "cli.sync.status")
        boolean status;
    }

    @Option(names = "--operator", required = true, paramLabel = "LOGIN", descriptionKey = "cli.sync.operator")
    String operator;

    @Option(names = "--password-file", required = true, paramLabel = "PWFILE", descriptionKey = "cli.sync.passwordFile")
    Path passwordFile;

    private final Supplier<SyncService> service;
    private final Supplier<AuthenticationService> authentication;

    public SyncCommand(Supplier<SyncService> service, Supplier<AuthenticationService> authentication) {
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
        SyncReport report;
        try {
            report = mode.once ? service.get().syncNow(signedIn.get()) : service.get().status(signedIn.get());
        } catch (PermissionDenied e) {
            err.println(CliMessages.get(mode.once ? "cli.sync.refusedRun" : "cli.sync.refusedView", operator));
            return EXIT_REFUSED;
        }
        spec.commandLine().getOut().println(json(report));
        if (mode.status) {
            if (report.message() != null && report.outcome() != org.residencedesk.service.sync.SyncOutcome.OK) {
                err.println(report.message());
            }
            return 0;
        }
        if (report.message() != null) {
            err.println(report.message());
        }
        return switch (report.outcome()) {
            case OK -> 0;
            case OFFLINE -> EXIT_OFFLINE;
            case REFUSED -> EXIT_PLATFORM_REFUSED;
            case STOPPED -> EXIT_STOPPED;
            case BUSY -> EXIT_BUSY;
            case NOT_CONFIGURED -> EXIT_NOT_CONFIGURED;
        };
    }

    static String json(SyncReport r) {
        return "{\"uploaded\": " + r.uploaded() + ", \"duplicates\": " + r.duplicates() + ", \"rejected\": "
                + r.rejected() + ", \"backlog\": " + r.backlog() + ", \"lastAcceptedSeq\": " + r.lastAcceptedSeq()
                + ", \"inbox\": " + r.inbox() + "}";
    }
}
