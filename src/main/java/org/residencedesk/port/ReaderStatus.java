package org.residencedesk.port;

import java.util.Objects;

/**
 * The reader's state for the status bar. {@code text} is the ready-to-show Chinese text
 * (已连接 / 未连接 / 读卡失败：原因); {@code reasonCode} names the failure for logs and tests.
 */
public record ReaderStatus(State state, String text, String reasonCode) {

    public enum State { CONNECTED, DISCONNECTED, READ_FAILED }

    public ReaderStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(text, "text");
    }
}
