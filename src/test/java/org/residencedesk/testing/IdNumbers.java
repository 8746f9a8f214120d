package org.residencedesk.testing;

/** Builds valid citizen ID numbers for tests (GB 11643 MOD 11-2 check character). */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private IdNumbers() {
    }

    /** @param county 6 digits, @param birth yyyyMMdd, @param sequence 0..999 (odd = male) */
    public static String citizen(String county, String birth, int sequence) {
        String body = county + birth + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
