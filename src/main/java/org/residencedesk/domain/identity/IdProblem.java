package org.residencedesk.domain.identity;

/**
 * What can be wrong with an identity number. The Chinese text lives in the {@code i18n.identity}
 * bundle under {@link #messageKey()}, so the domain stays free of display text.
 */
public enum IdProblem {
    EMPTY(ProblemSeverity.ERROR),
    BAD_LENGTH(ProblemSeverity.ERROR),
    BAD_CHARACTERS(ProblemSeverity.ERROR),
    CHECK_CHARACTER_MISMATCH(ProblemSeverity.ERROR),
    BIRTH_DATE_INVALID(ProblemSeverity.ERROR),
    BIRTH_DATE_IN_FUTURE(ProblemSeverity.ERROR),
    BIRTH_DATE_TOO_EARLY(ProblemSeverity.ERROR),
    /** Counties are renamed and merged; an old number keeps the code of its issue time. */
    COUNTY_CODE_UNKNOWN(ProblemSeverity.WARNING),
    /** The 2017 foreigner layout is not officially published; see ADR 0011. */
    FOREIGN_PR_2017_BIRTH_DATE_UNREADABLE(ProblemSeverity.WARNING);

    private final ProblemSeverity severity;

    IdProblem(ProblemSeverity severity) { this.severity = severity; }

    public ProblemSeverity severity() { return severity; }

    public String messageKey() { return "id.problem." + name(); }
}
