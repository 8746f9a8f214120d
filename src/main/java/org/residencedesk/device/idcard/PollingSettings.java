package org.residencedesk.device.idcard;

/**
 * Timing of the polling reader.
 *
 * @param pollIntervalMillis pause between two find-card attempts
 * @param replyTimeoutMillis how long one command may wait for its reply (base info needs ~120 ms at 115200)
 * @param reconnectDelayMillis pause between connection attempts while the reader is absent
 * @param removalPolls consecutive "no card" answers that mean the card was taken away; some readers
 *        answer "no card" once right after a read while the card still lies there
 * @param silentPollsBeforeReconnect consecutive timeouts after which the port is reopened
 */
public record PollingSettings(
        int pollIntervalMillis,
        int replyTimeoutMillis,
        int reconnectDelayMillis,
        int removalPolls,
        int silentPollsBeforeReconnect) {

    public static final PollingSettings DEFAULT = new PollingSettings(300, 1000, 2000, 2, 3);
}
