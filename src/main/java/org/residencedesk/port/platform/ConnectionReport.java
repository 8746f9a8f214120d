package org.residencedesk.port.platform;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a 连接测试: each step that was tried, in order, with a Chinese message saying what works or what
 * does not and what to check; steps after the first failure are not tried. {@code clockSkew} is the platform's
 * time minus the station's, when the platform answered.
 */
public record ConnectionReport(List<Step> steps, Optional<Duration> clockSkew) {
    public ConnectionReport {
        steps = List.copyOf(steps);
    }

    /** The steps of a test, in the order they are tried. */
    public enum Check {
        /** The settings themselves: the address, the files, the password, the certificate store opens. */
        CONFIGURATION,
        /** DNS and a TCP connection to the platform's port. */
        NETWORK,
        /** The server presents a certificate of the province's CA (https only). */
        SERVER_CERTIFICATE,
        /** The platform accepts the station's certificate and answers a request. */
        CLIENT_CERTIFICATE,
        /** The station's clock against {@code GET /api/v1/time} (a warning beyond 5 minutes). */
        CLOCK
    }

    public record Step(Check check, boolean passed, String message) {
    }

    /** True when every step passed (the clock included). */
    public boolean passed() {
        return !steps.isEmpty() && steps.stream().allMatch(Step::passed);
    }
}
