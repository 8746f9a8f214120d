package org.residencedesk.platformsim;

import java.util.Random;

/**
 * The simulator's fault injection, settable while it runs (tests) or from its flags: refuse a share of requests
 * with 503 and {@code Retry-After}, answer slowly, drop the connection after storing a batch, reject one event
 * type, answer the inbox with a body that is not JSON. Percentages are drawn from a seeded random source so a run is reproducible.
 */
public final class Faults {
    private volatile int refusePercent;
    private volatile int retryAfterSeconds = 1;
    private volatile long slowMillis;
    private volatile int dropAfterStorePercent;
    private volatile String rejectType;
    private volatile boolean garbleInbox;
    private final Random random;

    public Faults(long seed) {
        this.random = new Random(seed);
    }

    public Faults refusePercent(int percent) {
        this.refusePercent = percent;
        return this;
    }

    public Faults retryAfterSeconds(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public Faults slowMillis(long millis) {
        this.slowMillis = millis;
        return this;
    }

    public Faults dropAfterStorePercent(int percent) {
        this.dropAfterStorePercent = percent;
        return this;
    }

    /** Events of this type are stored as REJECTED (null: none). */
    public Faults rejectType(String type) {
        this.rejectType = type;
        return this;
    }

    /** While set, the inbox answers 200 with a body that is not JSON (a proxy's error page, a cut-off answer). */
    public Faults garbleInbox(boolean garble) {
        this.garbleInbox = garble;
        return this;
    }

    boolean garbleInbox() {
        return garbleInbox;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    long slowMillis() {
        return slowMillis;
    }

    String rejectType() {
        return rejectType;
    }

    boolean refuseNow() {
        return draw(refusePercent);
    }

    boolean dropNow() {
        return draw(dropAfterStorePercent);
    }

    private boolean draw(int percent) {
        if (percent <= 0) {
            return false;
        }
        synchronized (random) {
            return random.nextInt(100) < percent;
        }
    }
}
