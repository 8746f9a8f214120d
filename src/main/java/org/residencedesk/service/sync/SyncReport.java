package org.residencedesk.service.sync;

/**
 * What one run did, or (for {@code sync --status}) where the station stands: the keys of the CLI's JSON.
 * {@code lastAcceptedSeq} is the platform's cursor as last seen (for a status: the highest seq the platform has
 * acknowledged). {@code inbox} counts inbox messages that took effect in this run (applied, or a notice stored; ADR 0265); a
 * status reports 0 (the run history does not keep it).
 * {@code message} is Chinese, or null when there is nothing to say.
 */
public record SyncReport(SyncOutcome outcome, int uploaded, int duplicates, int rejected, long backlog,
                         long lastAcceptedSeq, int inbox, String message) {
    /** True when the platform was reached. */
    public boolean reached() {
        return outcome == SyncOutcome.OK || outcome == SyncOutcome.STOPPED;
    }
}
