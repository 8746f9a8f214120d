package org.residencedesk.forms;

/** What can be wrong with a form file; each has a Chinese text in the {@code form} bundle. */
public enum FormLoadProblem {
    UNREADABLE("unreadable"),
    EMPTY_FILE("emptyFile"),
    SYNTAX("syntax"),
    DUPLICATE_KEY("duplicateKey"),
    EXPECTED_MAP("expectedMap"),
    EXPECTED_LIST("expectedList"),
    EXPECTED_TEXT("expectedText"),
    EXPECTED_NUMBER("expectedNumber"),
    EXPECTED_BOOLEAN("expectedBoolean"),
    MISSING_KEY("missingKey"),
    UNKNOWN_KEY("unknownKey"),
    UNKNOWN_TYPE("unknownType"),
    UNKNOWN_CODE_TABLE("unknownCodeTable"),
    UNKNOWN_DIVISION_LEVEL("unknownDivisionLevel"),
    UNKNOWN_REGISTER("unknownRegister"),
    UNKNOWN_RULE("unknownRule"),
    UNKNOWN_RULE_ROLE("unknownRuleRole"),
    UNKNOWN_FIELD_REFERENCE("unknownFieldReference"),
    UNKNOWN_MESSAGE_KIND("unknownMessageKind"),
    DUPLICATE_ID("duplicateId"),
    BAD_ID("badId"),
    BAD_PATTERN("badPattern"),
    BAD_CONDITION("badCondition"),
    KEY_NOT_FOR_TYPE("keyNotForType"),
    NESTED_GROUP("nestedGroup"),
    BAD_COLUMNS("badColumns"),
    SPAN_TOO_WIDE("spanTooWide"),
    SPAN_IN_GROUP("spanInGroup"),
    BAD_ASIDE("badAside"),
    BESIDE_NOTHING("besideNothing");

    private final String key;

    FormLoadProblem(String key) { this.key = key; }

    public String bundleKey() { return "form.load." + key; }
}
