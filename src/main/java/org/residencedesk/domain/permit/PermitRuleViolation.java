package org.residencedesk.domain.permit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A permit step refused by a rule or a missing right. Carries every finding (e.g. all reasons an
 * application is not eligible) so the window shows them at once. {@link #getMessage()} holds the
 * problem codes only (safe for logs); {@link #messages()} the Chinese texts for the user.
 */
public final class PermitRuleViolation extends RuntimeException {
    private final List<PermitFinding> findings;

    public PermitRuleViolation(List<PermitFinding> findings) {
        super("permit rule violated: " + findings.stream().map(f -> f.problem().name())
                .collect(Collectors.joining(", ")));
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a violation needs at least one finding");
        }
        this.findings = List.copyOf(findings);
    }

    public static PermitRuleViolation of(PermitProblem problem, Object... args) {
        return new PermitRuleViolation(List.of(PermitFinding.of(problem, args)));
    }

    /** The first (main) problem. */
    public PermitProblem problem() {
        return findings.get(0).problem();
    }

    public List<PermitFinding> findings() {
        return findings;
    }

    public List<String> messages() {
        return findings.stream().map(PermitFinding::message).toList();
    }

    @Override
    public String getLocalizedMessage() {
        return String.join("\n", messages());
    }
}
