package org.residencedesk.domain.masterdata;

import java.util.List;

/**
 * One row of a code table (GB/T standard tables, police form lists).
 *
 * @param code          the code as stored and sent to the platform
 * @param name          the Chinese display name
 * @param parentCode    the grouping code (education sub-levels, residence type groups) or null
 * @param initials      lower-case pinyin initials of the name, for keyboard look-up (洪山区 → hsq)
 * @param aliases       other words a clerk may type for this row (离退休人员 for 退（离）休人员); search
 *                      terms only, never displayed or stored
 * @param aliasInitials lower-case pinyin initials of the aliases
 */
public record CodeEntry(String code, String name, String parentCode, String initials,
                        List<String> aliases, List<String> aliasInitials) {

    public CodeEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        aliasInitials = aliasInitials == null ? List.of() : List.copyOf(aliasInitials);
    }

    /** A row without aliases. */
    public CodeEntry(String code, String name, String parentCode, String initials) {
        this(code, name, parentCode, initials, List.of(), List.of());
    }

    public String display() {
        return code + " " + name;
    }
}
