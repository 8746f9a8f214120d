package org.residencedesk.domain.masterdata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * What a counter worker may type into a code field: the code, a name prefix or pinyin initials,
     * of the name or of one of the row's aliases.
     * Exact code matches first, then name, then initials; at most {@code limit} rows.
     */
    public List<CodeEntry> search(String query, int limit) {
        return CodeSearch.rank(entries, query, limit);
    }

    /** Shared ranking so code tables and division look-ups behave the same at the keyboard. */
    static final class CodeSearch {
        private CodeSearch() { }

        static List<CodeEntry> rank(List<CodeEntry> entries, String query, int limit) {
            if (query == null || query.isBlank()) {
                return entries.subList(0, Math.min(limit, entries.size()));
            }
            String q = query.trim();
            String lower = q.toLowerCase(Locale.ROOT);
            List<CodeEntry> exact = new ArrayList<>();
            List<CodeEntry> prefix = new ArrayList<>();
            List<CodeEntry> contains = new ArrayList<>();
            for (CodeEntry e : entries) {
                if (e.code().equals(q) || e.name().equals(q) || e.aliases().contains(q)) {
                    exact.add(e);
                } else if (e.code().startsWith(q) || e.name().startsWith(q)
                        || (e.initials() != null && e.initials().startsWith(lower))
                        || e.aliases().stream().anyMatch(a -> a.startsWith(q))
                        || e.aliasInitials().stream().anyMatch(i -> i.startsWith(lower))) {
                    prefix.add(e);
                } else if (e.name().contains(q) || e.aliases().stream().anyMatch(a -> a.contains(q))) {
                    contains.add(e);
                }
            }
            List<CodeEntry> out = new ArrayList<>(exact);
            out.addAll(prefix);
            out.addAll(contains);
            return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
        }
    }
}
