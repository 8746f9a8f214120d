package org.residencedesk.domain.form;

import java.util.Optional;

/**
 * Kinds of validation message. A field's YAML {@code messages:} may override any kind by its key;
 * otherwise the text comes from the {@code form} bundle under {@code form.validation.<key>}.
 */
public enum MessageKind {
    REQUIRED("required"),
    TOO_LONG("tooLong"),
    TOO_SHORT("tooShort"),
    CONTROL_CHARACTERS("controlCharacters"),
    PATTERN("pattern"),
    INVALID("invalid"),
    BAD_DATE("badDate"),
    FUTURE_DATE("futureDate"),
    BAD_YEAR_MONTH("badYearMonth"),
    BAD_MOBILE("badMobile"),
    BAD_FIXED_PHONE("badFixedPhone"),
    BAD_NAME("badName"),
    UNKNOWN_CODE("unknownCode"),
    UNKNOWN_DIVISION("unknownDivision"),
    WRONG_DIVISION_LEVEL("wrongDivisionLevel"),
    OUTSIDE_DIVISION("outsideDivision"),
    BAD_BOOLEAN("badBoolean"),
    UNKNOWN_CHOICE("unknownChoice"),
    MUST_ACCEPT("mustAccept"),
    TOO_FEW_ROWS("tooFewRows"),
    TOO_MANY_ROWS("tooManyRows");

    private final String key;

    MessageKind(String key) { this.key = key; }

    public String key() { return key; }

    public String bundleKey() { return "form.validation." + key; }

    public static Optional<MessageKind> ofKey(String key) {
        for (MessageKind k : values()) {
            if (k.key.equals(key)) return Optional.of(k);
        }
        return Optional.empty();
    }
}
