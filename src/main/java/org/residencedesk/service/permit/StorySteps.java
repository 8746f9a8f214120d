package org.residencedesk.service.permit;

import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.Handover;

/**
 * The steps a demo permit's story ({@link PermitTimeline}) takes on the moving clock's current instant: through the
 * real stage services, one transaction each ({@link ServiceStorySteps}, ADR 0191), or on the aggregate in memory for
 * the bulk path ({@link AggregateStorySteps}, ADR 0390). Either way the domain aggregate judges every step.
 */
interface StorySteps {
    /** The applicant's circumstances as the eligibility check reports them today (basis proof assumed shown). */
    ApplicantCircumstances circumstances(long person);

    /** 申领; returns the new permit's id. */
    String submit(long person, ApplicationRequest request);

    void accept(String id);

    void approve(String id);

    void reject(String id, String reason);

    /** 注销 for "other" with the note (a withdrawn application). */
    void withdraw(String id, String note);

    /** Prepares a card and records it as printed by the demo printer. */
    void print(String id, PrintSpec spec);

    void issue(String id, Handover handover);

    void endorse(String id);

    /** The lapse job on today. */
    void refreshLapses();

    /** 换领 with the old card returned. */
    void replace(String id);

    /** 补领. */
    void reissue(String id);
}
