package org.residencedesk.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The station's one password policy, for the first administrator (setup), new accounts, resets and a holder's own
 * change (docs/decisions/0161). Counter PCs are shared and stand in public halls, so a password is at least
 * {@value #MIN_LENGTH} characters, mixes at least three of upper-case letters, lower-case letters, digits and
 * other characters, does not contain the login, and is not one of the well-known weak passwords dressed up
 * with digits and symbols ({@code Password123!}, {@code P@ssw0rd2026}). Each rule has its own Chinese message.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    /** Longer than anyone types; the password-file reader stops at 1024 characters. */
    public static final int MAX_LENGTH = 128;
    /**
     * What remains of a weak password once digits and symbols are dropped and look-alike characters read as
     * letters: words, names and keyboard walks that password lists start with.
     */
    private static final Set<String> WEAK_CORES = Set.of("password", "passwd", "pass", "pwd", "qwerty",
            "qwertyuiop", "qwer", "asdf", "asdfgh", "asdfghjkl", "zxcv", "zxcvbn", "zxcvbnm", "qaz", "qazwsx",
            "qazwsxedc", "wsx", "zaq", "zaqxsw", "qwe", "qweasd", "qweasdzxc", "abc", "abcd", "abcde", "abcdef",
            "abcdefg", "aaa", "admin", "administrator", "root", "user", "test", "guest", "welcome", "letmein",
            "iloveyou", "woaini", "changeme", "secret", "master", "dragon", "monkey", "sunshine", "football",
            "baseball", "superman", "huawei", "china", "beijing", "wuhan", "hubei", "residencedesk");

    private PasswordPolicy() {
    }

    /**
     * Adds at most one problem for {@code field}, the first rule {@code password} breaks, with its Chinese message.
     *
     * @param login the account the password is for (it must not appear in it); null when not known yet
     */
    public static void check(Problems problems, String field, String login, char[] password) {
        if (password == null || password.length == 0) {
            problems.add(field, "validation.required");
            return;
        }
        String text = new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            problems.add(field, "validation.password.tooShort", MIN_LENGTH);
        } else if (length > MAX_LENGTH) {
            problems.add(field, "validation.password.tooLong", MAX_LENGTH);
        } else if (characterClasses(text) < 3) {
            problems.add(field, "validation.password.classes");
        } else if (login != null && login.strip().length() >= 3
                && text.toLowerCase(Locale.ROOT).contains(login.strip().toLowerCase(Locale.ROOT))) {
            problems.add(field, "validation.password.containsLogin");
        } else if (isWellKnownWeak(text)) {
            problems.add(field, "validation.password.common");
        }
    }

    /** Adds the password's problem or, when it is fine, a mismatch of the confirmation under {@code confirmField}. */
    public static void checkWithConfirmation(Problems problems, String field, String confirmField, String login,
                                             char[] password, char[] confirmation) {
        check(problems, field, login, password);
        if (!problems.has(field) && !Arrays.equals(password, confirmation)) {
            problems.add(confirmField, "validation.password.mismatch");
        }
    }

    static int characterClasses(String text) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /**
     * A weak word or keyboard walk with digits and symbols around it: {@code Password123!}, {@code P@ssw0rd2026},
     * {@code 1qaz@WSX3edc}. Read twice: with look-alike characters inside the word read as letters, and with every
     * digit and symbol dropped.
     */
    static boolean isWellKnownWeak(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int start = 0;
        int end = lower.length();
        while (start < end && !isAsciiLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !isAsciiLetter(lower.charAt(end - 1))) {
            end--;
        }
        StringBuilder readAsLetters = new StringBuilder();
        for (char c : lower.substring(start, end).toCharArray()) {
            readAsLetters.append(switch (c) {
                case '@', '4' -> 'a';
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        StringBuilder lettersOnly = new StringBuilder();
        lower.chars().filter(c -> isAsciiLetter((char) c)).forEach(c -> lettersOnly.append((char) c));
        return WEAK_CORES.contains(readAsLetters.toString()) || WEAK_CORES.contains(lettersOnly.toString());
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
