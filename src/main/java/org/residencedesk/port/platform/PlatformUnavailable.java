package org.residencedesk.port.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * The platform could not be reached or asked to come back later; the request may or may not have been applied,
 * so the caller retries (PLATFORM-API.md, Transport). The message is Chinese, for an operator.
 */
public final class PlatformUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why, for the sync history and the backoff. */
    public enum Kind {
        /** 429 or 503 with {@code Retry-After}. */
        BUSY,
        /** Any other 5xx. */
        SERVER_ERROR,
        TIMEOUT,
        /** Connection refused, reset or closed before the answer (also: the host is unknown). */
        CONNECTION
    }

    private final Kind kind;
    private final transient Duration retryAfter;

    public PlatformUnavailable(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** The platform's {@code Retry-After}, if it gave one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
