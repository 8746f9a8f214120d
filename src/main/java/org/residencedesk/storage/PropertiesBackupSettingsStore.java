package org.residencedesk.storage;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import org.residencedesk.domain.ConfigText;
import org.residencedesk.port.BackupSettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code <data folder>/backup-settings.properties} (0600, replaced atomically): the daily backup's folder and retention
 * and the outcome of the last backup. Settings that cannot be used are refused with their reason
 * ({@link #settingsProblem}, ADR 0314), never guessed.
 */
public final class PropertiesBackupSettingsStore implements BackupSettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(PropertiesBackupSettingsStore.class);
    public static final String FILE_NAME = "backup-settings.properties";
    private final Path file;

    public PropertiesBackupSettingsStore(Path dataDir) {
        this.file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    @Override
    public synchronized Optional<Settings> settings() {
        Object read = read();
        return read instanceof Settings settings ? Optional.of(settings) : Optional.empty();
    }

    @Override
    public synchronized Optional<SettingsProblem> settingsProblem() {
        Object read = read();
        return read instanceof SettingsProblem problem ? Optional.of(problem) : Optional.empty();
    }

    /**
     * The file's settings, or why they are refused (ADR 0314), or null when none are written. Full-width digits in
     * {@code keep} are read as typed input reads them; anything else that is not a whole number of at least 1 is
     * refused, never guessed.
     */
    private Object read() {
        Properties p;
        try {
            p = loadStrictly();
        } catch (IOException | IllegalArgumentException e) {
            return new SettingsProblem(SettingsProblem.Kind.UNREADABLE, null, file.toString());
        }
        String folder = p.getProperty("folder");
        String keep = p.getProperty("keep");
        if (folder == null && keep == null) {
            return null;
        }
        if (folder == null || folder.isBlank()) {
            return new SettingsProblem(SettingsProblem.Kind.MISSING, "folder", null);
        }
        if (keep == null || keep.isBlank()) {
            return new SettingsProblem(SettingsProblem.Kind.MISSING, "keep", null);
        }
        for (String key : new String[] {"folder", "keep"}) {
            int at = ConfigText.invisibleAt(p.getProperty(key));
            if (at > 0) {
                return new SettingsProblem(SettingsProblem.Kind.INVISIBLE, key,
                        at + " " + ConfigText.codeAt(p.getProperty(key), at));
            }
        }
        OptionalInt count = ConfigText.wholeNumber(keep);
        boolean negative = keep.strip().matches("[-\uFF0D][0-9\uFF10-\uFF19]{1,9}");
        if (count.isEmpty() && !negative) {
            return new SettingsProblem(SettingsProblem.Kind.NOT_A_NUMBER, "keep", keep.strip());
        }
        if (negative || count.getAsInt() < 1) {
            return new SettingsProblem(SettingsProblem.Kind.TOO_SMALL, "keep", keep.strip());
        }
        try {
            return new Settings(Path.of(folder.strip()), count.getAsInt());
        } catch (InvalidPathException e) {
            return new SettingsProblem(SettingsProblem.Kind.NOT_A_PATH, "folder", folder.strip());
        }
    }

    @Override
    public synchronized void saveSettings(Settings settings) {
        Properties p = load();
        p.setProperty("folder", settings.folder().toAbsolutePath().normalize().toString());
        p.setProperty("keep", Integer.toString(settings.keep()));
        store(p);
    }

    @Override
    public synchronized Optional<LastBackup> lastBackup() {
        return last("last.");
    }

    @Override
    public synchronized Optional<LastBackup> lastScheduledBackup() {
        return last("scheduled.");
    }

    private Optional<LastBackup> last(String prefix) {
        Properties p = load();
        String at = p.getProperty(prefix + "at");
        if (at == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LastBackup(Instant.parse(at), Boolean.parseBoolean(p.getProperty(prefix + "scheduled")),
                    p.getProperty(prefix + "backup"), p.getProperty(prefix + "problem")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void saveLastBackup(LastBackup last) {
        Properties p = load();
        for (String prefix : last.scheduled() ? new String[] {"last.", "scheduled."} : new String[] {"last."}) {
            p.setProperty(prefix + "at", last.at().toString());
            p.setProperty(prefix + "scheduled", Boolean.toString(last.scheduled()));
            set(p, prefix + "backup", last.backupName());
            set(p, prefix + "problem", last.problem());
        }
        store(p);
    }

    private static void set(Properties p, String key, String value) {
        if (value == null) {
            p.remove(key);
        } else {
            p.setProperty(key, value);
        }
    }

    private Properties loadStrictly() throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        }
        return p;
    }

    private Properties load() {
        Properties p = new Properties();
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("backup settings file unreadable: {}", e.getClass().getSimpleName());
        }
        return p;
    }

    private void store(Properties p) {
        StringWriter text = new StringWriter();
        try {
            p.store(text, "ResidenceDesk daily backup (docs/decisions/0156)");
            PrivateFiles.createDirectories(file.getParent());
            PrivateFiles.writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new StorageException("cannot write the backup settings", e);
        }
    }
}
