package org.residencedesk.domain.outbox;

/** Event types of PLATFORM-API.md §1, spelled as the platform expects them. */
public enum EventType {
    REGISTRATION_CREATED,
    REGISTRATION_CHANGED,
    REGISTRATION_CANCELLED,
    PERMIT_APPLICATION_ACCEPTED,
    PERMIT_APPLICATION_REVIEWED,
    PERMIT_PRINTED,
    PERMIT_ISSUED,
    PERMIT_ENDORSED,
    PERMIT_REPLACED,
    PERMIT_CANCELLED,
    // since contract version 1.1
    /** A rental house or other dwelling entered in the house register (以房管人). */
    HOUSE_REGISTERED,
    HOUSE_CHANGED,
    /** An employer entered in the employer register (以业管人). */
    EMPLOYER_REGISTERED,
    EMPLOYER_CHANGED,
    /** A person of this area's hukou living elsewhere (流出人口). */
    OUTFLOW_REGISTERED,
    OUTFLOW_CHANGED,
    OUTFLOW_ENDED,
    /** The station's audit chain head ({@code {"entries": n, "head": "hex"}}). */
    AUDIT_CHECKPOINT
}
