package org.residencedesk.service.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Replaces the station's database by a verified backup (docs/decisions/0157). The database being replaced may
 * be damaged, so the administrator signs in against the backup's own accounts; the composition root implements
 * it because it opens a second station context on the restored copy while the station's own is closed.
 */
public interface StationRestore {
    /**
     * @param password wiped by the caller afterwards
     * @throws RestoreFailed nothing was replaced (or, {@link RestoreFailed.Reason#ROLLBACK_FAILED}, the message
     *                       says where the previous database is)
     */
    Restored restore(Path backup, String login, char[] password) throws RestoreFailed;

    /**
     * A completed restore.
     *
     * @param discardedHead the newest audit entry signed before the restore that the restored chain lacks;
     *                      null when nothing was discarded
     * @param previous      where the replaced database was kept; null when the data folder held none
     */
    record Restored(String backupName, Instant backupCreated, long backupHead, Long discardedHead, String previous) {
    }
}
