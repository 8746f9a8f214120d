package org.residencedesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.port.DatabaseBackups.Backup;
import org.residencedesk.port.DatabaseBackups.BackupException;
import org.residencedesk.port.StationLockedException;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.audit.AuditService.RestoredChain;
import org.residencedesk.service.audit.AuditVerdict;
import org.residencedesk.service.backup.RestoreFailed;
import org.residencedesk.service.backup.RestoreFailed.Reason;
import org.residencedesk.service.backup.StationRestore;
import org.residencedesk.storage.DatabaseUnlock;
import org.residencedesk.storage.FileAuditCheckpoints;
import org.residencedesk.storage.FileCommitWitness;
import org.residencedesk.storage.KeyFileBootSecretStore;
import org.residencedesk.storage.RestoreFiles;
import org.residencedesk.storage.SecretDerivation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The restore (docs/decisions/0157), run while the station's own context is closed: verify the backup with this
 * PC's key; copy it into {@code <data>/restore-staging}; open the copy, sign the administrator in against the
 * copy's own accounts, require {@link Permission#BACKUP}, check every table and adopt its audit chain (a
 * {@code DATABASE_RESTORED} entry, the old checkpoints archived); then move the station's database aside to
 * {@code <data>/db-before-restore}, move the copy into place and open it as the station. If any step fails the
 * previous database is (or stays) in place and the checkpoints are put back.
 */
final class StationRestorer implements StationRestore {
    private static final Logger LOG = LoggerFactory.getLogger(StationRestorer.class);
    static final String STAGING = "restore-staging";
    static final String PREVIOUS = "db-before-restore";
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path dataDir;
    private final Path keyDirectory;
    private final MasterData masterData;
    private final Clock clock;
    private final boolean forTests;

