package org.residencedesk.domain.registration;

/** Where a residence registration stands. Stored by name: never rename a constant. */
public enum RegistrationStatus {
    /** 有效: the person lives at the registered address. */
    ACTIVE,
    /** 已注销: moved out, returned home, died, or registered twice by mistake. */
    CANCELLED,
    /** 已换地: superseded by a re-registration at a new address in this station. */
    SUPERSEDED
}
