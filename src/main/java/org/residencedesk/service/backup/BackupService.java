package org.residencedesk.service.backup;

import org.residencedesk.service.Requires;
import org.residencedesk.service.NoOperator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.AuditLog.ChainHead;
import org.residencedesk.port.BackupSettingsStore;
import org.residencedesk.port.BackupSettingsStore.LastBackup;
import org.residencedesk.port.BackupSettingsStore.Settings;
import org.residencedesk.port.DatabaseBackups;
import org.residencedesk.port.DatabaseBackups.Backup;
import org.residencedesk.port.DatabaseBackups.BackupException;
import org.residencedesk.port.DatabaseBackups.Problem;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.audit.AuditService;
import org.residencedesk.service.audit.AuditService.RestoredChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 备份与恢复 (docs/decisions/0155–0158): an administrator backs the running database up into a folder, lists and
 * verifies backups, and configures the daily backup (folder, how many to keep); the daily job backs up into the
 * configured folder. Every backup is audited ({@code BACKUP_CREATED}, in one transaction after the copy is
 * complete; a backup that cannot be audited is removed). Retention keeps the newest N complete backups of this
 * station in the folder and never touches anything else. Failures are logged without personal data and
 * reported as {@link BackupFailed} with one Chinese message; the outcome is remembered for the status.
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    public static final int DEFAULT_KEEP = 14;
    public static final int MAX_KEEP = 366;
    static final String SYSTEM = "system";

    private final Transactions tx;
    private final AuditLog audit;
    private final StationRepository stations;
    private final DatabaseBackups backups;
    private final BackupSettingsStore settings;
    private final AuditService auditChain;
    private final Clock clock;
    private final String appVersion;

    public BackupService(Transactions tx, AuditLog audit, StationRepository stations, DatabaseBackups backups,
                         BackupSettingsStore settings, AuditService auditChain, Clock clock, String appVersion) {
        this.tx = tx;
        this.audit = audit;
        this.stations = stations;
        this.backups = backups;
        this.settings = settings;
        this.auditChain = auditChain;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /**
     * Backs up into {@code folder} (which must exist) now. Retention: the configured number when {@code folder}
     * is the daily backup's folder, else {@link #DEFAULT_KEEP}.
     */
    @Requires(Permission.BACKUP)
    public BackupResult backup(Operator operator, Path folder) throws BackupFailed {
        operator.require(Permission.BACKUP);
        Path target = folder.toAbsolutePath().normalize();
        int keep = settings.settings().filter(s -> s.folder().equals(target)).map(Settings::keep).orElse(DEFAULT_KEEP);
        return write(operator.login(), target, keep, false);
    }

    /**
     * The daily job: backs up into the configured folder; empty when no daily backup is configured.
     *
     * @throws BackupFailed the backup was not written (logged; the status shows it)
     */
    @NoOperator("the daily job backs up as the system, to the folder an administrator configured")
    public Optional<BackupResult> scheduledBackup() throws BackupFailed {
        Optional<Settings> configured = settings.settings();
        if (configured.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(write(SYSTEM, configured.get().folder(), configured.get().keep(), true));
    }

    /**
     * The daily job, called every hour while the window is open: backs up when configured and its last attempt
     * is 23 hours old, or failed more than an hour ago (a drive plugged in later is used the same day).
     *
     * @return empty when nothing was due or nothing is configured
     */
    @NoOperator("the daily job backs up as the system, to the folder an administrator configured")
    public Optional<BackupResult> scheduledBackupIfDue() throws BackupFailed {
        Instant now = clock.instant();
        boolean due = settings.lastScheduledBackup().map(last -> last.succeeded()
                ? !last.at().plus(23, ChronoUnit.HOURS).isAfter(now)
                : !last.at().plus(1, ChronoUnit.HOURS).isAfter(now)).orElse(true);
        return due ? scheduledBackup() : Optional.empty();
    }

    /** The daily backup's settings and the last attempt. */
    @Requires(Permission.BACKUP)
    public BackupStatus status(Operator operator) {
        operator.require(Permission.BACKUP);
        return new BackupStatus(settings.settings(), settings.lastBackup(),
                settings.settingsProblem().map(BackupStatus::settingsProblemText));
    }

    /**
     * Sets the daily backup's folder (must exist, outside the data folder) and how many backups to keep
     * (1 to {@value #MAX_KEEP}); audited. Unchanged settings are not written or audited again.
     */
    @Requires(Permission.BACKUP)
    public Settings configure(Operator operator, Path folder, int keep) {
        operator.require(Permission.BACKUP);
        Problems problems = new Problems();
        if (keep < 1 || keep > MAX_KEEP) {
            problems.add("keep", "backup.settings.keepRange", MAX_KEEP);
        }
        if (folder == null || folder.toString().isBlank()) {
            problems.add("folder", "backup.settings.folderMissing");
        }
        problems.throwIfAny();
        Settings wanted = new Settings(folder.toAbsolutePath().normalize(), keep);
        if (settings.settings().equals(Optional.of(wanted))) {
            return wanted;
        }
        Optional<Problem> unusable = backups.checkFolder(wanted.folder());
        if (unusable.isPresent()) {
            problems.add("folder", "backup.problem." + unusable.get().name(), wanted.folder()).throwIfAny();
        }
        tx.run(() -> {
            audit.append(new AuditRecord(operator.login(), AuditAction.BACKUP_SETTINGS_CHANGED, "BACKUP", null,
                    "keep=" + keep));
            settings.saveSettings(wanted);
        });
        LOG.info("daily backup configured by {}: keep {}", operator.login(), keep);
        return wanted;
    }

    /** The complete backups of this station in {@code folder}, newest first. */
    @Requires(Permission.BACKUP)
    public List<Backup> list(Operator operator, Path folder) {
        operator.require(Permission.BACKUP);
        return backups.list(folder);
    }

    /** Checks a backup's manifest signature and every file's hash. */
    @Requires(Permission.BACKUP)
    public Backup verify(Operator operator, Path backup) throws BackupFailed {
        operator.require(Permission.BACKUP);
        try {
            return backups.verify(backup);
        } catch (BackupException e) {
            throw new BackupFailed(e.problem(), backup.toAbsolutePath().normalize(), e);
        }
    }

    /**
     * For the restore, on the restored copy before it replaces the station's database: every table passes
     * Derby's check, and its audit chain is adopted ({@link AuditService#adoptRestoredChain}).
     *
     * @throws RestoreFailed the copy is damaged or its audit chain does not verify; nothing was changed
     */
    @Requires(Permission.BACKUP)
    public RestoredChain adoptRestored(Operator operator, Backup backup, String archiveSuffix) throws RestoreFailed {
        operator.require(Permission.BACKUP);
        try {
            int tables = backups.checkTables();
            LOG.info("restored copy: {} tables pass the consistency check", tables);
        } catch (BackupException e) {
            throw new RestoreFailed(RestoreFailed.Reason.DAMAGED, backup.folder(), e);
        }
        RestoredChain chain = auditChain.adoptRestoredChain(operator, backup.name(), backup.auditSeq(),
                backup.auditHash(), archiveSuffix);
        if (!chain.adopted()) {
            throw new RestoreFailed(RestoreFailed.Reason.AUDIT_BROKEN, backup.folder(), null);
        }
        return chain;
    }

    private BackupResult write(String actor, Path folder, int keep, boolean scheduled) throws BackupFailed {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Backup written;
        try {
            Optional<Station> station = tx.readOnly(stations::find);
            Optional<ChainHead> head = tx.readOnly(audit::head);
            DatabaseBackups.Label label = new DatabaseBackups.Label(station.map(s -> s.code().value()).orElse("-"), now,
                    appVersion, head.map(ChainHead::seq).orElse(0L), head.map(ChainHead::hash).orElse(""));
            written = backups.create(folder, label);
        } catch (BackupException e) {
            failed(now, scheduled, e.problem());
            throw new BackupFailed(e.problem(), folder, e);
        }
        try {
            tx.run(() -> audit.append(new AuditRecord(actor, AuditAction.BACKUP_CREATED, "BACKUP", written.name(),
                    "files=" + written.files() + ",bytes=" + written.bytes() + ",auditHead=" + written.auditSeq()
                    + ",scheduled=" + scheduled)));
        } catch (RuntimeException e) {
            LOG.error("backup {} could not be audited; removed", written.name(), e);
            delete(written);
            failed(now, scheduled, Problem.FAILED);
            throw new BackupFailed(Problem.FAILED, folder, e);
        }
        List<String> removed = new ArrayList<>();
        List<Backup> all = backups.list(folder);
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            if (!old.name().equals(written.name()) && delete(old)) {
                removed.add(old.name());
            }
        }
        if (!removed.isEmpty()) {
            LOG.info("retention removed {} older backups (keeping {})", removed.size(), keep);
        }
        settings.saveLastBackup(new LastBackup(now, scheduled, written.name(), null));
        return new BackupResult(written, removed);
    }

    private void failed(Instant at, boolean scheduled, Problem problem) {
        LOG.error("{} backup failed: {}", scheduled ? "daily" : "manual", problem);
        try {
            settings.saveLastBackup(new LastBackup(at, scheduled, null, problem.name()));
        } catch (RuntimeException e) {
            LOG.warn("the outcome of the backup could not be remembered", e);
        }
    }

    private boolean delete(Backup backup) {
        try {
            backups.delete(backup);
            return true;
        } catch (java.io.IOException e) {
            LOG.warn("could not remove backup {}: {}", backup.name(), e.getClass().getSimpleName());
            return false;
        }
    }
}
