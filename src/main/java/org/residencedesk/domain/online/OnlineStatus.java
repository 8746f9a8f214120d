package org.residencedesk.domain.online;

/** Where a pre-application stands at the counter. Stored by name. */
public enum OnlineStatus {
    /** Received, the resident has not come yet. */
    PENDING,
    /** The resident's ID card was swiped and matched the pre-application. */
    VERIFIED,
    /** Turned into a registration or permit application. */
    DONE,
    /** Refused at the counter (e.g. the resident did not come, wrong data). */
    REJECTED;

    public boolean isOpen() {
        return this == PENDING || this == VERIFIED;
    }
}
