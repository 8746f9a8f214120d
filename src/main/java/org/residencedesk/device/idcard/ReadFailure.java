package org.residencedesk.device.idcard;

import java.util.Objects;

/** A typed failure with its Chinese explanation; what crosses the device boundary instead of exceptions. */
public record ReadFailure(ReadErrorCode code, String message) {
    public ReadFailure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
