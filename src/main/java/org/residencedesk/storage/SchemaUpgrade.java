package org.residencedesk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.residencedesk.port.DatabaseBackups;
import org.residencedesk.port.DatabaseBackups.Backup;
import org.residencedesk.port.DatabaseBackups.BackupException;
import org.residencedesk.port.SchemaUpgradeFailed;
import org.residencedesk.port.SchemaUpgradeFailed.Reason;
import org.residencedesk.port.StationProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date at start (docs/decisions/0252). A new database is simply migrated. An existing
 * one with pending migrations is first backed up through the real backup path ({@link DerbyDatabaseBackups},
 * signed manifest, still encrypted) into the pre-upgrade folder, then migrated; if a migration fails, Derby is
 * shut down, the failed database is set aside as {@code db-failed-upgrade} and the backup's copy is put in
 * place and booted again, and {@link SchemaUpgradeFailed} says so. A database migrated by a newer program is
 * refused before anything changes.
 */
public final class SchemaUpgrade {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaUpgrade.class);
    /** The sibling of the data folder that keeps the automatic backups: {@code <data folder>.pre-upgrade}. */
    public static final String PRE_UPGRADE_SUFFIX = ".pre-upgrade";
    /** The failed database, kept for the support engineer; replaced at the next failure. */
    static final String FAILED = "db-failed-upgrade";
    /** How many pre-upgrade backups are kept in their folder. */
    static final int KEEP = 3;

    /**
     * How a start migrates.
     *
     * @param locations Flyway locations (tests add a broken one)
     * @param preUpgradeFolder where the automatic backup goes; created 0700 when missing; null: no backup (a
     *                         restore's staged copy, which is a copy of a backup already)
     * @param clock names and dates the backup
     * @param appVersion written into the backup's manifest
     */
    public record Options(List<String> locations, Path preUpgradeFolder, Clock clock, String appVersion) {
        public static final String MIGRATIONS = "classpath:db/migration";

        /** The product's migrations; the backup beside the data folder that holds {@code databaseDir}. */
        public static Options standard(Path databaseDir, Clock clock, String appVersion) {
            return new Options(List.of(MIGRATIONS), preUpgradeFolderOf(databaseDir.toAbsolutePath().getParent()),
                    clock, appVersion);
        }

        /** The product's migrations without a backup first: only for a restore's staged copy. */
        public static Options withoutBackup(Clock clock, String appVersion) {
            return new Options(List.of(MIGRATIONS), null, clock, appVersion);
        }
    }

    /** What the start did to the schema. */
    public record Outcome(String fromVersion, String toVersion, Backup backup) {
    }

    private SchemaUpgrade() {
    }

    public static Path preUpgradeFolderOf(Path dataDir) {
        Path data = dataDir.toAbsolutePath().normalize();
        return data.resolveSibling(data.getFileName() + PRE_UPGRADE_SUFFIX);
    }

    /**
     * Migrates the booted database behind {@code ds}; {@code shutdown} stops Derby's copy of it before a restore.
     *
     * @return the versions and the pre-upgrade backup (null when there was nothing to back up)
     * @throws SchemaUpgradeFailed see its reasons; the database is as it was before unless RESTORE_FAILED
     */
    static Outcome run(DataSource ds, Path databaseDir, DatabaseKey key, Options options, Runnable shutdown) {
        Flyway flyway = Flyway.configure().dataSource(ds)
                .locations(options.locations().toArray(String[]::new)).load();
        MigrationInfoService info = flyway.info();
        String current = info.current() == null ? "0" : info.current().getVersion().getVersion();
        MigrationInfo[] pending = info.pending();
        String target = pending.length == 0 ? current : pending[pending.length - 1].getVersion().getVersion();
        MigrationInfo[] applied = info.applied();
        if (Arrays.stream(applied).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED)) {
            String known = Arrays.stream(info.all()).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                    && m.getState() != MigrationState.FUTURE_FAILED && m.getVersion() != null)
                    .reduce((a, b) -> b).map(m -> m.getVersion().getVersion()).orElse("0");
            LOG.error("database schema {} is newer than this program knows ({})", current, known);
            throw new SchemaUpgradeFailed(Reason.NEWER_SCHEMA, known, current, "", null);
        }
        if (pending.length == 0) {
            return new Outcome(current, current, null);
        }
        if (applied.length == 0 || options.preUpgradeFolder() == null) {
            flyway.migrate(); // a new database, or a restore's staged copy: nothing of the station's to protect
            return new Outcome(current, target, null);
        }
        Backup backup = backUp(ds, databaseDir, key, options, current, target);
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            LOG.error("migration from schema {} to {} failed; restoring backup {}", current, target, backup.name(), e);
            restore(ds, databaseDir, backup, shutdown, current, target);
            throw new SchemaUpgradeFailed(Reason.RESTORED, current, target, backup.folder().toString(), e);
        }
        LOG.info("database schema upgraded from {} to {} after backup {}", current, target, backup.name());
        return new Outcome(current, target, backup);
    }

    /**
     * A counter's check of the schema the main PC's server keeps (docs/decisions/0320, 0330): counters never migrate.
     *
     * @param server the server's {@code host:port}, for the message
     * @throws SchemaUpgradeFailed NEWER_SCHEMA when the server's schema is newer than this program
     * @throws StationProblem SERVER_SCHEMA_OLDER when the server's schema is older: the main PC must be upgraded first
     */
    static Outcome check(DataSource ds, String server) {
        Flyway flyway = Flyway.configure().dataSource(ds).locations(Options.MIGRATIONS).load();
        MigrationInfoService info = flyway.info();
        String current = info.current() == null ? "0" : info.current().getVersion().getVersion();
        if (Arrays.stream(info.applied()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS)) {
            throw new SchemaUpgradeFailed(Reason.NEWER_SCHEMA, "?", current, "", null);
        }
        MigrationInfo[] pending = info.pending();
        if (pending.length > 0) {
            String needed = pending[pending.length - 1].getVersion().getVersion();
            LOG.error("the server's schema {} is older than this counter's program ({}): upgrade the main PC first",
                    current, needed);
            throw new StationProblem(StationProblem.Kind.SERVER_SCHEMA_OLDER, server, null, current, needed);
        }
        return new Outcome(current, current, null);
    }

    private static Backup backUp(DataSource ds, Path databaseDir, DatabaseKey key, Options options, String from,
                                 String to) {
        Path folder = options.preUpgradeFolder().toAbsolutePath().normalize();
        DerbyDatabaseBackups backups = new DerbyDatabaseBackups(ds::getConnection, databaseDir, key.secret());
        try {
            PrivateFiles.createDirectories(folder);
            PrivateFiles.restrict(folder);
            long[] head = {0};
            String[] hash = {""};
            String station = stationCode(ds, head, hash);
            Backup written = backups.create(folder, new DatabaseBackups.Label(station,
                    options.clock().instant().truncatedTo(ChronoUnit.SECONDS), options.appVersion(), head[0], hash[0]));
            List<Backup> all = backups.list(folder);
            for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
                if (!old.name().equals(written.name())) {
                    backups.delete(old);
                }
            }
            return written;
        } catch (BackupException | IOException | RuntimeException e) {
            LOG.error("pre-upgrade backup from schema {} to {} failed; not upgrading", from, to, e);
            throw new SchemaUpgradeFailed(Reason.BACKUP_FAILED, from, to, folder.toString(), e);
        }
    }

    /** The station code and the audit chain head for the manifest, as the old schema has them. */
    private static String stationCode(DataSource ds, long[] head, String[] hash) {
        String code = "-";
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT CODE FROM STATION")) {
                if (rs.next()) {
                    code = rs.getString(1).trim();
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT SEQ, HASH FROM AUDIT_ENTRY ORDER BY SEQ DESC FETCH FIRST 1 ROWS ONLY")) {
                if (rs.next()) {
                    head[0] = rs.getLong(1);
                    hash[0] = rs.getString(2);
                }
            }
        } catch (SQLException e) {
            LOG.warn("station code or audit head unknown for the pre-upgrade backup (SQLState {})", e.getSQLState());
        }
        return code;
    }

    private static void restore(DataSource ds, Path databaseDir, Backup backup, Runnable shutdown, String from,
                                String to) {
        Path dir = databaseDir.toAbsolutePath().normalize();
        Path failed = dir.resolveSibling(FAILED);
        try {
            shutdown.run();
            RestoreFiles.remove(failed);
            RestoreFiles.move(dir, failed);
            copyTree(backup.folder().resolve("db"), dir);
            PrivateFiles.restrictTree(dir);
            try (Connection c = ds.getConnection()) {
                LOG.info("pre-upgrade backup {} back in place and booted", backup.name());
            }
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.error("restoring the pre-upgrade backup {} failed", backup.name(), e);
            throw new SchemaUpgradeFailed(Reason.RESTORE_FAILED, from, to, backup.folder().toString(), e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    PrivateFiles.createDirectories(target);
                } else {
                    Files.copy(p, target, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }
}
