package org.residencedesk.domain.permit;

/** The second condition of regulation art. 2 besides six months of residence: one of these. */
public enum PermitBasis implements Labelled {
    /** 合法稳定就业. */
    STABLE_EMPLOYMENT,
    /** 合法稳定住所. */
    STABLE_RESIDENCE,
    /** 连续就读. */
    CONTINUOUS_STUDY;

    @Override
    public String labelKey() {
        return "permit.basis." + name();
    }
}
