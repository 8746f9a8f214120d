package org.residencedesk.testing;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Deadline-bounded waiting for tests: polls a condition until it holds or the deadline passes, then fails
 * with what it waited for. Tests use this instead of fixed sleeps, so they are as fast as the code under
 * test and fail with a clear message when the awaited thing never happens.
 */
public final class Await {
    private static final long POLL_MILLIS = 10;

    private Await() {
    }

    /** Waits until {@code condition} is true; fails with "… did not happen within …" at the deadline. */
    public static void until(Duration timeout, String what, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception lastError = null;
        while (true) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
                lastError = null;
            } catch (Exception e) {
                lastError = e;
            }
            if (System.nanoTime() - deadline >= 0) {
                AssertionError failure = new AssertionError(
                        "waited " + timeout.toMillis() + " ms, but this did not happen: " + what);
                if (lastError != null) {
                    failure.initCause(lastError);
                }
                throw failure;
            }
            try {
                Thread.sleep(POLL_MILLIS); // poll interval, not a fixed wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what, e);
            }
        }
    }
}
