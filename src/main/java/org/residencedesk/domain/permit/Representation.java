package org.residencedesk.domain.permit;

/**
 * Who applies: regulation art. 9 lets (not makes) a guardian or near relative apply for minors under 16 and
 * for elderly or disabled people with limited mobility. A minor may also apply in person with a guardian
 * present (ADR 0173). Stored by name: never rename a constant.
 */
public enum Representation implements Labelled {
    IN_PERSON,
    /** 本人申领，监护人陪同: the applicant applies; a guardian is present and shows their ID. */
    IN_PERSON_WITH_GUARDIAN,
    /** 监护人. */
    GUARDIAN,
    /** 近亲属. */
    NEAR_RELATIVE;

    /** Someone applies in the applicant's place (代为申领). */
    public boolean represented() {
        return this == GUARDIAN || this == NEAR_RELATIVE;
    }

    /** Someone besides the applicant is at the counter and shows their ID (代办 or 陪同). */
    public boolean guardianOrRelativePresent() {
        return this != IN_PERSON;
    }

    @Override
    public String labelKey() {
        return "permit.representation." + name();
    }
}
