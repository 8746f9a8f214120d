package org.residencedesk.domain.permit;

/** 注销原因. Fraud needs the chief; "other" needs a note. */
public enum CancellationReason implements Labelled {
    MOVED_AWAY, HUKOU_MOVED_HERE, DEATH, FRAUD, OTHER;

    @Override
    public String labelKey() {
        return "permit.cancellation." + name();
    }
}
