package org.residencedesk.port.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the uploader keeps in the station database besides the outbox (Flyway V14): the one uploader lease, the
 * history of runs and the alert that stops uploading. Every method joins the caller's transaction.
 */
public interface SyncStateStore {
    /**
     * Takes or renews the uploader lease for {@code holder} until {@code until}: succeeds when nobody holds it, the
     * holder is {@code holder} already, or the previous holder's lease ran out before {@code now}.
     */
    boolean acquireLease(String holder, Instant now, Instant until);

    /** Gives the lease back if {@code holder} holds it. */
    void releaseLease(String holder);

    /** Appends one finished run and returns its id. */
    long recordRun(SyncRun run);

    /** The latest runs, newest first. */
    List<SyncRun> recentRuns(int limit);

    /** The latest run that reached the platform, if any. */
    Optional<SyncRun> lastSuccessfulRun();

    /** The open alert, if any: uploading is stopped until it is cleared. */
    Optional<SyncAlert> openAlert();

    void raiseAlert(SyncAlert alert);

    /** Closes the open alert, naming who cleared it; false if there was none. */
    boolean clearAlert(String clearedBy, Instant at);

    /**
     * One upload run. {@code outcome} is a {@code SyncOutcome} name; {@code message} is Chinese or null; {@code inbox}
     * the platform messages the run received (V20).
     */
    record SyncRun(long id, Instant startedAt, Instant finishedAt, String trigger, String outcome, int uploaded,
                   int duplicates, int rejected, long backlog, long lastAcceptedSeq, String message, int inbox) {
    }

    /** An alert: {@code kind} is {@code CONFLICT} or {@code GAP}; {@code seq} the event it is about. */
    record SyncAlert(Instant raisedAt, String kind, long seq, String message) {
    }
}
