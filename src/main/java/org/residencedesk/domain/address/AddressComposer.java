package org.residencedesk.domain.address;

import java.util.List;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;

/**
 * The one place that writes addresses for people to read (ADR 0194). Pure: it takes the division path
 * ({@code MasterData.path}, province first) and the typed parts.
 *
 * <ul>
 *   <li>{@link #detail}: 街路巷 + 门牌号 + 楼栋号 + 单元号 + 室号 with their unit words 号/栋/单元/室 added when the
 *       typed value ends in a numeral or a letter (Arabic, full-width or Chinese), never doubled
 *       ({@code 100号}, {@code 3栋}, {@code 3号楼}, {@code 2单元}, {@code 501室} stay as typed).</li>
 *   <li>{@link #printedResidence}: the certificate's address line — province to township, then the detail.
 *       The village or residents' committee (the 5th level) is not part of it; a template that has a field
 *       for the committee gets it from {@link #committee}.</li>
 *   <li>{@link #recordLine}: the registration's stored, searchable address text — the full division down to
 *       the committee, then the detail.</li>
 *   <li>{@link #hukou}: a card's hukou address behind its division, without repeating division names the
 *       card text already begins with.</li>
 * </ul>
 */
public final class AddressComposer {
    private static final String CHINESE_NUMERALS = "〇零一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾佰仟";

    private AddressComposer() {
    }

    /** Street, number, building, unit and room with their unit words; absent parts left out. */
    public static String detail(AddressParts p) {
        StringBuilder s = new StringBuilder(p.street());
        s.append(withUnit(p.houseNumber(), "号", "号"));
        s.append(p.building().endsWith("号") ? p.building() + "楼" : withUnit(p.building(), "栋", "栋幢楼座"));
        s.append(withUnit(p.unit(), "单元", "元门"));
        s.append(withUnit(p.room(), "室", "室房号户"));
        return s.toString();
    }

    /** Province … township + detail: what a certificate prints as 居住地住址 (no committee). */
    public static String printedResidence(List<Division> path, AddressParts parts) {
        return join(aboveCommittee(path), detail(parts));
    }

    /** Province … committee + detail: the registration's stored address text (searchable by community). */
    public static String recordLine(List<Division> path, AddressParts parts) {
        return join(path, detail(parts));
    }

    /** The short name of the village or residents' committee in {@code path}, or "" when it has none. */
    public static String committee(List<Division> path) {
        return path.stream().filter(d -> d.level() == DivisionLevel.VILLAGE)
                .map(Division::shortName).findFirst().orElse("");
    }

    /**
     * The hukou address: the card's (or typed) address preceded by the division names it leaves out. When the
     * text begins with the name of a level of {@code path} (official or short name), only the levels above
     * that one are put before it; when it begins with none, the whole division is. Blank text prints the
     * division alone; an unknown division (empty path) prints the text alone.
     */
    public static String hukou(List<Division> path, String address) {
        return join(path, address == null ? "" : address.strip());
    }

    private static String join(List<Division> path, String detail) {
        for (int i = 0; i < path.size(); i++) {
            if (beginsWithLevel(detail, path.get(i))) {
                return prefix(path.subList(0, i)) + detail;
            }
        }
        return prefix(path) + detail;
    }

    private static boolean beginsWithLevel(String detail, Division d) {
        return startsWithName(detail, d.shortName()) || startsWithName(detail, d.name());
    }

    private static boolean startsWithName(String detail, String name) {
        return name != null && name.length() >= 2 && detail.startsWith(name);
    }

    /** The names of {@code levels} as an address writes them (a level's full name already holds its parents). */
    private static String prefix(List<Division> levels) {
        return levels.isEmpty() ? "" : levels.get(levels.size() - 1).fullName();
    }

    private static List<Division> aboveCommittee(List<Division> path) {
        int end = path.size();
        while (end > 0 && path.get(end - 1).level() == DivisionLevel.VILLAGE) {
            end--;
        }
        return path.subList(0, end);
    }

    /** {@code value} + {@code unit} when it ends in a numeral or letter; as typed when it ends in a word. */
    private static String withUnit(String value, String unit, String endings) {
        if (value.isEmpty()) {
            return "";
        }
        char last = value.charAt(value.length() - 1);
        if (endings.indexOf(last) >= 0 || value.endsWith(unit)) {
            return value;
        }
        return endsInNumeralOrLetter(last) ? value + unit : value;
    }

    private static boolean endsInNumeralOrLetter(char c) {
        return Character.isDigit(c) || CHINESE_NUMERALS.indexOf(c) >= 0
                || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }
}
