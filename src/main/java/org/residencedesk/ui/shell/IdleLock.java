package org.residencedesk.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * When the window locks itself (docs/decisions/0162): the shell reports every key press, click and mouse move with
 * {@link #inputSeen} and calls {@link #tick} periodically; once the idle time has passed on the injected clock
 * without input, {@link #locked()} turns true. Input while locked does not count (only unlocking ends the lock).
 * FX thread only.
 */
public final class IdleLock {
    private final Clock clock;
    private final Duration idleTime;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private Instant lastInput;

    public IdleLock(Clock clock, Duration idleTime) {
        if (idleTime.isNegative() || idleTime.isZero()) {
            throw new IllegalArgumentException("idle time must be positive: " + idleTime);
        }
        this.clock = clock;
        this.idleTime = idleTime;
        this.lastInput = clock.instant();
    }

    public ReadOnlyBooleanProperty locked() {
        return locked.getReadOnlyProperty();
    }

    public Duration idleTime() {
        return idleTime;
    }

    /** The operator typed, clicked or moved the mouse. */
    public void inputSeen() {
        if (!locked.get()) {
            lastInput = clock.instant();
        }
    }

    /** @return true when this tick locked the window (the idle time has just passed) */
    public boolean tick() {
        if (!locked.get() && !clock.instant().isBefore(lastInput.plus(idleTime))) {
            locked.set(true);
            return true;
        }
        return false;
    }

    /** The operator locks the window on leaving the counter. @return true when it was not locked yet */
    public boolean lockNow() {
        if (locked.get()) {
            return false;
        }
        locked.set(true);
        return true;
    }

    /** The same operator gave their password: the idle time starts again. */
    public void unlocked() {
        lastInput = clock.instant();
        locked.set(false);
    }
}
