package org.residencedesk.domain.permit;

/** What proves the start of residence time. */
public enum ResidenceEvidence implements Labelled {
    /** 居住登记 (arrival/registration date). */
    REGISTRATION,
    /** 在校登记: school enrolment time counted as residence time (policy). */
    SCHOOL_ENROLMENT,
    /** 交纳社保时间: social-insurance payment time counted as residence time (policy). */
    SOCIAL_INSURANCE;

    @Override
    public String labelKey() {
        return "permit.evidence." + name();
    }
}
