package org.residencedesk.device.idcard.sim;

/** Ways the simulator can misbehave on one reply, to test the client's robustness. */
public enum Fault {
    /** The reply's last byte (CHK) is flipped. */
    CORRUPT_CHECKSUM,
    /** Only the first half of the reply is sent. */
    TRUNCATE,
    /** No reply at all. */
    SILENCE,
    /** Line noise (including a false preamble start) precedes the reply. */
    GARBAGE_BEFORE,
    /** The reply is written in several small pieces with pauses between them. */
    SPLIT_WRITES
}
