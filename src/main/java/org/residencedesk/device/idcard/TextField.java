package org.residencedesk.device.idcard;

/** Fields found in the 256-byte text block across the card kinds. */
public enum TextField {
    NAME, ENGLISH_NAME, ENGLISH_NAME_CONTINUED, SEX, ETHNIC_CODE, BIRTH_DATE, ADDRESS, ID_NUMBER,
    ISSUING_AUTHORITY, VALID_FROM, VALID_UNTIL, PASS_NUMBER, ISSUE_COUNT, NATIONALITY, CARD_VERSION
}
