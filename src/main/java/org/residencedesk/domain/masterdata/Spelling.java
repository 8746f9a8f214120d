package org.residencedesk.domain.masterdata;

import java.util.List;
import java.util.Locale;

/**
 * How a name is typed in pinyin: its syllables in the preferred reading (普通高中 → pu tong gao zhong),
 * held joined with the offsets where syllables start, so a look-up can test "typed text starts at a
 * syllable" without any conversion per keystroke (ADR 0177).
 */
public final class Spelling {
    private static final Spelling NONE = new Spelling("", new int[0]);

    private final String joined;
    private final int[] starts;

    private Spelling(String joined, int[] starts) {
        this.joined = joined;
        this.starts = starts;
    }

    /** Lower-case syllables without tones, e.g. [pu, tong, gao, zhong]; empty syllables are dropped. */
    public static Spelling of(List<String> syllables) {
        if (syllables == null || syllables.isEmpty()) return NONE;
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[syllables.size()];
        int n = 0;
        for (String s : syllables) {
            if (s == null || s.isEmpty()) continue;
            starts[n++] = sb.length();
            sb.append(s.toLowerCase(Locale.ROOT));
        }
        return n == 0 ? NONE : new Spelling(sb.toString(), java.util.Arrays.copyOf(starts, n));
    }

    public static Spelling none() {
        return NONE;
    }

    /** The syllables run together: putonggaozhong. */
    public String joined() {
        return joined;
    }

    public boolean isEmpty() {
        return joined.isEmpty();
    }

    /** The first letters of the syllables: ptgz. */
    public String initials() {
        StringBuilder sb = new StringBuilder(starts.length);
        for (int s : starts) sb.append(joined.charAt(s));
        return sb.toString();
    }

    /** {@code lower} is the whole spelling (gaozhong for 高中). */
    public boolean isSpelledBy(String lower) {
        return !joined.isEmpty() && joined.equals(lower);
    }

    /** {@code lower} starts the spelling, possibly ending inside a syllable (gaoz for 高中). */
    public boolean startsWith(String lower) {
        return !joined.isEmpty() && joined.startsWith(lower);
    }

    /** {@code lower} starts at a later syllable (gaozhong, gaoz for 普通高中毕业). */
    public boolean hasInnerSyllableStart(String lower) {
        for (int i = 1; i < starts.length; i++) {
            if (joined.startsWith(lower, starts[i])) return true;
        }
        return false;
    }
}
