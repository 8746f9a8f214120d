package org.residencedesk.domain.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Outcome of checking what a worker typed or a reader delivered. Everything except the problem
 * lists may be null when the input was too broken to tell.
 *
 * @param type       null when the input matches no known layout
 * @param normalized the upper-cased 18-character form (15 for 2017 foreigners); legacy numbers upgraded
 */
public record IdNumberCheck(IdNumberType type, String normalized, LocalDate birthDate, Sex sex,
                            String countyCode, List<IdProblem> errors, List<IdProblem> warnings) {
    public IdNumberCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return type != null && errors.isEmpty();
    }

    public Optional<IdNumber> idNumber() {
        return valid() ? Optional.of(new IdNumber(normalized, type, birthDate, sex, countyCode)) : Optional.empty();
    }

    @Override
    public String toString() {
        // never print the number itself: this object may end up in a log line
        return "IdNumberCheck[" + type + " errors=" + errors + " warnings=" + warnings + "]";
    }
}
