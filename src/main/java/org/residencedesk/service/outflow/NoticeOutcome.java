package org.residencedesk.service.outflow;

/**
 * What an {@link OutflowNotice} did. Never an exception for a business reason: the inbox records the outcome,
 * stores its cursor and moves on (a notice it cannot use must not block the messages after it).
 */
public enum NoticeOutcome {
    /** ARRIVED and no open period: a new one, OUTFLOW_REGISTERED. */
    REGISTERED,
    /** ARRIVED with news for the open period (destination, address, employer, phone): OUTFLOW_CHANGED. */
    CHANGED,
    /** LEFT for the open period's destination: ended, OUTFLOW_ENDED. */
    ENDED,
    /** Seen before, or nothing new: nothing written. */
    UNCHANGED,
    /** The hukou division is not in this station's area: nothing written. */
    NOT_OUR_AREA,
    /** LEFT for a place the open period does not name, or no period at all: nothing written. */
    NO_MATCHING_PERIOD,
    /** Unusable values (ID number, division, date): nothing written; the inbox shows it to an operator. */
    INVALID
}
