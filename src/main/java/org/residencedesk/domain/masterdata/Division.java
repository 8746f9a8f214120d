package org.residencedesk.domain.masterdata;

/**
 * An administrative division.
 *
 * @param name      the official name as the statistics bureau lists it, e.g. 建强社区居民居委会
 * @param initials  lower-case pinyin initials of the official name
 * @param fullName  the address form with its parents, built from short names, e.g.
 *                  湖北省武汉市洪山区关山街道建强社区: what addresses, look-ups and certificates show
 * @param shortName the name people use ({@link DivisionShortName}), e.g. 建强社区; equals {@code name}
 *                  above village level
 */
public record Division(String code, String name, DivisionLevel level, String parentCode,
                       String initials, String fullName, String shortName) {

    /** A division whose short name is derived from its official name. */
    public Division(String code, String name, DivisionLevel level, String parentCode,
                    String initials, String fullName) {
        this(code, name, level, parentCode, initials, fullName, DivisionShortName.of(name));
    }

    /** Whether the official name differs from the one people use (a clerk may want to see both). */
    public boolean hasShortName() {
        return shortName != null && !shortName.equals(name);
    }
}
