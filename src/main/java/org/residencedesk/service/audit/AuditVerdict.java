package org.residencedesk.service.audit;

/**
 * The outcome of walking the audit chain and comparing it with the signed checkpoints.
 *
 * @param entries     rows in the audit log
 * @param firstBroken the first entry that is changed, missing or out of order; null when intact (or when only
 *                    the checkpoint file itself was changed)
 */
public record AuditVerdict(boolean ok, long entries, Long firstBroken, Problem problem) {
    /** Why the chain is not intact; {@link #NONE} when it is. */
    public enum Problem {
        NONE,
        /** A row was changed, inserted or removed inside the chain (its keyed hash does not match). */
        ENTRY_ALTERED,
        /** The chain is shorter than a signed checkpoint: entries at the end were deleted. */
        ENTRIES_MISSING,
        /** The chain differs from a signed checkpoint at that checkpoint's entry. */
        CHECKPOINT_MISMATCH,
        /** A line of the checkpoint file does not carry a valid signature. */
        CHECKPOINTS_FORGED,
        /** The database says its chain was never keyed although signed checkpoints exist. */
        CHAIN_NOT_KEYED,
        /** The database does not hold the entry the commit witness saw committed: confirmed changes were lost. */
        CONFIRMED_CHANGES_LOST
    }

    static AuditVerdict intact(long entries) {
        return new AuditVerdict(true, entries, null, Problem.NONE);
    }

    static AuditVerdict broken(long entries, Long firstBroken, Problem problem) {
        return new AuditVerdict(false, entries, firstBroken, problem);
    }
}
