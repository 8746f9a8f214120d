package org.residencedesk.domain.masterdata;

/**
 * An administrative division.
 *
 * @param fullName name with its parents, e.g. 湖北省武汉市洪山区, for display and certificates
 */
public record Division(String code, String name, DivisionLevel level, String parentCode,
                       String initials, String fullName) {
}
