package org.residencedesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.residencedesk.port.DatabaseBackups;

/**
 * The backups of a counter of a multi-counter station (ADR 0320): the database lives on the main PC, whose
 * {@code serve-db} account may not back it up, and a path typed here would name a folder of the main PC. So a counter
 * takes no backup and says where to take it ({@link Problem#ON_COUNTER}: 系统设置 → 备份 or {@code backup} on the main
 * PC); looking at, verifying and deleting backup folders this PC can see still work.
 */
final class CounterBackups implements DatabaseBackups {
    private final DatabaseBackups local;

    CounterBackups(DatabaseBackups local) {
        this.local = local;
    }

    @Override
    public Optional<Problem> checkFolder(Path folder) {
        return Optional.of(Problem.ON_COUNTER);
    }

    @Override
    public Backup create(Path folder, Label label) throws BackupException {
        throw new BackupException(Problem.ON_COUNTER, folder, null);
    }

    @Override
    public List<Backup> list(Path folder) {
        return local.list(folder);
    }

    @Override
    public Backup verify(Path backup) throws BackupException {
        return local.verify(backup);
    }

    @Override
    public void delete(Backup backup) throws IOException {
        local.delete(backup);
    }

    @Override
    public int checkTables() throws BackupException {
        return local.checkTables();
    }
}
