package org.residencedesk.domain.register;

/** What a register search looks at; {@code null} from the caller means "guess from the text". */
public enum RegisterSearch {
    /** House code or credit code: exact or prefix. */
    CODE,
    /** Landlord or employer name: prefix. */
    NAME,
    /** Pinyin initials of the landlord or employer name: prefix. */
    INITIALS,
    /** Any part of the address line. */
    ADDRESS
}
