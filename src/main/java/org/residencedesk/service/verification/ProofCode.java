package org.residencedesk.service.verification;

import java.util.Locale;
import java.util.Optional;

/**
 * The 居住证明's verification code (ADR 0224): the first 75 bits of the HMAC as 15 Crockford base-32 characters
 * (digits and capitals without I, L, O, U) plus one check character (Luhn mod 32, catches any single wrong character
 * and any swap of two neighbours but 0/Z), printed as four groups of four: {@code 7QX2-M9KD-4TRB-H3WE}. Reading forgives
 * case, spaces, dashes and the look-alikes O→0, I/L→1.
 */
public final class ProofCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int DATA_LENGTH = 15;

    private ProofCode() {
    }

    /** The code of a signature (at least 10 bytes), without dashes. */
    static String of(byte[] mac) {
        StringBuilder out = new StringBuilder(DATA_LENGTH + 1);
        long bits = 0;
        int have = 0;
        int index = 0;
        while (out.length() < DATA_LENGTH) {
            if (have < 5) {
                bits = (bits << 8) | (mac[index++] & 0xff);
                have += 8;
            }
            out.append(ALPHABET.charAt((int) (bits >>> (have - 5)) & 31));
            have -= 5;
        }
        return out.append(check(out)).toString();
    }

    /** As printed: four groups of four, joined by dashes. */
    public static String printed(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12);
    }

    /** The typed code in canonical form, or empty when it is not 16 code characters with a matching check. */
    public static Optional<String> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (s.length() != DATA_LENGTH + 1 || !s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return check(s.substring(0, DATA_LENGTH)) == s.charAt(DATA_LENGTH) ? Optional.of(s) : Optional.empty();
    }

    /** The check character of 15 code characters: Luhn mod N over the alphabet (not secret). */
    public static char check(CharSequence data) {
        int factor = 2;
        int sum = 0;
        for (int i = data.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(data.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return ALPHABET.charAt((32 - sum % 32) % 32);
    }
}
