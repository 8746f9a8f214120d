package org.residencedesk.port.platform;

/**
 * The platform (or the TLS handshake, or the station's own configuration) said no: repeating the request
 * unchanged will not help, an administrator must act. The message is Chinese, for an operator.
 */
public final class PlatformRefused extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Kind {
        /** No {@code platform.properties}, or one that was refused at start. */
        NOT_CONFIGURED,
        /** The server's certificate is not the province's, or the platform refused the station's certificate. */
        TLS,
        /** A 4xx answer with the platform's {@code {"code", "message"}}. */
        REQUEST,
        /** A 200 answer that does not follow the contract. */
        PROTOCOL
    }

    private final Kind kind;

    public PlatformRefused(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
