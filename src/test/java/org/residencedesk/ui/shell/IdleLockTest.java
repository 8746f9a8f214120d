package org.residencedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.residencedesk.testing.TestClock;

/** The idle lock on an injected clock: input restarts the idle time, the tick locks once it has passed. */
class IdleLockTest {
    private final TestClock clock = TestClock.at("2026-11-28T01:00:00Z");
    private final IdleLock lock = new IdleLock(clock, Duration.ofMinutes(10));

    @Test
    void locksWhenTheIdleTimeHasPassedWithoutInput() {
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(lock.tick()).isFalse();
        assertThat(lock.locked().get()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(lock.tick()).as("exactly ten minutes").isTrue();
        assertThat(lock.locked().get()).isTrue();
        assertThat(lock.tick()).as("locks once").isFalse();
    }

    @Test
    void inputRestartsTheIdleTimeButNotWhileLocked() {
        clock.advance(Duration.ofMinutes(9));
        lock.inputSeen();
        clock.advance(Duration.ofMinutes(9));
        assertThat(lock.tick()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(lock.tick()).isTrue();

        clock.advance(Duration.ofMinutes(1));
        lock.inputSeen(); // typing on the lock screen does not unlock it
        assertThat(lock.locked().get()).isTrue();

        lock.unlocked();
        assertThat(lock.locked().get()).isFalse();
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(lock.tick()).as("the idle time starts again at unlock").isFalse();
    }

    @Test
    void theOperatorCanLockAtOnceAndTheIdleTimeMustBePositive() {
        assertThat(lock.lockNow()).isTrue();
        assertThat(lock.lockNow()).isFalse();
        assertThat(lock.locked().get()).isTrue();
        assertThatThrownBy(() -> new IdleLock(clock, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