    StationRestorer(Path dataDir, Path keyDirectory, MasterData masterData, Clock clock, boolean forTests) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.keyDirectory = keyDirectory;
        this.masterData = masterData;
        this.clock = clock;
        this.forTests = forTests;
    }

    @Override
    public Restored restore(Path from, String login, char[] password) throws RestoreFailed {
        Path backupDir = from.toAbsolutePath().normalize();
        KeyFileBootSecretStore store = new KeyFileBootSecretStore(keyDirectory);
        Backup backup = verified(backupDir, store);
        Path database = DataDirectory.database(dataDir);
        checkDataFolder(backup, database);
        Path staging = dataDir.resolve(STAGING);
        String suffix = SUFFIX.format(clock.instant());
        RestoredChain chain = adoptCopy(backup, staging, login, password, suffix);
        Path previous = null;
        boolean movedIn = false;
        try {
            if (Files.exists(database)) {
                previous = dataDir.resolve(PREVIOUS);
                RestoreFiles.remove(previous); // only the latest replaced database is kept
                RestoreFiles.move(database, previous);
            }
            RestoreFiles.move(staging.resolve("db"), database);
            movedIn = true;
            RestoreFiles.ensureDatabaseId(dataDir, backup.databaseId());
            try (AppContext restored = forTests ? AppContext.openForTests(dataDir, keyDirectory, masterData, clock)
                    : AppContext.open(dataDir, keyDirectory, masterData, clock)) {
                AuditVerdict verdict = restored.audit().verify();
                if (!verdict.ok()) {
                    throw new IllegalStateException("restored audit chain does not verify: " + verdict.problem());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("restore from backup {} failed while swapping; putting the previous database back",
                    backup.name(), e);
            rollBack(database, previous, movedIn, staging, chain, backup);
            throw new RestoreFailed(Reason.FAILED, backupDir, e);
        }
        removeQuietly(staging);
        LOG.warn("station database restored from backup {} (previous database kept in {})", backup.name(),
                previous == null ? "-" : PREVIOUS);
        return new Restored(backup.name(), backup.createdAt(), chain.backupHead(), chain.discardedHead(),
                previous == null ? null : previous.toString());
    }

    private static Backup verified(Path backupDir, KeyFileBootSecretStore store) throws RestoreFailed {
        try {
            return RestoreFiles.verify(backupDir, store);
        } catch (BackupException e) {
            LOG.warn("restore refused: backup {} is {}", backupDir.getFileName(), e.problem());
            Reason reason = switch (e.problem()) {
                case MANIFEST_FORGED -> Reason.MANIFEST_FORGED;
                case FILE_CHANGED -> Reason.FILE_CHANGED;
                case KEY_MISSING -> Reason.KEY_MISSING;
                default -> Reason.NOT_A_BACKUP;
            };
            throw new RestoreFailed(reason, backupDir, e);
        }
    }

    /** The data folder holds this station's database (or none), and nobody runs it. */
    private void checkDataFolder(Backup backup, Path database) throws RestoreFailed {
        Optional<String> current;
        try {
            current = RestoreFiles.databaseIdOf(dataDir);
        } catch (IOException e) {
            throw new RestoreFailed(Reason.OTHER_STATION, dataDir, e);
        }
        if (current.isPresent() && !current.get().equals(backup.databaseId())) {
            throw new RestoreFailed(Reason.OTHER_STATION, dataDir, null);
        }
        if (RestoreFiles.inUse(database)) {
            throw new RestoreFailed(Reason.IN_USE, dataDir, null);
        }
    }

    /** Stages the copy, signs in against its accounts and adopts its audit chain; discards the copy on failure. */
    private RestoredChain adoptCopy(Backup backup, Path staging, String login, char[] password, String suffix)
            throws RestoreFailed {
        RestoredChain chain = null;
        try {
            RestoreFiles.stage(backup, staging);
            try (AppContext copy = AppContext.openRestoredCopy(staging, keyDirectory, masterData, clock, forTests)) {
                Operator operator;
                try {
                    operator = copy.authentication().login(login, password);
                } catch (ValidationFailure e) {
                    throw RestoreFailed.notSignedIn(String.join("；", e.fieldMessages().values()), e);
                }
                if (!operator.may(Permission.BACKUP)) {
                    throw new RestoreFailed(Reason.NOT_PERMITTED, backup.folder(), null);
                }
                chain = copy.backups().adoptRestored(operator, backup, suffix);
            }
            return chain;
        } catch (RestoreFailed e) {
            undoAdoption(chain, backup);
            removeQuietly(staging);
            throw e;
        } catch (StationLockedException e) {
            LOG.error("the restored copy does not open with the station key: {}", e.reason());
            undoAdoption(chain, backup);
            removeQuietly(staging);
            throw new RestoreFailed(Reason.DAMAGED, backup.folder(), e);
        } catch (IOException | RuntimeException e) {
            LOG.error("the restored copy could not be opened or checked", e);
            undoAdoption(chain, backup);
            removeQuietly(staging);
            throw new RestoreFailed(Reason.DAMAGED, backup.folder(), e);
        }
    }

    /** Puts the checkpoint file archived by the adoption back in place. */
    private void undoAdoption(RestoredChain chain, Backup backup) {
        if (chain == null || chain.archive() == null) {
            return;
        }
        new FileAuditCheckpoints(FileAuditCheckpoints.fileFor(keyDirectory, backup.databaseId()),
                SecretDerivation.derive(new KeyFileBootSecretStore(keyDirectory).find(backup.databaseId()).orElseThrow(),
                        "audit-checkpoint")).undoArchive(chain.archive());
        // the adoption reset the commit witness to the copy's head: the next start writes it from the old one (ADR 0363)
        FileCommitWitness.remove(keyDirectory, backup.databaseId());
    }

    private void rollBack(Path database, Path previous, boolean movedIn, Path staging, RestoredChain chain,
                          Backup backup) throws RestoreFailed {
        try {
            if (movedIn) {
                RestoreFiles.move(database, staging.resolve("db-failed"));
            }
            if (previous != null && Files.exists(previous) && !Files.exists(database)) {
                RestoreFiles.move(previous, database);
            }
            undoAdoption(chain, backup);
            removeQuietly(staging);
        } catch (IOException | RuntimeException e) {
            LOG.error("putting the previous database back failed", e);
            throw new RestoreFailed(Reason.ROLLBACK_FAILED, previous == null ? database : previous, e);
        }
    }

    private static void removeQuietly(Path folder) {
        try {
            RestoreFiles.remove(folder);
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", folder.getFileName(), e.getClass().getSimpleName());
        }
    }

    /** The id named by the data folder, for tests. */
    static String databaseId(Path dataDir) {
        return DatabaseUnlock.databaseId(DataDirectory.database(dataDir));
    }
}
