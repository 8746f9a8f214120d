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
 * @param spellings     full pinyin of the name, then of each alias (ADR 0177); empty when not known
 */
public record CodeEntry(String code, String name, String parentCode, String initials,
                        List<String> aliases, List<String> aliasInitials, List<Spelling> spellings) {

    public CodeEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        aliasInitials = aliasInitials == null ? List.of() : List.copyOf(aliasInitials);
        spellings = spellings == null ? List.of() : List.copyOf(spellings);
    }

    /** A row without full pinyin. */
    public CodeEntry(String code, String name, String parentCode, String initials,
                     List<String> aliases, List<String> aliasInitials) {
        this(code, name, parentCode, initials, aliases, aliasInitials, List.of());
    }

    /** A row without aliases. */
    public CodeEntry(String code, String name, String parentCode, String initials) {
        this(code, name, parentCode, initials, List.of(), List.of());
    }

    /** How well this row matches what was typed: code, name, aliases, initials or full pinyin; null for no match. */
    public LookupMatch.Quality match(LookupMatch.Typed t) {
        LookupMatch.Quality q = LookupMatch.code(code, t);
        q = LookupMatch.best(q, LookupMatch.name(name, t));
        q = LookupMatch.best(q, LookupMatch.initials(initials, t));
        for (String a : aliases) q = LookupMatch.best(q, LookupMatch.name(a, t));
        for (String i : aliasInitials) q = LookupMatch.best(q, LookupMatch.initials(i, t));
        for (Spelling s : spellings) q = LookupMatch.best(q, LookupMatch.spelling(s, t));
        return q;
    }

    public String display() {
        return code + " " + name;
    }
}
