package org.residencedesk.domain.identity;

/** What can be wrong with a 统一社会信用代码; Chinese text in the {@code i18n.identity} bundle. */
public enum SocialCreditCodeProblem {
    EMPTY,
    BAD_LENGTH,
    BAD_CHARACTERS,
    /** Positions 3-8 hold the registering authority's division code and must be digits. */
    REGION_NOT_NUMERIC,
    CHECK_CHARACTER_MISMATCH;

    public ProblemSeverity severity() { return ProblemSeverity.ERROR; }

    public String messageKey() { return "credit.problem." + name(); }
}
