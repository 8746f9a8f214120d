package org.residencedesk.service.sync;

import java.time.Duration;

/**
 * How hard one run tries: {@code attempts} calls per request before the run ends {@link SyncOutcome#OFFLINE}, the
 * backoff between them, and how long the uploader lease lasts without renewal (ADR 0202).
 */
public record SyncSettings(int attempts, Duration leaseTime) {
    /** The window's scheduled runs: patient (the next run comes anyway). */
    public static final SyncSettings SCHEDULED = new SyncSettings(6, Duration.ofMinutes(2));
    /** {@code sync --once} and 立即同步: a few tries, then the operator is told. */
    public static final SyncSettings ON_DEMAND = new SyncSettings(2, Duration.ofMinutes(2));
}
