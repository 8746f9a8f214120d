package org.residencedesk.domain.masterdata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A versioned code table held in memory: code tables are small (at most a few hundred rows). */
public final class CodeTable {
    private final String name;
    private final int version;
    private final List<CodeEntry> entries;
    private final Map<String, CodeEntry> byCode = new LinkedHashMap<>();

    public CodeTable(String name, int version, List<CodeEntry> entries) {
        this.name = name;
        this.version = version;
        this.entries = List.copyOf(entries);
        for (CodeEntry e : this.entries) {
            byCode.put(e.code(), e);
        }
    }

    public String name() { return name; }

    public int version() { return version; }

    public List<CodeEntry> entries() { return Collections.unmodifiableList(entries); }

    public Optional<CodeEntry> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.trim()));
    }

    /** The row with this name, else the row with this alias. */
    public Optional<CodeEntry> byName(String entryName) {
        if (entryName == null) return Optional.empty();
        String n = entryName.trim();
        return entries.stream().filter(e -> e.name().equals(n)).findFirst()
                .or(() -> entries.stream().filter(e -> e.aliases().contains(n)).findFirst());
    }

    /** {@link #search(String, int, LookupContext)} without the station's area or counts. */
    public List<CodeEntry> search(String query, int limit) {
        return search(query, limit, LookupContext.none());
    }

    /**
     * What a counter worker may type into a code field: the code, any part of the name, the pinyin
     * initials or the full pinyin, of the name or of one of the row's aliases (ADR 0177). Ranked by
     * {@link LookupMatch}: exact matches, then this counter's most picked rows, then starts before
     * insides, then code order; at most {@code limit} rows. An empty query lists the table in order.
     */
    public List<CodeEntry> search(String query, int limit, LookupContext context) {
        LookupMatch.Typed typed = LookupMatch.Typed.of(query);
        if (typed.isEmpty()) {
            return entries.subList(0, Math.min(limit, entries.size()));
        }
        List<LookupMatch.Hit<CodeEntry>> hits = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CodeEntry e = entries.get(i);
            LookupMatch.Quality q = e.match(typed);
            if (q != null) {
                hits.add(new LookupMatch.Hit<>(e, q, 0, context.usage().uses(name, e.code()), 0, i));
            }
        }
        return LookupMatch.top(hits, limit);
    }
}
