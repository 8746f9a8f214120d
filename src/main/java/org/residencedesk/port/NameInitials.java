package org.residencedesk.port;

/** Pinyin initials of a person's name, for finding people by typing e.g. {@code zs} for 张三. */
public interface NameInitials {
    /**
     * Lower-case initials of the Han characters; Latin letters kept (lower-cased); digits, the
     * middle dot of transliterated foreign names (·), spaces and punctuation dropped. Characters
     * that cannot be transliterated are skipped. Never null; empty for null or empty input.
     */
    String initialsOf(String text);
}
