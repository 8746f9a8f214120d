package org.residencedesk.domain.identity;

/** The kinds of personal identity numbers a service window meets. */
public enum IdNumberType {
    /** 公民身份号码, GB 11643-1999, 18 characters. */
    CITIZEN,
    /** First-generation 15-digit number (GB 11643-1989); upgraded to 18 characters. */
    LEGACY_15,
    /** 港澳台居民居住证: citizen layout with address code 810000 / 820000 / 830000. */
    HK_MO_TW,
    /** 外国人永久居留身份证 2017 edition: 3 letters + 12 digits. */
    FOREIGN_PR_2017,
    /** 外国人永久居留身份证 2023 edition: 18 characters starting with 9, MOD 11-2 check. */
    FOREIGN_PR_2023
}
