package org.residencedesk.service.sync.inbox;

/** What became of one inbox message (stored by name in {@code SYNC_INBOX_MESSAGE.OUTCOME}, ADR 0265). */
public enum InboxOutcome {
    /** Its effect committed: a permit moved, a pre-application queued, a code table replaced, an outflow noted. */
    APPLIED,
    /** A NOTICE, stored for operators. */
    NOTICE,
    /** Read and acknowledged without effect, with the reason (an older table version, a result for no application). */
    IGNORED,
    /** Malformed (missing or invalid fields, unknown type, a table that does not validate): skipped, with the reason. */
    REFUSED,
    /** An OUTFLOW_NOTICE kept with its payload until the outflow register takes it. */
    UNHANDLED
}
