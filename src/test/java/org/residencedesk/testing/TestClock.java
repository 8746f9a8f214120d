package org.residencedesk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests can move: date rules are tested at their boundaries, never against the wall clock. */
public final class TestClock extends Clock {
    public static final ZoneId STATION_ZONE = ZoneId.of("Asia/Shanghai");
    private volatile Instant now;
    private final ZoneId zone;

    public TestClock(Instant start) {
        this(start, STATION_ZONE);
    }

    private TestClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public static TestClock at(String isoInstant) {
        return new TestClock(Instant.parse(isoInstant));
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new TestClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
