package org.residencedesk.domain.permit;

/** Lifecycle of a permit application and the permit it becomes (ADR 0052 has the transition table). */
public enum PermitStatus implements Labelled {
    /** 待补材料: submitted, materials incomplete or acceptance not yet done. */
    AWAITING_MATERIALS,
    /** 已受理. */
    ACCEPTED,
    /** 审核通过 (also: a replacement/reissue waiting for its card to be printed). */
    APPROVED,
    /** 审核不通过 (final). */
    REJECTED,
    /** 已制证, waiting to be collected. */
    PRINTED,
    /** 已发证, in force. */
    ISSUED,
    /** 中止: an anniversary passed without endorsement. */
    SUSPENDED,
    /** 已注销 (final). */
    CANCELLED;

    public boolean isFinal() {
        return this == REJECTED || this == CANCELLED;
    }

    @Override
    public String labelKey() {
        return "permit.status." + name();
    }
}
