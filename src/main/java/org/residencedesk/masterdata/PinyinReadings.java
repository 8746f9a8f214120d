package org.residencedesk.masterdata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin initials of Chinese text: pinyin4j for the readings, {@code masterdata/pinyin-readings.yaml}
 * for the preferred reading of polyphonic characters (ADR 0013) and the readings of name characters pinyin4j
 * lacks (its {@code rare} section, ADR 0355). Thread-safe.
 */
public final class PinyinReadings {
    private static final String RESOURCE = "masterdata/pinyin-readings.yaml";

    /** Whether the text is a place/code name or a person's name (surname readings apply). */
    public enum Kind { PLACE, PERSON }

    private final Map<Character, Character> preferred;
    /** Readings of characters pinyin4j has none for (䶮, and 𠮷 outside the BMP), by code point. */
    private final Map<Integer, String> rare;
    private final Map<String, String> words;
    private final Map<String, String> surnames;
    private final int longestWord;
    private final int longestSurname;
    private final Map<String, String[]> wordSyllables;
    private final Map<String, String[]> surnameSyllables;
    private final Map<Integer, char[]> cache = new ConcurrentHashMap<>();
    private final Map<Integer, String> readingCache = new ConcurrentHashMap<>();
    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();

    private PinyinReadings(Map<String, String> characters, Map<String, String> words, Map<String, String> surnames,
                           Map<String, String> rare) {
        Map<Character, Character> p = new LinkedHashMap<>();
        characters.forEach((k, v) -> p.put(k.charAt(0), v.charAt(0)));
        this.preferred = Map.copyOf(p);
        this.rare = rareReadings(rare);
        this.words = initialsOfReadings(words);
        this.surnames = initialsOfReadings(surnames);
        this.wordSyllables = syllablesOf(words);
        this.surnameSyllables = syllablesOf(surnames);
        this.longestWord = this.words.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.longestSurname = this.surnames.keySet().stream().mapToInt(String::length).max().orElse(0);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private static final class Holder {
        static final PinyinReadings INSTANCE = load();
    }

    /** The shared instance, loaded on first use. */
    public static PinyinReadings shared() {
        return Holder.INSTANCE;
    }

    @SuppressWarnings("unchecked")
    static PinyinReadings load() {
        try (InputStream in = PinyinReadings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Map<String, Map<String, String>> yaml = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            return new PinyinReadings(section(yaml, "characters"), section(yaml, "words"), section(yaml, "surnames"),
                    section(yaml, "rare"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Map<String, String> section(Map<String, Map<String, String>> yaml, String name) {
        Map<String, String> m = yaml.get(name);
        return m == null ? Map.of() : m;
    }

    /** One Han character (any plane) to one lower-case syllable: 𠮷 -> ji. */
    private static Map<Integer, String> rareReadings(Map<String, String> readings) {
        Map<Integer, String> out = new LinkedHashMap<>();
        readings.forEach((character, pinyin) -> {
            String syllable = pinyin.strip().toLowerCase(Locale.ROOT);
            if (character.codePointCount(0, character.length()) != 1 || !isHan(character.codePointAt(0))
                    || !syllable.matches("[a-z]+")) {
                throw new IllegalStateException("rare reading needs one Han character and one syllable: " + character);
            }
            out.put(character.codePointAt(0), syllable);
        });
        return Map.copyOf(out);
    }

    /** "chong qing" -> "cq": only initials are ever needed. */
    private static Map<String, String> initialsOfReadings(Map<String, String> readings) {
        Map<String, String> out = new LinkedHashMap<>();
        readings.forEach((word, pinyin) -> {
            StringBuilder sb = new StringBuilder();
            for (String syllable : pinyin.trim().split("\\s+")) sb.append(syllable.charAt(0));
            if (sb.length() != word.length()) {
                throw new IllegalStateException("reading of " + word + " needs one syllable per character");
            }
            out.put(word, sb.toString());
        });
        return Map.copyOf(out);
    }

    private static Map<String, String[]> syllablesOf(Map<String, String> readings) {
        Map<String, String[]> out = new LinkedHashMap<>();
        readings.forEach((word, pinyin) -> out.put(word, pinyin.trim().toLowerCase(Locale.ROOT).split("\\s+")));
        return Map.copyOf(out);
    }

    /**
     * The preferred full reading, one syllable per character, without tones (ü written v): 普通高中 →
     * [pu, tong, gao, zhong], 重庆市 → [chong, qing, shi]. The reading follows the same preferences as
     * {@link #initials}; Latin letters are kept one per "syllable", digits and · dropped (ADR 0177).
     */
    public List<String> syllables(String text, Kind kind) {
        List<String> out = new ArrayList<>();
        walk(text, kind, new Walker() {
            @Override public void word(String word, boolean surname) {
                out.addAll(List.of((surname ? surnameSyllables : wordSyllables).get(word)));
            }
            @Override public void han(int c) {
                String r = readingOf(c);
                if (!r.isEmpty()) out.add(r);
            }
            @Override public void letter(String lower) {
                out.add(lower);
            }
        });
        return out;
    }

    /** What {@link #walk} meets in a text: a word of the readings file, another Han character, a letter. */
    private interface Walker {
        void word(String word, boolean surname);

        void han(int codePoint);

        void letter(String lower);
    }

    /**
     * One pass over the text shared by the full readings and the initials: the surname (PERSON) or the
     * longest place word (PLACE) of the readings file first, then character by character (code points: 𠮷 is
     * one); digits and · are skipped, and so are Han characters with no reading in pinyin4j or the rare section.
     */
    private void walk(String text, Kind kind, Walker walker) {
        if (text == null || text.isEmpty()) return;
        int i = 0;
        boolean surnameDone = kind != Kind.PERSON;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (isHan(cp)) {
                String word = null;
                if (!surnameDone) {
                    word = longestAt(text, i, surnames.keySet(), longestSurname);
                    surnameDone = true;
                    if (word != null) walker.word(word, true);
                } else if (kind == Kind.PLACE) {
                    word = longestAt(text, i, words.keySet(), longestWord);
                    if (word != null) walker.word(word, false);
                }
                if (word != null) {
                    i += word.length();
                    continue;
                }
                walker.han(cp);
            } else if (Character.isLetter(cp)) {
                walker.letter(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            }
            i += width;
        }
    }

    private static String longestAt(String text, int at, Set<String> table, int longest) {
        for (int len = Math.min(longest, text.length() - at); len >= 1; len--) {
            String candidate = text.substring(at, at + len);
            if (table.contains(candidate)) return candidate;
        }
        return null;
    }

    /** The reading of one character whose initial is the preferred one; empty when pinyin4j has none. */
    private String readingOf(int c) {
        return readingCache.computeIfAbsent(c, cp -> {
            String rareReading = rare.get(cp);
            if (rareReading != null) return rareReading;
            if (Character.charCount(cp) != 1) return "";
            char ch = (char) cp.intValue();
            String[] readings;
            try {
                readings = PinyinHelper.toHanyuPinyinStringArray(ch, format);
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException("fixed pinyin format rejected", e);
            }
            if (readings == null || readings.length == 0) return "";
            char[] initials = initialsOf(ch);
            char wanted = initials.length == 0 ? readings[0].charAt(0) : initials[0];
            for (String r : readings) {
                if (!r.isEmpty() && r.charAt(0) == wanted) return r;
            }
            return readings[0];
        });
    }

    /** The preferred initials, e.g. 重庆市 -> cqs, 单田芳 (PERSON) -> stf. */
    public String initials(String text, Kind kind) {
        StringBuilder sb = new StringBuilder();
        for (char[] choices : positions(text, kind)) sb.append(choices[0]);
        return sb.toString();
    }

    /**
     * Preferred initials first, then other combinations of the readings of polyphonic characters
     * (so 重庆 is also found with zq), at most {@code max} strings.
     */
    public List<String> initialVariants(String text, Kind kind, int max) {
        List<char[]> positions = positions(text, kind);
        Set<String> out = new LinkedHashSet<>();
        StringBuilder first = new StringBuilder();
        for (char[] c : positions) first.append(c[0]);
        out.add(first.toString());
        List<StringBuilder> partial = new ArrayList<>(List.of(new StringBuilder()));
        for (char[] choices : positions) {
            List<StringBuilder> next = new ArrayList<>();
            for (StringBuilder p : partial) {
                for (char c : choices) {
                    if (next.size() >= max) break;
                    next.add(new StringBuilder(p).append(c));
                }
            }
            partial = next;
        }
        for (StringBuilder p : partial) {
            if (out.size() >= max) break;
            out.add(p.toString());
        }
        return List.copyOf(out);
    }

    /** For each output position the candidate initials, preferred first. */
    private List<char[]> positions(String text, Kind kind) {
        List<char[]> out = new ArrayList<>();
        walk(text, kind, new Walker() {
            /** The file's initials are the preferred choice; the characters' other readings stay as alternatives. */
            @Override public void word(String word, boolean surname) {
                String initials = (surname ? surnames : words).get(word);
                for (int k = 0; k < word.length(); k++) {
                    Set<Character> choices = new LinkedHashSet<>();
                    choices.add(initials.charAt(k));
                    for (char c : initialsOf(word.charAt(k))) choices.add(c);
                    char[] arr = new char[choices.size()];
                    int n = 0;
                    for (Character c : choices) arr[n++] = c;
                    out.add(arr);
                }
            }
            @Override public void han(int c) {
                char[] choices = initialsOf(c);
                if (choices.length > 0) out.add(choices);
            }
            @Override public void letter(String lower) {
                for (char c : lower.toCharArray()) out.add(new char[] {c});
            }
        });
        return out;
    }

    private char[] initialsOf(int c) {
        return cache.computeIfAbsent(c, this::lookUp);
    }

    private char[] lookUp(int codePoint) {
        String rareReading = rare.get(codePoint);
        if (rareReading != null) return new char[] {rareReading.charAt(0)};
        if (Character.charCount(codePoint) != 1) return new char[0];
        char c = (char) codePoint;
        String[] readings;
        try {
            readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("fixed pinyin format rejected", e);
        }
        Set<Character> initials = new LinkedHashSet<>();
        Character pref = preferred.get(c);
        if (pref != null) initials.add(pref);
        if (readings != null) {
            for (String r : readings) {
                if (!r.isEmpty() && r.charAt(0) >= 'a' && r.charAt(0) <= 'z') initials.add(r.charAt(0));
            }
        }
        char[] out = new char[initials.size()];
        int k = 0;
        for (Character ch : initials) out[k++] = ch;
        return out;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
