package org.residencedesk.domain.card;

/**
 * The four kinds of card a second-generation reader returns through the same base-info command.
 * The reader tells them apart by the type flag in bytes 248–249 of the text block.
 */
public enum CardType {
    /** 居民身份证 (no type flag). */
    ID_CARD,
    /** 港澳台居民居住证 (flag {@code J}). */
    HK_MO_TW_PERMIT,
    /** 外国人永久居留身份证, 2017 edition (flag {@code I}). */
    FOREIGN_PR_2017,
    /** 外国人永久居留身份证, 2023 edition (flag {@code Y}). */
    FOREIGN_PR_2023;

    public boolean isForeigner() {
        return this == FOREIGN_PR_2017 || this == FOREIGN_PR_2023;
    }
}
