package org.residencedesk.port;

import java.util.Optional;

/**
 * The commit witness (docs/decisions/0363): the newest audit entry (seq, hash) of the last committed change, written
 * outside the database after every commit that appended audit entries. A database that no longer holds the entry
 * the witness names lost confirmed changes (a damaged log tail Derby took for the end of its log).
 */
public interface CommitWitness {
    /** Keeps nothing and finds nothing: a counter of a multi-counter station (the main PC keeps the witness). */
    CommitWitness NONE = new CommitWitness() {
        @Override
        public Reading read() {
            return new Reading(Status.NOT_KEPT, Optional.empty());
        }

        @Override
        public void committed(long seq, String hash) {
        }

        @Override
        public void reset(long seq, String hash) {
        }

        @Override
        public void hold() {
        }

        @Override
        public String location() {
            return "-";
        }
    };

    /** The newest audit entry of a committed change. */
    record Witnessed(long seq, String hash) {
    }

    /** What the file held: a valid slot, nothing, or nothing valid (unreadable or badly signed). */
    enum Status { VALID, MISSING, UNREADABLE, NOT_KEPT }

    /** @param witnessed the newest validly signed slot; present only with {@link Status#VALID} */
    record Reading(Status status, Optional<Witnessed> witnessed) {
    }

    Reading read();

    /** After a commit that appended entry {@code seq}: cheap, not forced to disk, never moves backwards. */
    void committed(long seq, String hash);

    /** Writes both slots with this head and forces them to disk: at start, after a restore. */
    void reset(long seq, String hash);

    /** Confirmed changes were found lost: the witness keeps naming them for this process, whatever commits next. */
    void hold();

    /** Where the witness is kept, for logs. */
    String location();
}
