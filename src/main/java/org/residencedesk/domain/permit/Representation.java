package org.residencedesk.domain.permit;

/** Who applies: regulation art. 9 lets a guardian or near relative apply for minors under 16 and
 * for elderly or disabled people with limited mobility. */
public enum Representation implements Labelled {
    IN_PERSON,
    /** 监护人. */
    GUARDIAN,
    /** 近亲属. */
    NEAR_RELATIVE;

    public boolean represented() {
        return this != IN_PERSON;
    }

    @Override
    public String labelKey() {
        return "permit.representation." + name();
    }
}
