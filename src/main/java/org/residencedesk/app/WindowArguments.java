package org.residencedesk.app;

import java.util.Optional;

/**
 * Whether a command line only opens the window (ADR 0377): nothing but {@code --data-dir DIR} (or
 * {@code --data-dir=DIR}) and the installer's {@code --smoke-exit}. Such a start skips picocli's command tree, which
 * costs a cold JVM a large share of a bare window's start; every other command line (a command, {@code --help},
 * {@code --version}, anything unknown or malformed) goes through picocli exactly as before, so its messages and exit
 * codes stay picocli's.
 */
final class WindowArguments {
    private WindowArguments() {
    }

    /** @return the {@code --smoke-exit} flag when {@code args} only open the window; empty when the CLI must parse them */
    static Optional<Boolean> windowOnly(String[] args) {
        boolean smokeExit = false;
        boolean dataDir = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--smoke-exit") && !smokeExit) {
                smokeExit = true;
            } else if (a.equals("--data-dir") && !dataDir && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                dataDir = true;
                i++;
            } else if (a.startsWith("--data-dir=") && !dataDir) {
                dataDir = true;
            } else {
                return Optional.empty(); // a command, a repeated or unknown option, a missing value: picocli says
            }
        }
        return Optional.of(smokeExit);
    }
}
