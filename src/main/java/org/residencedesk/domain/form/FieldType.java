package org.residencedesk.domain.form;

import java.util.Optional;

/** The kinds of field a form definition may use; the YAML spells them in lower case with dashes. */
public enum FieldType {
    TEXT("text", 200),
    NAME("name", 50),
    ID_NUMBER("id-number", 18),
    DATE("date", 10),
    YEAR_MONTH("year-month", 7),
    PHONE_MOBILE("phone-mobile", 11),
    PHONE_FIXED("phone-fixed", 20),
    CODE("code", 40),
    DIVISION("division", 12),
    BOOLEAN("boolean", 5),
    CHOICE("choice", 40),
    SOCIAL_CREDIT_CODE("social-credit-code", 18),
    /** 相片: a JPEG or PNG as Base64 ({@code domain.form.PhotoValue}, ADR 0196). */
    PHOTO("photo", 140_000),
    GROUP("group", 0);

    private final String yamlName;
    private final int defaultMaxLength;

    FieldType(String yamlName, int defaultMaxLength) {
        this.yamlName = yamlName;
        this.defaultMaxLength = defaultMaxLength;
    }

    public String yamlName() { return yamlName; }

    /** Upper bound applied when the YAML gives no maxLength: no field accepts unbounded text. */
    public int defaultMaxLength() { return defaultMaxLength; }

    /** Types whose format check needs code registered from outside the form engine. */
    public boolean needsPluggedValidator() {
        return this == ID_NUMBER || this == SOCIAL_CREDIT_CODE;
    }

    public static Optional<FieldType> ofYamlName(String name) {
        for (FieldType t : values()) {
            if (t.yamlName.equals(name)) return Optional.of(t);
        }
        return Optional.empty();
    }
}
