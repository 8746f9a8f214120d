package org.residencedesk.service;

/**
 * The 签发机关 a station enters at setup and an administrator may change: the full name of the issuing
 * public-security authority (regulation art. 9: 居住证由县级人民政府公安机关签发), e.g. 武汉市公安局洪山分局.
 */
public final class IssuingAuthorityRule {
    public static final int MAX_LENGTH = 50;

    private IssuingAuthorityRule() {
    }

    /** Adds the Chinese problem of {@code value} to {@code problems} under {@code field}, if any. */
    public static void check(Problems problems, String field, String value) {
        TextRules.checkText(problems, field, value, MAX_LENGTH);
        if (!problems.has(field) && !value.contains("公安")) {
            problems.add(field, "setup.issuingAuthority.notPolice");
        }
    }
}
