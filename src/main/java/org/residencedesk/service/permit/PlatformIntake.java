package org.residencedesk.service.permit;

import java.time.Instant;
import org.residencedesk.service.NoOperator;

/**
 * The one door through which results of the provincial platform enter the station (docs/decisions/0151):
 * online pre-applications and review results (公安网审签) read from the sync inbox. They carry no operator —
 * the platform is their author and each is audited as "platform" — so the stage services keep these steps
 * package-private, and only the composition root ({@code app}) and the sync package ({@code service.sync})
 * may use this class (ArchitectureTest). Nothing a person at the counter types reaches it.
 */
public final class PlatformIntake {
    private final PermitReviewService review;
    private final OnlineApplicationService online;

    public PlatformIntake(PermitReviewService review, OnlineApplicationService online) {
        this.review = review;
        this.online = online;
    }

    /**
     * Stores a pre-application from the inbox; the same {@code platformRef} again returns the stored one.
     * Unreadable form JSON is refused before anything is stored.
     */
    @NoOperator("a pre-application from the platform's sync inbox, audited as the platform; only app and service.sync may call it")
    public long onlineApplicationReceived(OnlineSubmission submission) {
        return online.enqueueOnlineApplication(submission);
    }

    /** A PERMIT_REVIEW_RESULT from the inbox; never throws for business reasons. */
    @NoOperator("the platform's review result from the sync inbox, audited as the platform; only app and service.sync may call it")
    public PlatformReviewOutcome reviewResultReceived(String acceptanceNumber, boolean approved, String reason,
                                                      Instant reviewedAt) {
        return review.applyPlatformReviewResult(acceptanceNumber, approved, reason, reviewedAt);
    }
}
