package org.residencedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Optional;
import java.util.function.Supplier;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.export.ExportFailed;
import org.residencedesk.service.export.ExportFormat;
import org.residencedesk.service.export.ExportIntoDataFolder;
import org.residencedesk.service.export.ExportRefused;
import org.residencedesk.service.export.ExportService;
import org.residencedesk.service.export.ExportSubject;
import org.residencedesk.service.export.ExportTargetExists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export --what registrations|permits --format csv|json --out FILE --operator LOGIN --password-file PWFILE
 * [--overwrite]}: a thin shell that signs the operator in through {@link AuthenticationService} (the window's
 * login: lockout, audit, one answer for unknown logins and wrong passwords) and hands the signed-in
 * {@link Operator} to {@link ExportService}, which checks the role, writes the file and audits the export. An
 * existing {@code FILE} is refused unless {@code --overwrite} (docs/decisions/0135, 0142).
 */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.export.description}",
        footer = "${bundle:cli.export.footer}")
public final class ExportCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final int EXIT_REFUSED = 2;
    static final int EXIT_TARGET_EXISTS = 3;
    /** The password file was unusable or the sign-in failed (wrong password, unknown or locked account). */
    static final int EXIT_NOT_SIGNED_IN = 4;
    /** The output file would lie inside the station's data folder (docs/decisions/0159). */
    static final int EXIT_INSIDE_DATA_FOLDER = 5;

    @Spec
    private CommandSpec spec;

    @Option(names = "--what", required = true, paramLabel = "WHAT", descriptionKey = "cli.export.what")
    ExportSubject what;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "cli.export.format")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.export.out")
    Path out;

    @Option(names = "--operator", required = true, paramLabel = "LOGIN", descriptionKey = "cli.export.operator")
    String operator;

    @Option(names = "--password-file", required = true, paramLabel = "PWFILE",
            descriptionKey = "cli.export.passwordFile")
    Path passwordFile;

    @Option(names = "--overwrite", descriptionKey = "cli.export.overwrite")
    boolean overwrite;

    private final Supplier<ExportService> service;
    private final Supplier<AuthenticationService> authentication;

    public ExportCommand(Supplier<ExportService> service, Supplier<AuthenticationService> authentication) {
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
        long rows;
        try {
            rows = service.get().export(signedIn.get(), what, format, out, overwrite);
        } catch (ExportRefused | PermissionDenied e) {
            err.println(CliMessages.get("export.badOperator", operator));
            return EXIT_REFUSED;
        } catch (ExportTargetExists e) {
            err.println(CliMessages.get(overwrite ? "export.targetIsFolder" : "export.targetExists", out));
            return EXIT_TARGET_EXISTS;
        } catch (ExportIntoDataFolder e) {
            err.println(CliMessages.get("export.insideDataFolder", out));
            return EXIT_INSIDE_DATA_FOLDER;
        } catch (ExportFailed e) {
            err.println(CliMessages.get("export.failed", out));
            return EXIT_FAILED;
        }
        spec.commandLine().getOut().println(CliMessages.get("export.done", rows,
                CliMessages.get("export.subject." + what.name()), out));
        return 0;
    }
}
