package org.residencedesk.service.sync.inbox;

import org.residencedesk.port.platform.PlatformRefused;
import org.residencedesk.port.platform.PlatformUnavailable;

/** How the inbox sends one request: the uploader's retries with backoff, or just once. */
public interface Requests {
    <T> T call(Request<T> request) throws PlatformUnavailable, PlatformRefused, InterruptedException;

    /** One request to the platform. */
    @FunctionalInterface
    interface Request<T> {
        T call() throws PlatformUnavailable, PlatformRefused;
    }

    /** Each request once, no retries. */
    static Requests once() {
        return new Requests() {
            @Override
            public <T> T call(Request<T> request) throws PlatformUnavailable, PlatformRefused {
                return request.call();
            }
        };
    }
}
