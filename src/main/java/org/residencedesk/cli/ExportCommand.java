package org.residencedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.service.export.ExportFailed;
import org.residencedesk.service.export.ExportFormat;
import org.residencedesk.service.export.ExportRefused;
import org.residencedesk.service.export.ExportService;
import org.residencedesk.service.export.ExportSubject;
import org.residencedesk.service.export.ExportTargetExists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export --what registrations|permits --format csv|json --out FILE --operator LOGIN [--overwrite]}: a
 * thin shell over {@link ExportService}, which checks the operator's role, writes the file and audits the
 * export. An existing {@code FILE} is refused unless {@code --overwrite} (docs/decisions/0135).
 */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.export.description}",
        footer = "${bundle:cli.export.footer}")
public final class ExportCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final int EXIT_REFUSED = 2;
    static final int EXIT_TARGET_EXISTS = 3;

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

    @Option(names = "--overwrite", descriptionKey = "cli.export.overwrite")
    boolean overwrite;

    private final Supplier<ExportService> service;

    public ExportCommand(Supplier<ExportService> service) {
        this.service = service;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long rows;
        try {
            rows = service.get().export(operator, what, format, out, overwrite);
        } catch (ExportRefused e) {
            err.println(CliMessages.get("export.badOperator", operator));
            return EXIT_REFUSED;
        } catch (ExportTargetExists e) {
            err.println(CliMessages.get(overwrite ? "export.targetIsFolder" : "export.targetExists", out));
            return EXIT_TARGET_EXISTS;
        } catch (ExportFailed e) {
            err.println(CliMessages.get("export.failed", out));
            return EXIT_FAILED;
        }
        spec.commandLine().getOut().println(CliMessages.get("export.done", rows,
                CliMessages.get("export.subject." + what.name()), out));
        return 0;
    }
}
