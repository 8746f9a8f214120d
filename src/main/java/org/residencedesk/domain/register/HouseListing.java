package org.residencedesk.domain.register;

/** Which houses a register list shows besides the search text (房屋登记簿's filter). */
public enum HouseListing {
    /** Every house the search text finds. */
    ALL,
    /** 超员: more people registered now than the house may hold. */
    OVER_CAPACITY,
    /** 全部迁出: people lived there and nobody is registered there now. */
    ALL_MOVED_OUT
}
