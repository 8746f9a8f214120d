package org.residencedesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.port.HealthReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code diagnose}: prints this PC's station health as one JSON object for technical support (docs/decisions/0253)
 * — no sign-in, no personal data. Exit code 0 when nothing needs attention, 1 when something does; it opens the
 * database read-only and never migrates or writes, so running it twice is safe.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.diagnose.description}",
        footer = "${bundle:cli.diagnose.footer}")
public final class DiagnoseCommand implements Callable<Integer> {
    /** Something in the report needs attention. */
    public static final int EXIT_ATTENTION = 1;

    private final Supplier<HealthReport> report;

    @Spec
    CommandSpec spec;

    public DiagnoseCommand(Supplier<HealthReport> report) {
        this.report = report;
    }

    @Override
    public Integer call() {
        HealthReport health = report.get();
        PrintWriter out = spec.commandLine().getOut();
        out.println(health.toJson());
        out.flush();
        return health.needsAttention() ? EXIT_ATTENTION : 0;
    }
}
