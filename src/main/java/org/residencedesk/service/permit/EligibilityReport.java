package org.residencedesk.service.permit;

import java.util.List;
import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.Eligibility;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitMessages;

/**
 * Eligibility judged from the person's active registration before anything is stored.
 *
 * @param circumstances  the facts judged: the residence start is the first registration of the continuous chain
 *                       at this station, and only the earlier start the applicant needs (ADR 0170)
 * @param suggestedBasis from the registration form: school → 连续就读, occupation or workplace → 合法稳定就业,
 *                       otherwise 合法稳定住所; the counter may choose another
 * @param messages       Chinese texts of every problem, empty when eligible
 */
public record EligibilityReport(long registrationId, ApplicantCircumstances circumstances,
                                PermitBasis suggestedBasis, Eligibility eligibility, List<String> messages) {
    public boolean eligible() {
        return eligibility.eligible();
    }

    /** What the residence months were counted from, in Chinese, e.g. 居住时间自2026年3月1日入学之日起算（…）. */
    public String countedFromText() {
        return PermitMessages.text("permit.countedFrom." + eligibility.countedEvidence().name(),
                eligibility.countedFrom());
    }
}
