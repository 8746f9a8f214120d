package org.residencedesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.residencedesk.storage.PrivateFiles;

/**
 * Where a counter keeps its database, logs and local settings: {@code --data-dir}, else
 * {@code RESIDENCE_DESK_HOME}, else {@code ~/.residence-desk}. A given value that is blank (never the
 * current directory by accident), contains {@code ;} (Derby's URL attribute separator) or a control
 * character, or names an existing file is refused (docs/decisions/0136).
 */
public final class DataDirectory {
    public static final String ENV_VARIABLE = "RESIDENCE_DESK_HOME";

    private DataDirectory() {
    }

    /** Why a data folder was refused; nothing was created or opened. */
    public enum Problem { BLANK, RESERVED_CHARACTER, NOT_A_FOLDER }

    /** A data folder that may not be used; {@link #given()} is the value as it was given. */
    public static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Problem problem;
        private final String given;

        Invalid(Problem problem, String given) {
            super("data folder refused: " + problem);
            this.problem = problem;
            this.given = given;
        }

        public Problem problem() {
            return problem;
        }

        public String given() {
            return given;
        }
    }

    /** @throws Invalid the folder given by option or environment may not be used */
    public static Path resolve(String option, Map<String, String> environment, String userHome) {
        if (option != null) {
            return checked(option);
        }
        String fromEnv = environment.get(ENV_VARIABLE);
        if (fromEnv != null) {
            return checked(fromEnv);
        }
        return checked(Path.of(userHome, ".residence-desk").toString());
    }

    private static Path checked(String given) {
        if (given.isBlank()) {
            throw new Invalid(Problem.BLANK, given);
        }
        if (given.chars().anyMatch(c -> c == ';' || Character.isISOControl(c))) {
            throw new Invalid(Problem.RESERVED_CHARACTER, given);
        }
        Path dir;
        try {
            dir = Path.of(given).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new Invalid(Problem.RESERVED_CHARACTER, given);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Invalid(Problem.NOT_A_FOLDER, given);
        }
        return dir;
    }

    /**
     * The {@code --data-dir} value as given, read before picocli parses anything: logging must know the data
     * folder before the first logger is created.
     */
    public static String optionIn(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--data-dir=")) {
                return args[i].substring("--data-dir=".length());
            }
        }
        return null;
    }

    /**
     * Creates a missing data folder (owner-only) and proves an existing one can be written, by creating and removing
     * a probe file: a read-only mount or an immutable folder is refused with words before anything opens (ADR 0277).
     *
     * @throws Invalid NOT_A_FOLDER: the path is a file
     * @throws org.residencedesk.port.StationProblem READ_ONLY: it cannot be created or written
     */
    public static void prepare(Path dataDir) {
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new Invalid(Problem.NOT_A_FOLDER, dataDir.toString());
        }
        try {
            if (!Files.isDirectory(dataDir)) {
                PrivateFiles.createDirectories(dataDir);
            }
            Path probe = Files.createTempFile(dataDir, ".write-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            org.slf4j.LoggerFactory.getLogger(DataDirectory.class).error("data folder not writable: {}", e.toString());
            boolean full = String.valueOf(e.getMessage()).contains("No space left");
            throw new org.residencedesk.port.StationProblem(full ? org.residencedesk.port.StationProblem.Kind.DISK_FULL
                    : org.residencedesk.port.StationProblem.Kind.READ_ONLY, dataDir.toString(), e);
        }
    }

    public static Path database(Path dataDir) {
        return dataDir.resolve("db");
    }

    public static Path logs(Path dataDir) {
        return dataDir.resolve("logs");
    }

    /** What the application keeps in the data folder; only these are restricted, never a stranger's file. */
    static final List<String> OWN_ENTRIES = List.of("db", "logs", "drafts", "cache", "database.id", "printers.json",
            "devices.properties", "derby.log", "station-policy.properties", "holidays.csv", "backup-settings.properties",
            "db-before-restore", "restore-staging");

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
