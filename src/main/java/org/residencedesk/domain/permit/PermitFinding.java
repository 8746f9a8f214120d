package org.residencedesk.domain.permit;

import java.util.List;
import java.util.Objects;

/**
 * One problem with its message arguments. Arguments are codes, dates, counts and {@link Labelled}
 * values only, never personal data, so a finding may be logged by its code.
 */
public record PermitFinding(PermitProblem problem, List<Object> args) {
    public PermitFinding {
        Objects.requireNonNull(problem, "problem");
        args = List.copyOf(args);
    }

    public static PermitFinding of(PermitProblem problem, Object... args) {
        return new PermitFinding(problem, List.of(args));
    }

    /** The Chinese message for the window. */
    public String message() {
        return PermitMessages.text(problem.messageKey(), args.toArray());
    }
}
