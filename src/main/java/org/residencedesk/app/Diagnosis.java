package org.residencedesk.app;

import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.residencedesk.domain.policy.StationPolicy;
import org.residencedesk.port.BackupSettingsStore;
import org.residencedesk.port.HealthReport;
import org.residencedesk.port.HealthReport.Check;
import org.residencedesk.port.HealthReport.Status;
import org.residencedesk.port.PrinterCatalog;
import org.residencedesk.port.StationLockedException;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.port.platform.PlatformRefused;
import org.residencedesk.port.platform.PlatformUnavailable;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrinterInfo;
import org.residencedesk.platform.HttpPlatformClient;
import org.residencedesk.platform.PlatformConfig;
import org.residencedesk.print.JsonPrinterSettingsStore;
import org.residencedesk.storage.DatabaseHealth;
import org.residencedesk.storage.DatabaseKey;
import org.residencedesk.storage.DatabaseUnlock;
import org.residencedesk.storage.KeyFileBootSecretStore;
import org.residencedesk.storage.PropertiesBackupSettingsStore;
import org.residencedesk.storage.RestoreFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 诊断 (docs/decisions/0253): one {@link HealthReport} of this PC's station for technical support — version,
 * Java, database (size, integrity within a time bound, encryption, schema, platform backlog), card reader,
 * printers, platform, last backup, free disk space and, only with a platform configured, the clock. It needs no
 * sign-in and shows no personal data. {@link #report(AppContext)} reads the database the window has open;
 * {@link #reportClosed()} (the {@code diagnose} command) boots it read-only itself, and still reports everything
 * else when the database cannot be opened (no key, damaged, in use).
 */
public final class Diagnosis {
    private static final Logger LOG = LoggerFactory.getLogger(Diagnosis.class);
    /** How long the table check may take before it reports INCOMPLETE. */
    static final Duration CHECK_BUDGET = Duration.ofSeconds(20);
    /** Less free space than this in the data folder needs attention. */
    static final long LOW_DISK = 1024L * 1024 * 1024;
    /** A daily backup older than this needs attention. */
    static final Duration BACKUP_AGE = Duration.ofHours(48);
    /** The platform's address file, written by 系统设置 → 平台 (another part of the program). */
    static final String PLATFORM_FILE = "platform.properties";

    private final Path dataDir;
    private final Path keyDirectory;
    private final PrinterCatalog printers;
    private final Clock clock;

    public Diagnosis(Path dataDir, Path keyDirectory, PrinterCatalog printers, Clock clock) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.keyDirectory = keyDirectory;
        this.printers = printers;
        this.clock = clock;
    }

    /** The report with the database the window has open. */
    public HealthReport report(AppContext open) {
        return assemble(DatabaseHealth.inspect(open.database()::openConnection, DataDirectory.database(dataDir),
                CHECK_BUDGET));
    }

    /** The report of a station no process of this JVM has open (the {@code diagnose} command). */
    public HealthReport reportClosed() {
        return assemble(closedDatabase());
    }

    private HealthReport assemble(Check database) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("version", Status.OK, facts("application", AppContext.APP_VERSION,
                "schema", database.facts().getOrDefault("schemaVersion", "unknown"),
                "stationPolicy", StationPolicy.VERSION)));
        Runtime rt = Runtime.getRuntime();
        checks.add(new Check("java", Status.OK, facts("version", System.getProperty("java.version"),
                "vendor", System.getProperty("java.vendor"), "os", System.getProperty("os.name") + " "
                        + System.getProperty("os.arch"), "maxHeapMB", rt.maxMemory() / (1024 * 1024))));
        checks.add(database);
        checks.add(cardReader());
        checks.add(printerCheck());
        Optional<URI> platform = platformAddress();
        checks.add(platformCheck(platform, database));
        checks.add(backup());
        checks.add(disk());
        checks.add(clockCheck(platform, database));
        return new HealthReport(checks);
    }

    private Check closedDatabase() {
        Path db = DataDirectory.database(dataDir);
        if (!Files.exists(db.resolve("service.properties"))) {
            return new Check("database", Status.NOT_CONFIGURED, facts("folder", db.toString(),
                    "reason", "no station database yet (first start not done)"));
        }
        if (RestoreFiles.inUse(db)) {
            return new Check("database", Status.SKIPPED, facts("folder", db.toString(), "reason",
                    "in use by another process (the window): see its 关于/诊断 page"));
        }
        DatabaseKey key;
        try {
            key = DatabaseUnlock.unlock(db, new KeyFileBootSecretStore(keyDirectory));
        } catch (StationLockedException e) {
            LOG.warn("diagnose: station database locked ({})", e.reason());
            return new Check("database", Status.ATTENTION, facts("folder", db.toString(), "locked", e.reason().name(),
                    "message", e.userMessage()));
        }
        try {
            // the commit witness beside the key, only read (ADR 0363)
            return DatabaseHealth.inspectClosed(db, key, CHECK_BUDGET, new org.residencedesk.storage.FileCommitWitness(
                    org.residencedesk.storage.FileCommitWitness.fileFor(keyDirectory, DatabaseUnlock.databaseId(db)),
                    org.residencedesk.storage.SecretDerivation.derive(key.secret(), "audit-witness")));
        } catch (RuntimeException e) {
            LOG.warn("diagnose: database could not be inspected", e);
            return new Check("database", Status.ATTENTION, facts("folder", db.toString(), "integrity", "DAMAGED",
                    "error", e.getClass().getSimpleName()));
        }
    }

    private Check cardReader() {
        Properties devices = properties(dataDir.resolve("devices.properties"));
        Optional<String> refused = CardReaders.portProblem(devices);
        if (refused.isPresent()) {
            return new Check("cardReader", Status.ATTENTION, facts("port", "refused", "problem", refused.get()));
        }
        String port = CardReaders.port(devices).orElse("");
        if (port.isEmpty()) {
            return new Check("cardReader", Status.NOT_CONFIGURED, facts("reason", "no cardReader.port in devices.properties"));
        }
        if (port.equals("auto") || !port.startsWith("/")) {
            return new Check("cardReader", Status.OK, facts("port", port, "present", "unknown (probed when the window starts)"));
        }
        boolean present = Files.exists(Path.of(port));
        String baudText = devices.getProperty("cardReader.baud", "").strip();
        boolean baudValid = baudText.isEmpty()
                || org.residencedesk.domain.ConfigText.wholeNumber(baudText).orElse(0) == CardReaders.baud(devices);
        return new Check("cardReader", present && baudValid ? Status.OK : Status.ATTENTION, facts("port", port,
                "present", present, "baud", baudValid ? CardReaders.baud(devices) : "invalid: " + baudText));
    }

    private Check printerCheck() {
        List<PrinterInfo> queues;
        try {
            queues = printers.listPrinters();
        } catch (RuntimeException e) {
            LOG.warn("diagnose: printers could not be listed", e);
            return new Check("printers", Status.ATTENTION, facts("error", e.getClass().getSimpleName()));
        }
        TreeSet<String> names = new TreeSet<>();
        queues.forEach(q -> names.add(q.name()));
        TreeSet<String> missing = new TreeSet<>();
        var settings = new JsonPrinterSettingsStore(dataDir).load();
        for (DocumentType type : DocumentType.values()) {
            String chosen = settings.profileFor(type).printerName();
            if (chosen != null && !chosen.isBlank() && !names.contains(chosen)) {
                missing.add(chosen);
            }
        }
        Map<String, Object> facts = facts("queues", List.copyOf(names));
        if (!missing.isEmpty()) {
            facts.put("chosenButMissing", List.copyOf(missing));
            return new Check("printers", Status.ATTENTION, facts);
        }
        return new Check("printers", names.isEmpty() ? Status.NOT_CONFIGURED : Status.OK, facts);
    }

    /** The platform's address from {@code platform.properties}: the first key ending in "url". */
    Optional<URI> platformAddress() {
        Properties p = properties(dataDir.resolve(PLATFORM_FILE));
        return p.stringPropertyNames().stream().sorted()
                .filter(k -> k.toLowerCase(java.util.Locale.ROOT).endsWith("url"))
                .map(k -> p.getProperty(k).strip()).filter(v -> !v.isEmpty()).findFirst().flatMap(v -> {
                    try {
                        URI uri = URI.create(v);
                        return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                });
    }

    private Check platformCheck(Optional<URI> platform, Check database) {
        Object backlog = database.facts().getOrDefault("outboxBacklog", "unknown");
        if (platform.isEmpty()) {
            return new Check("platform", Status.NOT_CONFIGURED, facts("reason", "not configured (no " + PLATFORM_FILE
                    + " with an address)", "backlog", backlog));
        }
        URI uri = platform.get();
        int port = uri.getPort() > 0 ? uri.getPort() : "http".equals(uri.getScheme()) ? 80 : 443;
        boolean reachable;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(uri.getHost(), port), 3000);
            reachable = true;
        } catch (IOException e) {
            reachable = false;
        }
        return new Check("platform", reachable ? Status.OK : Status.ATTENTION, facts("host", uri.getHost(),
                "port", port, "reachable", reachable, "backlog", backlog));
    }

    private Check backup() {
        PropertiesBackupSettingsStore store = new PropertiesBackupSettingsStore(dataDir);
        Optional<BackupSettingsStore.Settings> settings = store.settings();
        Optional<BackupSettingsStore.LastBackup> last = store.lastBackup();
        Map<String, Object> facts = new LinkedHashMap<>();
        Status status = Status.OK;
        Optional<BackupSettingsStore.SettingsProblem> refused = store.settingsProblem();
        if (refused.isPresent()) {
            facts.put("reason", "backup-settings.properties refused");
            facts.put("problem", org.residencedesk.service.backup.BackupStatus.settingsProblemText(refused.get()));
            status = Status.ATTENTION;
        } else if (settings.isEmpty()) {
            facts.put("reason", "daily backup not configured");
            status = Status.ATTENTION;
        } else {
            Path folder = settings.get().folder();
            facts.put("folder", folder.toString());
            facts.put("folderPresent", Files.isDirectory(folder));
            if (!Files.isDirectory(folder)) {
                status = Status.ATTENTION;
            } else {
                facts.put("folderFreeBytes", usable(folder));
            }
        }
        if (last.isPresent()) {
            facts.put("lastAt", last.get().at().toString());
            facts.put("lastSucceeded", last.get().succeeded());
            if (!last.get().succeeded()) {
                facts.put("lastProblem", last.get().problem());
                status = Status.ATTENTION;
            } else if (last.get().at().plus(BACKUP_AGE).isBefore(clock.instant())) {
                facts.put("reason", "last backup older than " + BACKUP_AGE.toHours() + " hours");
                status = Status.ATTENTION;
            }
        } else if (settings.isPresent()) {
            facts.put("lastAt", null);
            status = Status.ATTENTION;
        }
        return new Check("backup", status, facts);
    }

    private Check disk() {
        long free = usable(Files.isDirectory(dataDir) ? dataDir : dataDir.getParent());
        return new Check("disk", free >= 0 && free < LOW_DISK ? Status.ATTENTION : Status.OK,
                facts("dataFolder", dataDir.toString(), "freeBytes", free));
    }

    /**
     * The platform's own time ({@code GET /api/v1/time}, PLATFORM-API §5) through the station's client — its mutual
     * TLS and station code, as the uploader would ask — against this PC's clock at the middle of the request.
     */
    private Check clockCheck(Optional<URI> platform, Check database) {
        if (platform.isEmpty()) {
            return new Check("clock", Status.SKIPPED, facts("reason", "no platform configured to compare with",
                    "local", clock.instant().toString()));
        }
        Object station = database.facts().get("stationCode");
        if (station == null) {
            return new Check("clock", Status.SKIPPED, facts("reason", "station code unknown (database not readable)"));
        }
        try {
            PlatformClient client = HttpPlatformClient.of(PlatformConfig.load(dataDir).orElseThrow(),
                    station.toString(), AppContext.APP_VERSION, Duration.ofSeconds(3), Duration.ofSeconds(5));
            Instant before = clock.instant();
            Instant remote = client.time().toInstant();
            Instant after = clock.instant();
            Instant local = before.plus(Duration.between(before, after).dividedBy(2));
            long skew = Duration.between(remote, local).toSeconds();
            return new Check("clock", Math.abs(skew) > 300 ? Status.ATTENTION : Status.OK, // PLATFORM-API §5: 5 minutes
                    facts("skewSeconds", skew, "local", local.toString(), "platform", remote.toString()));
        } catch (PlatformConfig.Refused e) {
            return new Check("clock", Status.SKIPPED, facts("reason", "platform configuration refused"));
        } catch (PlatformUnavailable | PlatformRefused | RuntimeException e) {
            return new Check("clock", Status.SKIPPED, facts("reason", "platform time unavailable: "
                    + e.getClass().getSimpleName()));
        }
    }

    private static long usable(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Properties properties(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("diagnose: {} unreadable", file.getFileName());
            }
        }
        return p;
    }

    private static Map<String, Object> facts(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
