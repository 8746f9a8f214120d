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

    public static Path database(Path dataDir) {
        return dataDir.resolve("db");
    }

    public static Path logs(Path dataDir) {
        return dataDir.resolve("logs");
    }
}
