package org.residencedesk.masterdata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.DivisionShortName;

/** The division tree in memory with its look-up structures; immutable once built. */
final class DivisionIndex {
    /** How many reading combinations of polyphonic names stay searchable. */
    static final int MAX_VARIANTS = 8;

    /**
     * @param initials      every reading's initials of the official and of the short name
     * @param shortInitials the preferred reading's initials of the short name
     */
    private record Entry(Division division, List<String> initials, String shortInitials) { }

    private final List<Entry> entries;
    private final Map<String, Entry> byCode;
    private final Map<String, List<Division>> children;

    private DivisionIndex(List<Entry> entries) {
        this.entries = entries;
        this.byCode = new HashMap<>(entries.size() * 2);
        Map<String, List<Division>> kids = new HashMap<>();
        for (Entry e : entries) {
            byCode.put(e.division().code(), e);
            String parent = e.division().parentCode() == null ? "" : e.division().parentCode();
            kids.computeIfAbsent(parent, k -> new ArrayList<>()).add(e.division());
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = kids;
    }

    /** One CSV row before the tree is linked: code, name, parent code. */
    record Row(String code, String name, String parentCode) { }

    /**
     * @param rowsTopDown rows of all levels, parents before children. Full names are built from short
     *                    names (湖北省武汉市洪山区关山街道建强社区, ADR 0140); both the official and the
     *                    short name's readings are searchable.
     */
    static DivisionIndex build(List<Row> rowsTopDown, Set<String> placeholderNames, PinyinReadings pinyin) {
        // the prefix handed to children: a placeholder level (市辖区) adds nothing to it
        Map<String, String> prefixes = new HashMap<>(rowsTopDown.size() * 2);
        List<Entry> entries = new ArrayList<>(rowsTopDown.size());
        for (Row r : rowsTopDown) {
            String parentPrefix = r.parentCode() == null ? "" : prefixes.getOrDefault(r.parentCode(), "");
            String shortName = DivisionShortName.of(r.name());
            String fullName = parentPrefix + shortName;
            boolean placeholder = placeholderNames.contains(r.name());
            prefixes.put(r.code(), placeholder ? parentPrefix : fullName);
            List<String> initials = pinyin.initialVariants(r.name(), PinyinReadings.Kind.PLACE, MAX_VARIANTS);
            List<String> searchable = new ArrayList<>(initials);
            if (!shortName.equals(r.name())) {
                for (String i : pinyin.initialVariants(shortName, PinyinReadings.Kind.PLACE, MAX_VARIANTS)) {
                    if (!searchable.contains(i)) searchable.add(i);
                }
            }
            Division d = new Division(r.code(), r.name(), DivisionLevel.ofCode(r.code()), r.parentCode(),
                    initials.isEmpty() ? "" : initials.get(0), fullName, shortName);
            entries.add(new Entry(d, List.copyOf(searchable), shortInitials(pinyin, shortName)));
        }
        entries.sort(Comparator.comparing(e -> e.division().code()));
        return new DivisionIndex(List.copyOf(entries));
    }

    private static String shortInitials(PinyinReadings pinyin, String shortName) {
        List<String> v = pinyin.initialVariants(shortName, PinyinReadings.Kind.PLACE, 1);
        return v.isEmpty() ? "" : v.get(0);
    }

    int size() {
        return entries.size();
    }

    long count(DivisionLevel level) {
        return entries.stream().filter(e -> e.division().level() == level).count();
    }

    Division get(String code) {
        Entry e = code == null ? null : byCode.get(code.trim());
        return e == null ? null : e.division();
    }

    Set<String> codesOf(DivisionLevel level) {
        Set<String> out = new HashSet<>();
        for (Entry e : entries) if (e.division().level() == level) out.add(e.division().code());
        return out;
    }

    /** Provinces for a null or empty parent. */
    List<Division> children(String parentCode) {
        String key = parentCode == null ? "" : parentCode.trim();
        return children.getOrDefault(key, Collections.emptyList());
    }

    /**
     * Ranking: exact code, name or initials first; then prefixes of code, name or any reading's
     * initials; then names containing the text. Within a rank, higher levels and shorter names first.
     */
    List<Division> search(String query, DivisionLevel level, String withinCode, int limit) {
        String within = withinCode == null ? "" : withinCode.trim();
        String q = query == null ? "" : query.trim();
        String lower = q.toLowerCase(Locale.ROOT);
        boolean letters = !lower.isEmpty() && lower.chars().allMatch(c -> c >= 'a' && c <= 'z');
        List<List<Entry>> ranks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Entry e : entries) {
            Division d = e.division();
            if (level != null && d.level() != level) continue;
            if (!within.isEmpty() && (!d.code().startsWith(within) || d.code().equals(within))) continue;
            int rank = rank(e, q, lower, letters);
            if (rank >= 0) ranks.get(rank).add(e);
        }
        Comparator<Entry> order = Comparator.<Entry>comparingInt(e -> e.division().level().ordinal())
                .thenComparingInt(e -> e.division().shortName().length())
                .thenComparing(e -> e.division().code());
        List<Division> out = new ArrayList<>();
        for (List<Entry> r : ranks) {
            if (!q.isEmpty()) r.sort(order);
            for (Entry e : r) {
                if (out.size() >= limit) return out;
                out.add(e.division());
            }
        }
        return out;
    }

    private static int rank(Entry e, String q, String lower, boolean letters) {
        if (q.isEmpty()) return 0;
        Division d = e.division();
        if (d.code().equals(q) || d.name().equals(q) || d.shortName().equals(q)
                || (letters && (d.initials().equals(lower) || e.shortInitials().equals(lower)))) return 0;
        if (d.code().startsWith(q) || d.name().startsWith(q) || d.shortName().startsWith(q)) return 1;
        if (letters) {
            for (String i : e.initials()) if (i.startsWith(lower)) return 1;
        }
        if (d.name().contains(q) || d.shortName().contains(q) || (!letters && d.fullName().contains(q))) return 2;
        return -1;
    }
}
