package org.residencedesk.service.sync;

import java.time.Instant;

/**
 * What this process's uploader is doing now (ADR 0340), kept in memory and read without the database or the
 * platform: whether a run is going (started by 立即同步, the schedule or a change), how far it got, and how many runs
 * ended since the process started (a screen that sees this number change reads the history again).
 *
 * @param running        true from the moment a run holds the station's lease until it has stored its result
 * @param trigger        the running run's trigger ({@code schedule}, {@code change}, {@code operator:<login>}); null
 *                       when idle
 * @param startedAt      when the running run started; null when idle
 * @param backlogAtStart events queued when the run began sending (-1 until the platform's cursor was read)
 * @param confirmed      events of this run the platform has answered (accepted, already held or rejected)
 * @param batches        batches of this run the platform has answered
 * @param runsEnded      runs of this process that ended, of any outcome
 */
public record SyncActivity(boolean running, String trigger, Instant startedAt, long backlogAtStart, long confirmed,
                           int batches, long runsEnded) {
    static final SyncActivity IDLE = new SyncActivity(false, null, null, -1, 0, 0, 0);

    /** The share of the queue at the start that the platform has answered, 0..1; -1 while nothing is known yet. */
    public double share() {
        if (!running || backlogAtStart <= 0 || confirmed == 0) {
            return -1;
        }
        return Math.min(1.0, (double) confirmed / backlogAtStart);
    }

    SyncActivity started(String runTrigger, Instant at) {
        return new SyncActivity(true, runTrigger, at, -1, 0, 0, runsEnded);
    }

    SyncActivity sending(long backlog) {
        return new SyncActivity(running, trigger, startedAt, backlog, confirmed, batches, runsEnded);
    }

    SyncActivity answered(int events) {
        return new SyncActivity(running, trigger, startedAt, backlogAtStart, confirmed + events, batches + 1,
                runsEnded);
    }

    SyncActivity ended() {
        return new SyncActivity(false, null, null, -1, 0, 0, runsEnded + 1);
    }
}
