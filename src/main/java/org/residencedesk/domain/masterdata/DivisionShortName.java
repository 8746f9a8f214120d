package org.residencedesk.domain.masterdata;

import java.util.List;

/**
 * The name people use for a village-level division, derived from its official name (ADR 0140).
 * The statistics bureau's table names the committee (建强社区居民居委会, 洪山村村民委员会); residents,
 * addresses and clerks say 建强社区 and 洪山村. The rule, applied to the first (longest) matching suffix:
 * <ul>
 *   <li>a stem ending in 社区 is the short name: 建强社区居民居委会, 海核社区居民委员会, 万年社区居委会,
 *       长兴社区村民委员会 → 建强社区, 海核社区, 万年社区, 长兴社区;</li>
 *   <li>a villagers' committee (村民委员会, 村民居委会, 村委员会, 村委会) is the village: 洪山村村民委员会,
 *       洪山村委会, 洪山村民委员会 → 洪山村 (村 is added when the stem does not already end in it);</li>
 *   <li>a residents' committee without 社区 (居民委员会, 居民居委会, 居委会) keeps the everyday
 *       居委会: 东门居民委员会 → 东门居委会, 光明居委会 stays;</li>
 *   <li>anything else stays as it is: names without a committee suffix, a bare 委员会 after a stem
 *       that is neither 社区 nor 村, a name that is only a suffix, and a stem that itself ends in a
 *       committee word (巴河镇居委会村民委员会), where no rule can tell what people call it.</li>
 * </ul>
 * Deterministic and free of data: the same official name always gives the same short name.
 */
public final class DivisionShortName {
    /** Longest first, so 村民委员会 wins over 委员会. */
    private static final List<String> SUFFIXES = List.of(
            "村民委员会", "居民委员会", "村民居委会", "居民居委会", "村委员会", "村委会", "居委会", "委员会");
    private static final String COMMUNITY = "社区";
    private static final String VILLAGE = "村";
    private static final String RESIDENTS_COMMITTEE = "居委会";

    private DivisionShortName() { }

    /** The short name of {@code officialName}; the official name itself when no rule applies. */
    public static String of(String officialName) {
        if (officialName == null) return null;
        String name = officialName.strip();
        for (String suffix : SUFFIXES) {
            if (!name.endsWith(suffix)) continue;
            String stem = name.substring(0, name.length() - suffix.length());
            if (stem.isEmpty() || stem.endsWith("委会") || stem.endsWith("委员会")) return name;
            if (stem.endsWith(COMMUNITY)) return stem;
            if (suffix.startsWith(VILLAGE)) return stem.endsWith(VILLAGE) ? stem : stem + VILLAGE;
            if (suffix.equals("委员会")) return name;
            return stem + RESIDENTS_COMMITTEE;
        }
        return name;
    }
}
