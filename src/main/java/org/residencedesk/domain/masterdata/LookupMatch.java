package org.residencedesk.domain.masterdata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How well a row matches what a clerk typed, and the one ranking every look-up uses (ADR 0177): by how
 * well it matches (exact, then the start of a name or code, then inside it, then only through a
 * division's parents); within each of these, the station's own area first (township, district, city,
 * province), then how often this counter picked the row, then higher levels, then code order.
 */
public final class LookupMatch {
    /** How well a row matches, best first. */
    public enum Quality {
        /** The code, the name, an alias, the initials or the whole pinyin. */
        EXACT,
        /** The start of the code, the name, an alias, the initials or the pinyin. */
        PREFIX,
        /** Inside the name or an alias, or from a later syllable of the initials or the pinyin (gz in ptgzby). */
        INNER,
        /** Only the full name with its parents contains the text (divisions). */
        PARENT
    }

    /** What was typed, prepared once per keystroke. */
    public record Typed(String text, String lower, boolean letters) {
        public static Typed of(String query) {
            String q = query == null ? "" : query.strip();
            String lower = q.toLowerCase(Locale.ROOT);
            boolean letters = !lower.isEmpty() && lower.chars().allMatch(c -> c >= 'a' && c <= 'z');
            return new Typed(q, lower, letters);
        }

        public boolean isEmpty() {
            return text.isEmpty();
        }
    }

    /** One matching row with everything its rank needs. */
    public record Hit<T>(T item, Quality quality, int distance, int uses, int level, int order) { }

    private static final Comparator<Hit<?>> ORDER = Comparator
            .<Hit<?>>comparingInt(h -> h.quality().ordinal())
            .thenComparingInt(Hit::distance)
            .thenComparing(Comparator.<Hit<?>>comparingInt(Hit::uses).reversed())
            .thenComparingInt(Hit::level)
            .thenComparingInt(Hit::order);

    private LookupMatch() { }

    /** The best {@code limit} hits in ranking order. */
    public static <T> List<T> top(List<Hit<T>> hits, int limit) {
        List<Hit<T>> sorted = new ArrayList<>(hits);
        sorted.sort(ORDER);
        List<T> out = new ArrayList<>(Math.min(limit, sorted.size()));
        for (Hit<T> h : sorted) {
            if (out.size() >= limit) break;
            out.add(h.item());
        }
        return out;
    }

    /** A code: exact or prefix, letters compared without case (CHN, chn). */
    public static Quality code(String code, Typed t) {
        if (code == null || code.isEmpty()) return null;
        if (code.equalsIgnoreCase(t.text())) return Quality.EXACT;
        if (code.regionMatches(true, 0, t.text(), 0, t.text().length())) return Quality.PREFIX;
        return null;
    }

    /** A Chinese name or alias: exact, prefix or anywhere inside. */
    public static Quality name(String name, Typed t) {
        if (name == null || name.isEmpty()) return null;
        if (name.equals(t.text())) return Quality.EXACT;
        if (name.startsWith(t.text())) return Quality.PREFIX;
        if (name.contains(t.text())) return Quality.INNER;
        return null;
    }

    /** Pinyin initials (one letter per syllable): exact, prefix or from any later syllable. */
    public static Quality initials(String initials, Typed t) {
        if (!t.letters() || initials == null || initials.isEmpty()) return null;
        if (initials.equals(t.lower())) return Quality.EXACT;
        if (initials.startsWith(t.lower())) return Quality.PREFIX;
        if (initials.contains(t.lower())) return Quality.INNER;
        return null;
    }

    /** Initials of another reading of a polyphonic name (zq for 重庆): exact or prefix only, so they add no noise. */
    public static Quality otherInitials(String initials, Typed t) {
        Quality q = initials(initials, t);
        return q == Quality.INNER ? null : q;
    }

    /** Full pinyin: the whole spelling, its start, or from the start of a later syllable. */
    public static Quality spelling(Spelling s, Typed t) {
        if (!t.letters() || s == null || s.isEmpty()) return null;
        if (s.isSpelledBy(t.lower())) return Quality.EXACT;
        if (s.startsWith(t.lower())) return Quality.PREFIX;
        if (s.hasInnerSyllableStart(t.lower())) return Quality.INNER;
        return null;
    }

    /** The better of two qualities; null means no match. */
    public static Quality best(Quality a, Quality b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
