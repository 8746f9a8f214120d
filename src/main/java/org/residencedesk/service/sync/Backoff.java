package org.residencedesk.service.sync;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * Exponential backoff with jitter (ADR 0203): attempt n waits a random time between half and all of
 * {@code base · 2ⁿ}, at most {@code cap}; a {@code Retry-After} from the platform is a floor. The random source is
 * injected (seeded in tests) so the waits are reproducible.
 */
public final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final Random random;

    public Backoff(Duration base, Duration cap, Random random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The wait before retry number {@code attempt} (0 for the first retry). */
    public synchronized Duration delay(int attempt, Optional<Duration> retryAfter) {
        long ceiling = base.toMillis() << Math.min(attempt, 20);
        ceiling = Math.min(ceiling, cap.toMillis());
        long jittered = ceiling / 2 + (long) (random.nextDouble() * (ceiling - ceiling / 2));
        long floor = retryAfter.map(Duration::toMillis).orElse(0L);
        return Duration.ofMillis(Math.max(jittered, floor));
    }
}
