package org.residencedesk.domain.policy;

/** Why a value of the station policy was refused; each has a Chinese message in {@code i18n/policy.properties}. */
public enum PolicyProblem {
    /** Nothing after the key (or an empty field on the screen). */
    MISSING_VALUE("policy.problem.missingValue"),
    /** Not a whole number. */
    NOT_AN_INTEGER("policy.problem.notAnInteger"),
    /** A whole number outside the key's limits. */
    OUT_OF_RANGE("policy.problem.outOfRange"),
    /** Neither {@code true} nor {@code false}. */
    NOT_A_BOOLEAN("policy.problem.notABoolean"),
    /** Neither {@code calendar} nor {@code working}. */
    NOT_A_DAY_KIND("policy.problem.notADayKind"),
    /** Not an amount in yuan with at most two decimals, or outside the limits. */
    NOT_MONEY("policy.problem.notMoney"),
    /** Text over the key's length or spread over several lines. */
    NOT_ONE_LINE("policy.problem.notOneLine"),
    /** Neither empty nor an intended-stay code. */
    NOT_AN_INTENDED_STAY("policy.problem.notAnIntendedStay");

    private final String messageKey;

    PolicyProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The Chinese message for {@code key}'s value, naming the setting and its limits. */
    public String message(PolicyKey key) {
        // the words a station types into the file are arguments, not bundle text
        return PolicyMessages.text(messageKey, PolicyMessages.text(key.labelKey()), key.min(), key.max(),
                "calendar", "working");
    }
}
