package org.residencedesk.masterdata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.DivisionShortName;
import org.residencedesk.domain.masterdata.LookupContext;
import org.residencedesk.domain.masterdata.LookupMatch;
import org.residencedesk.domain.masterdata.Spelling;
import org.residencedesk.domain.masterdata.UsageCounts;

/** The division tree in memory with its look-up structures; immutable once built. */
final class DivisionIndex {
    /** How many reading combinations of polyphonic names stay searchable. */
    static final int MAX_VARIANTS = 8;

    /**
     * @param initials      every reading's initials of the official and of the short name
     * @param shortInitials the preferred reading's initials of the short name
     * @param spellings     full pinyin of the official and (when different) the short name
     */
    private record Entry(Division division, List<String> initials, String shortInitials, List<Spelling> spellings) { }

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
            List<Spelling> spellings = shortName.equals(r.name())
                    ? List.of(Spelling.of(pinyin.syllables(r.name(), PinyinReadings.Kind.PLACE)))
                    : List.of(Spelling.of(pinyin.syllables(shortName, PinyinReadings.Kind.PLACE)),
                            Spelling.of(pinyin.syllables(r.name(), PinyinReadings.Kind.PLACE)));
            entries.add(new Entry(d, List.copyOf(searchable), shortInitials(pinyin, shortName), spellings));
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
     * Code, any part of the official or short name, initials of any reading, full pinyin, or (last) the
     * full name with its parents; ranked by {@link LookupMatch} with the station's area and this
     * counter's picks (ADR 0177). All pinyin was computed when the index was built.
     */
    List<Division> search(String query, DivisionLevel level, String withinCode, int limit, LookupContext context) {
        String within = withinCode == null ? "" : withinCode.trim();
        LookupMatch.Typed typed = LookupMatch.Typed.of(query);
        List<LookupMatch.Hit<Division>> hits = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Division d = e.division();
            if (level != null && d.level() != level) continue;
            if (!within.isEmpty() && (!d.code().startsWith(within) || d.code().equals(within))) continue;
            LookupMatch.Quality q = typed.isEmpty() ? LookupMatch.Quality.PREFIX : match(e, typed);
            if (q != null) {
                hits.add(new LookupMatch.Hit<>(d, q, context.distance(d.code()),
                        context.usage().uses(UsageCounts.DIVISIONS, d.code()), d.level().ordinal(), i));
            }
        }
        return LookupMatch.top(hits, limit);
    }

    private static LookupMatch.Quality match(Entry e, LookupMatch.Typed t) {
        Division d = e.division();
        LookupMatch.Quality q = LookupMatch.code(d.code(), t);
        q = LookupMatch.best(q, LookupMatch.name(d.name(), t));
        q = LookupMatch.best(q, LookupMatch.name(d.shortName(), t));
        q = LookupMatch.best(q, LookupMatch.initials(d.initials(), t));
        q = LookupMatch.best(q, LookupMatch.initials(e.shortInitials(), t));
        for (String i : e.initials()) q = LookupMatch.best(q, LookupMatch.otherInitials(i, t));
        for (Spelling s : e.spellings()) q = LookupMatch.best(q, LookupMatch.spelling(s, t));
        if (q == null && !t.letters() && d.fullName().contains(t.text())) q = LookupMatch.Quality.PARENT;
        return q;
    }
}
