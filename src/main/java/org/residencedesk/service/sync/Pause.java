package org.residencedesk.service.sync;

import java.time.Duration;

/**
 * How the uploader waits between retries: {@code Thread.sleep} in the product, a recorder that does not wait in
 * tests (no sleeps in tests; the waits are asserted instead).
 */
@FunctionalInterface
public interface Pause {
    void pause(Duration duration) throws InterruptedException;

    /** Really waits. */
    static Pause sleeping() {
        return d -> Thread.sleep(d.toMillis());
    }
}
