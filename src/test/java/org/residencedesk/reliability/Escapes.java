package org.residencedesk.reliability;

/**
 * The catalogue's escapes, so that invisible and unusual characters stay readable in a text file: {@code \\uXXXX},
 * {@code \\U{1D7CE}} (any code point), {@code \\r \\n \\t \\0 \\\\}, and {@code {rep:N:text}} for text repeated N
 * times. {@link #show} turns a real value back into this form (control, format and non-BMP characters escaped).
 */
final class Escapes {
    private Escapes() {
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{' && s.startsWith("{rep:", i)) {
                int colon = s.indexOf(':', i + 5);
                int end = s.indexOf('}', colon);
                int n = Integer.parseInt(s.substring(i + 5, colon));
                out.append(unescape(s.substring(colon + 1, end)).repeat(n));
                i = end + 1;
            } else if (c == '\\' && i + 1 < s.length()) {
                char k = s.charAt(i + 1);
                switch (k) {
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                        i += 6;
                        continue;
                    }
                    case 'U' -> {
                        int end = s.indexOf('}', i);
                        out.appendCodePoint(Integer.parseInt(s.substring(i + 3, end), 16));
                        i = end + 1;
                        continue;
                    }
                    case 'r' -> out.append('\r');
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case '0' -> out.append('\0');
                    case '\\' -> out.append('\\');
                    default -> out.append(c).append(k);
                }
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static String show(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == '\\') {
                out.append("\\\\");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == 0) {
                out.append("\\0");
            } else if (cp > 0xFFFF) {
                out.append("\\U{").append(Integer.toHexString(cp).toUpperCase()).append('}');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE || cp == 0x3000 || cp == 0xA0) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    static String canonical(String catalogueText) {
        return show(unescape(catalogueText));
    }
}
