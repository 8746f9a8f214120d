package org.residencedesk.domain.masterdata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Versioned master data: the code tables and the division tree. The platform may push newer
 * versions later (MASTER_DATA_UPDATED); callers always ask here rather than keep copies.
 */
public interface MasterData {
    /** Table names as in PLATFORM-API.md: sex, ethnic-groups, marital-status, education, occupation,
     *  family-relationship, residence-reasons, residence-types, intended-stay. */
    CodeTable codeTable(String tableName);

    Optional<Division> division(String code);

    List<Division> children(String parentCode);

    /** Code, name prefix/contains or pinyin initials; optionally restricted to one level and below a parent. */
    List<Division> searchDivisions(String query, DivisionLevel level, String withinCode, int limit);

    /**
     * {@link #searchDivisions(String, DivisionLevel, String, int)} ranked for this counter (ADR 0177): the
     * station's own area first, then its most picked divisions. Implementations without an index of
     * their own rank by match only.
     */
    default List<Division> searchDivisions(String query, DivisionLevel level, String withinCode, int limit,
                                           LookupContext context) {
        return searchDivisions(query, level, withinCode, limit);
    }

    /**
     * A look-up table of a form's own options (证件类型, 申报人), searchable like a code table; the
     * packaged implementation adds pinyin initials and full pinyin of the labels.
     */
    default CodeTable optionTable(String tableName, Map<String, String> labelsByValue) {
        List<CodeEntry> rows = new ArrayList<>();
        labelsByValue.forEach((value, label) -> rows.add(new CodeEntry(value, label, null, "")));
        return new CodeTable(tableName, 1, rows);
    }

    /**
     * The division and its parents, province first, leaving out rows that only group counties (市辖区):
     * 湖北省, 武汉市, 洪山区, 关山街道, 海核社区 for 420111002003. Empty for an unknown code.
     */
    default List<Division> path(String code) {
        List<Division> up = new ArrayList<>();
        Division child = null;
        for (Division d = division(code).orElse(null); d != null;
             d = d.parentCode() == null ? null : division(d.parentCode()).orElse(null)) {
            // a grouping row's name is not part of its children's full names
            if (child == null || child.fullName().startsWith(d.fullName())) up.add(d);
            child = d;
        }
        Collections.reverse(up);
        return up;
    }

    /** Whether a 6-digit code is a known county (an unknown one in an ID number is only a warning). */
    default boolean isKnownCounty(String code) {
        return code != null && division(code).filter(d -> d.level() == DivisionLevel.COUNTY).isPresent();
    }
}
