package org.residencedesk.domain.masterdata;

import java.util.List;
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

    /** Whether a 6-digit code is a known county (an unknown one in an ID number is only a warning). */
    default boolean isKnownCounty(String code) {
        return code != null && division(code).filter(d -> d.level() == DivisionLevel.COUNTY).isPresent();
    }
}
