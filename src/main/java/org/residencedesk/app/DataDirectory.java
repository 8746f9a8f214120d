package org.residencedesk.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a counter keeps its database, logs and local settings: {@code --data-dir}, else
 * {@code RESIDENCE_DESK_HOME}, else {@code ~/.residence-desk}.
 */
public final class DataDirectory {
    public static final String ENV_VARIABLE = "RESIDENCE_DESK_HOME";

    private DataDirectory() {
    }

    public static Path resolve(Path option, Map<String, String> environment, String userHome) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String fromEnv = environment.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return Path.of(userHome, ".residence-desk");
    }

    /**
     * The {@code --data-dir} value, read before picocli parses anything: logging must know the data
     * folder before the first logger is created.
     */
    public static Path optionIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        return null;
    }

    public static Path database(Path dataDir) {
        return dataDir.resolve("db");
    }

    public static Path logs(Path dataDir) {
        return dataDir.resolve("logs");
    }
}
