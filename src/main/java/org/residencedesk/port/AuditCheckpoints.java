package org.residencedesk.port;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Signed records of the audit chain's head, kept outside the database (docs/decisions/0138): a database
 * whose chain is shorter than, or differs from, a checkpoint lost or changed entries after it was written.
 */
public interface AuditCheckpoints {
    /** The chain had {@code seq} entries and its newest hash was {@code hash} at {@code at}. */
    record Checkpoint(long seq, String hash, Instant at) {
    }

    /** Every checkpoint whose signature holds, and how many lines did not (changed or forged). */
    record Recorded(List<Checkpoint> checkpoints, int forged) {
        public Recorded {
            checkpoints = List.copyOf(checkpoints);
        }

        public Optional<Checkpoint> newest() {
            return checkpoints.stream().max(Comparator.comparingLong(Checkpoint::seq));
        }
    }

    Recorded read();

    /** Appends one signed checkpoint and forces it to disk. */
    void append(Checkpoint checkpoint);

    /** Where the checkpoints are kept, for messages and logs. */
    String location();

    /**
     * After a restore (docs/decisions/0157): the whole file is kept as an archive beside it, and the file
     * afterwards holds only {@code kept} (checkpoints the restored chain still holds). Atomic: the file is
     * replaced in one step.
     *
     * @param suffix names the archive, e.g. the restore's time
     * @return where the archive is, for {@link #undoArchive} and the audit entry
     */
    String archiveAndKeep(List<Checkpoint> kept, String suffix);

    /** Puts the archived file back in place (a restore that failed after {@link #archiveAndKeep}). */
    void undoArchive(String archive);
}
