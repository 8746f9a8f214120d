package org.residencedesk.domain.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 统一社会信用代码 (GB 32100-2015) of an employer, school or landlord organisation: 18 characters from
 * a 31-character set (no I, O, S, V, Z), check character = 31 - (weighted sum mod 31), weights 3^i mod 31.
 *
 * @param regionCode the registering authority's 6-digit division code (positions 3-8)
 */
public record SocialCreditCode(String value, String regionCode) {
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public SocialCreditCode {
        Objects.requireNonNull(value, "value");
    }

    /** The result of checking typed input; {@code code} is present only when there are no errors. */
    public record Check(String normalized, SocialCreditCode code, List<SocialCreditCodeProblem> errors) {
        public Check {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Check check(String raw) {
        String s = InputCleaner.clean(raw);
        List<SocialCreditCodeProblem> errors = new ArrayList<>();
        if (s.isEmpty()) {
            errors.add(SocialCreditCodeProblem.EMPTY);
            return new Check(null, null, errors);
        }
        boolean charsOk = s.chars().allMatch(c -> CHARSET.indexOf(c) >= 0);
        if (s.length() != WEIGHTS.length + 1) {
            errors.add(SocialCreditCodeProblem.BAD_LENGTH);
            if (!charsOk) errors.add(SocialCreditCodeProblem.BAD_CHARACTERS);
            return new Check(null, null, errors);
        }
        if (!charsOk) {
            errors.add(SocialCreditCodeProblem.BAD_CHARACTERS);
            return new Check(null, null, errors);
        }
        if (!InputCleaner.allDigits(s, 2, 8)) {
            errors.add(SocialCreditCodeProblem.REGION_NOT_NUMERIC);
        }
        if (checkCharacter(s.substring(0, 17)) != s.charAt(17)) {
            errors.add(SocialCreditCodeProblem.CHECK_CHARACTER_MISMATCH);
        }
        SocialCreditCode code = errors.isEmpty() ? new SocialCreditCode(s, s.substring(2, 8)) : null;
        return new Check(s, code, errors);
    }

    /** @param body the first 17 characters, all from the code's character set */
    public static char checkCharacter(CharSequence body) {
        if (body.length() != WEIGHTS.length) {
            throw new IllegalArgumentException("need 17 characters, got " + body.length());
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int v = CHARSET.indexOf(body.charAt(i));
            if (v < 0) throw new IllegalArgumentException("character outside the code set at " + i);
            sum += v * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}
