package org.residencedesk.service.outflow;

/**
 * The filters of the 流出人口 list; null does not restrict. {@code village}: hukou division code (or prefix);
 * {@code destination}: destination division code or prefix ("44" = 广东省, "4403" = 深圳市); {@code open}: true =
 * still away, false = returned; {@code text}: a full ID number, a name prefix or pinyin initials.
 */
public record OutflowQuery(String village, String destination, Boolean leftBehindChildren, Boolean leftBehindElderly,
                           Boolean open, String text) {
    public static OutflowQuery everything() {
        return new OutflowQuery(null, null, null, null, null, null);
    }
}
