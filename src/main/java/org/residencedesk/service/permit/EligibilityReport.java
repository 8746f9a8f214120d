package org.residencedesk.service.permit;

import java.util.List;
import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.Eligibility;
import org.residencedesk.domain.permit.PermitBasis;

/**
 * Eligibility judged from the person's active registration before anything is stored.
 *
 * @param suggestedBasis from the registration form: school → 连续就读, occupation or workplace → 合法稳定就业,
 *                       otherwise 合法稳定住所; the counter may choose another
 * @param messages       Chinese texts of every problem, empty when eligible
 */
public record EligibilityReport(long registrationId, ApplicantCircumstances circumstances,
                                PermitBasis suggestedBasis, Eligibility eligibility, List<String> messages) {
    public boolean eligible() {
        return eligibility.eligible();
    }
}
