package org.residencedesk.domain.identity;

/** ISO 7064 MOD 11-2 as used by GB 11643-1999 and the 2023 foreigner permanent residence ID. */
public final class IsoMod11_2 {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IsoMod11_2() { }

    /** @param body exactly 17 ASCII digits */
    public static char checkCharacter(CharSequence body) {
        if (body.length() != WEIGHTS.length) {
            throw new IllegalArgumentException("need 17 digits, got " + body.length());
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            char c = body.charAt(i);
            if (c < '0' || c > '9') throw new IllegalArgumentException("not a digit at " + i);
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
