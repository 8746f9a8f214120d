package org.residencedesk.domain.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Numbers are typed with Chinese input methods and pasted from documents: full-width digits
 * (１２３), full-width or ideographic spaces and lower-case x are common and harmless.
 */
final class InputCleaner {
    private InputCleaner() { }

    static String clean(String raw) {
        if (raw == null) return "";
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '-')
                .forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }

    static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }
}
