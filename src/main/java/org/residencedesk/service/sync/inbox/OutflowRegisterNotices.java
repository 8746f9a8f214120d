package org.residencedesk.service.sync.inbox;

import java.util.Map;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.outflow.NoticeOutcome;
import org.residencedesk.service.outflow.OutflowIntake;

/**
 * The outflow register behind the inbox (ADRs 0222, 0267): each OUTFLOW_NOTICE goes to {@link OutflowIntake}
 * inside the inbox's transaction. A notice the register cannot use (not this station's area, no matching period,
 * unusable values) is refused with its Chinese reason, so it is listed for an operator and never blocks the
 * messages after it; the same notice twice changes nothing.
 */
public final class OutflowRegisterNotices implements OutflowNotices {
    private final OutflowIntake intake;

    public OutflowRegisterNotices(OutflowIntake intake) {
        this.intake = intake;
    }

    @Override
    @org.residencedesk.service.NoOperator("the platform's OUTFLOW_NOTICE carries no operator: the station applies it "
            + "inside the inbox's transaction (ADRs 0222, 0267)")
    public void applyNotice(OutflowNotices.OutflowNotice notice) {
        NoticeOutcome outcome = intake.applyNotice(new org.residencedesk.service.outflow.OutflowNotice(
                org.residencedesk.service.outflow.OutflowNotice.Change.valueOf(notice.change().name()), notice.idNumber(), notice.name(),
                notice.hukouDivision(), notice.residenceDivision(), notice.residenceAddress(), notice.date(),
                notice.employer(), notice.mobile(), notice.reportingStation()));
        switch (outcome) {
            case NOT_OUR_AREA -> throw refused(InboxMessages.get("syncInbox.outflow.NOT_OUR_AREA"));
            case NO_MATCHING_PERIOD -> throw refused(InboxMessages.get("syncInbox.outflow.NO_MATCHING_PERIOD"));
            case INVALID -> throw refused(InboxMessages.get("syncInbox.outflow.INVALID"));
            default -> { }
        }
    }

    private static ValidationFailure refused(String reason) {
        return new ValidationFailure(Map.of("outflowNotice", reason));
    }
}
