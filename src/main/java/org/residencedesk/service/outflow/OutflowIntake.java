package org.residencedesk.service.outflow;

import org.residencedesk.service.NoOperator;

/**
 * The one door through which OUTFLOW_NOTICE messages of the platform's inbox reach the 流出人口 register
 * (ADR 0222), like {@code service.permit.PlatformIntake}: the station acts, no operator signs, every change is
 * audited and uploaded as "platform". Only the composition root ({@code app}) and the sync inbox
 * ({@code service.sync}) may use it (ArchitectureTest); nothing typed at the counter reaches it.
 */
public final class OutflowIntake {
    private final OutflowService outflows;

    public OutflowIntake(OutflowService outflows) {
        this.outflows = outflows;
    }

    /**
     * Applies one notice: ARRIVED opens a period or updates the open one, LEFT ends the open period at that place.
     * Idempotent (the same notice again changes nothing and returns {@link NoticeOutcome#UNCHANGED}); joins the
     * caller's transaction, so the inbox can store its cursor in the same commit; never throws for a business
     * reason (an unusable notice is {@link NoticeOutcome#INVALID} or {@link NoticeOutcome#NOT_OUR_AREA}).
     */
    @NoOperator("an OUTFLOW_NOTICE from the platform's sync inbox: the station acts, audited as the platform; only app and service.sync may call it")
    public NoticeOutcome applyNotice(OutflowNotice notice) {
        return outflows.applyNotice(notice);
    }
}
