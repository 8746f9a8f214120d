package org.residencedesk.domain.permit;

import java.time.LocalDate;
import java.util.List;

/**
 * Result of an eligibility check.
 *
 * @param residenceRequirementMetOn the day the residence requirement is (or was) met, from the counted evidence
 * @param countedEvidence           the evidence whose start gave that date
 * @param countedFrom               the day the counted residence time starts (registration, enrolment or insured month)
 * @param problems                  every reason it fails, in a stable order; empty when eligible
 */
public record Eligibility(LocalDate applicationDate, LocalDate residenceRequirementMetOn,
                          ResidenceEvidence countedEvidence, LocalDate countedFrom, int ageOnApplication, List<PermitFinding> problems) {
    public Eligibility {
        problems = List.copyOf(problems);
    }

    public boolean eligible() {
        return problems.isEmpty();
    }

    public boolean has(PermitProblem problem) {
        return problems.stream().anyMatch(f -> f.problem() == problem);
    }
}
