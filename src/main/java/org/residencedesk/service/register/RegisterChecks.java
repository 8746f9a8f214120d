package org.residencedesk.service.register;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.residencedesk.domain.form.TextChecks;
import org.residencedesk.domain.identity.IdNumberCheck;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.identity.SocialCreditCode;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.register.RegisterSearch;
import org.residencedesk.service.Problems;

/**
 * The checks both registers share, each adding its Chinese message under the field id and returning the
 * normalised value (or null when the value was bad or blank).
 */
final class RegisterChecks {
    private static final ResourceBundle IDENTITY = ResourceBundle.getBundle("i18n.identity");
    /** A mobile (1 + 10 digits) or a fixed line (area code 0 + 2-3 digits, optional dash, 7-8 digits). */
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,6}");
    private static final Pattern CODE_LIKE = Pattern.compile("[0-9A-Za-z]*\\d[0-9A-Za-z]*");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");

    private final Problems problems;
    private final MasterData masterData;

    RegisterChecks(Problems problems, MasterData masterData) {
        this.problems = problems;
        this.masterData = masterData;
    }

    /** Required or optional text of at most {@code max} characters; blank optional text → null. */
    String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) problems.add(field, "validation.required");
            return null;
        }
        if (TextChecks.hasForbiddenCharacters(value)) {
            problems.add(field, "validation.controlCharacters");
            return null;
        }
        String v = value.strip();
        if (TextChecks.length(v) > max) {
            problems.add(field, "validation.tooLong", max);
            return null;
        }
        return v;
    }

    String personName(String field, String value, int max) {
        String v = text(field, value, max, true);
        if (v != null && !TextChecks.isPersonName(v)) {
            problems.add(field, "register.badPersonName");
            return null;
        }
        return v;
    }

    String phone(String field, String value) {
        String v = text(field, value, 20, true);
        if (v == null) return null;
        String compact = v.replace(" ", "");
        if (!PHONE.matcher(compact).matches()) {
            problems.add(field, "register.badPhone");
            return null;
        }
        return compact;
    }

    /** A known division at {@code level} (null: any level) inside {@code within} (null: anywhere). */
    Division division(String field, String value, DivisionLevel level, String within) {
        String v = text(field, value, 12, true);
        if (v == null) return null;
        Optional<Division> d = masterData.division(v);
        if (d.isEmpty()) {
            problems.add(field, "register.unknownDivision");
            return null;
        }
        if (level != null && d.get().level() != level) {
            problems.add(field, "register.divisionLevel");
            return null;
        }
        if (within != null && !v.startsWith(within)) {
            problems.add(field, "register.divisionOutside");
            return null;
        }
        return d.get();
    }

    /** A whole number from {@code min} to {@code max}; blank → {@code blank} when that is not null. */
    Integer number(String field, String value, int min, int max, Integer blank) {
        if (value == null || value.isBlank()) {
            if (blank == null) problems.add(field, "validation.required");
            return blank;
        }
        String v = value.strip();
        if (!DIGITS.matcher(v).matches()) {
            problems.add(field, "register.notAWholeNumber", min, max);
            return null;
        }
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
            problems.add(field, "register.notAWholeNumber", min, max);
            return null;
        }
        return n;
    }

    String creditCode(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field, "validation.required");
            return null;
        }
        SocialCreditCode.Check check = SocialCreditCode.check(value);
        if (!check.valid()) {
            problems.addMessage(field, IDENTITY.getString(check.errors().get(0).messageKey()));
            return null;
        }
        return check.normalized();
    }

    String idNumber(String field, String value, IdNumberParser parser) {
        if (value == null || value.isBlank()) {
            problems.add(field, "validation.required");
            return null;
        }
        IdNumberCheck check = parser.check(value);
        if (!check.valid()) {
            String message = check.errors().isEmpty() ? Problems.message("register.badIdNumber")
                    : IDENTITY.getString(check.errors().get(0).messageKey());
            problems.addMessage(field, message);
            return null;
        }
        return check.normalized();
    }

    /** A value that must stay blank in this case; its message says why. */
    void mustBeBlank(String field, String value, String messageKey) {
        if (value != null && !value.isBlank()) problems.add(field, messageKey);
    }

    /** Division full name + the parts, as one address line. */
    static String addressLine(Division division, String... parts) {
        return division.fullName() + Stream.of(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining());
    }

    /** What a search text most likely is: letters → initials, anything with a digit → code, else a name. */
    static RegisterSearch guess(String text) {
        String t = text == null ? "" : text.strip();
        if (LETTERS.matcher(t).matches()) return RegisterSearch.INITIALS;
        if (CODE_LIKE.matcher(t).matches()) return RegisterSearch.CODE;
        return RegisterSearch.NAME;
    }

    static String blankToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
