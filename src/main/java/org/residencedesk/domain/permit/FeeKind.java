package org.residencedesk.domain.permit;

/** Card fees; the first issue and endorsements are free by regulation, so only these two exist. */
public enum FeeKind implements Labelled {
    /** 换领: a damaged card exchanged. */
    REPLACEMENT,
    /** 补领: a lost card issued again. */
    REISSUE;

    @Override
    public String labelKey() {
        return "permit.fee." + name();
    }
}
