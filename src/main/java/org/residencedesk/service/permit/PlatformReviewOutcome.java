package org.residencedesk.service.permit;

/**
 * What the platform inbox learns from handing over a review result; it acknowledges the message in
 * every case and shows the last two to an operator (nothing is retried forever).
 */
public enum PlatformReviewOutcome {
    APPLIED,
    /** No application with that acceptance number at this station. */
    UNKNOWN_APPLICATION,
    /** The application is not waiting for review (already reviewed, cancelled ...) or the result predates it. */
    NOT_APPLICABLE
}
