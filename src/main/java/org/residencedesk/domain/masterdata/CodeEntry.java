package org.residencedesk.domain.masterdata;

/**
 * One row of a code table (GB/T standard tables, police form lists).
 *
 * @param code       the code as stored and sent to the platform
 * @param name       the Chinese display name
 * @param parentCode the grouping code (education sub-levels, residence type groups) or null
 * @param initials   lower-case pinyin initials of the name, for keyboard look-up (洪山区 → hsq)
 */
public record CodeEntry(String code, String name, String parentCode, String initials) {
    public String display() {
        return code + " " + name;
    }
}
