package org.residencedesk.service.demodata;

import java.util.List;
import java.util.SplittableRandom;

/** The two small draws every part of a demo person uses: one word of a list, and a zero-padded number. */
final class Draws {
    private Draws() { }

    static String pick(List<String> list, SplittableRandom rnd) {
        return list.get(rnd.nextInt(list.size()));
    }

    /** Zero-padded decimal; String.format costs more than the rest of a record on this path. */
    static String digits(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
