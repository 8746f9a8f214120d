package org.residencedesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.residencedesk.storage.PrivateFiles;

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

    /** What the application keeps in the data folder; only these are restricted, never a stranger's file. */
    static final List<String> OWN_ENTRIES = List.of("db", "logs", "drafts", "cache", "database.id", "printers.json",
            "devices.properties", "derby.log");

    /**
     * The data folder 0700 and everything the application keeps in it 0600/0700 (POSIX; docs/decisions/0131).
     * Run at start and at close, because logback and the print settings create files with the process umask.
     */
    public static void restrict(Path dataDir) {
        try {
            PrivateFiles.restrict(dataDir);
            for (String entry : OWN_ENTRIES) {
                Path p = dataDir.resolve(entry);
                if (Files.exists(p)) {
                    PrivateFiles.restrictTree(p);
                }
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(DataDirectory.class)
                    .warn("cannot restrict the data folder to its owner: {}", e.getMessage());
        }
    }
}
