package org.residencedesk.service.sync;

/** How an upload run ended (stored by name in {@code SYNC_RUN.OUTCOME}). */
public enum SyncOutcome {
    /** The platform was reached and the queue drained (rejected events included). */
    OK,
    /** Offline, refused for now, timed out or broken after every retry: the next run tries again. */
    OFFLINE,
    /** The platform or the TLS handshake refused the station: an administrator must act. */
    REFUSED,
    /** A CONFLICT (or a gap the station cannot fill) stopped uploading; an alert is open. */
    STOPPED,
    /** Another process or thread holds the uploader lease. */
    BUSY,
    /** No platform is configured ({@code platform.properties} missing or refused). */
    NOT_CONFIGURED
}
