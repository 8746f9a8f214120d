package org.residencedesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code residence-desk [--data-dir DIR] [COMMAND]}: without a command it opens the counter window;
 * with one it runs a headless job for station IT staff and scripts.
 */
@Command(name = "residence-desk", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        resourceBundle = CliMessages.BUNDLE_NAME, description = "${bundle:cli.root.description}",
        footer = "${bundle:cli.root.footer}", synopsisSubcommandLabel = "[命令]")
public final class RootCommand implements Callable<Integer> {
    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            descriptionKey = "cli.root.dataDir")
    private Path dataDir;

    /** The installer's smoke test: the window closes by itself after its first screen (ADR 0251); not for users. */
    @Option(names = "--smoke-exit", hidden = true)
    private boolean smokeExit;

    private final java.util.function.Function<Boolean, Integer> openWindow;

    /** @param openWindow opens the window; its argument says whether to close after the first screen */
    public RootCommand(java.util.function.Function<Boolean, Integer> openWindow) {
        this.openWindow = openWindow;
    }

    /** The {@code --data-dir} option, wherever on the command line it was given; null when absent. */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public Integer call() throws Exception {
        return openWindow.apply(smokeExit);
    }
}
