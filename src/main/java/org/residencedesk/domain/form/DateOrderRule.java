package org.residencedesk.domain.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The later date must not be before the earlier one (or must be strictly after it). Blames the later
 * field, which is the one a counter worker typed most recently in paper-form order.
 */
final class DateOrderRule implements CrossFieldRule {
    private final String earlierRole;
    private final String laterRole;
    private final boolean strictlyAfter;

    DateOrderRule(String earlierRole, String laterRole, boolean strictlyAfter) {
        this.earlierRole = earlierRole;
        this.laterRole = laterRole;
        this.strictlyAfter = strictlyAfter;
    }

    @Override
    public Map<String, String> defaultFields() {
        return Map.of(earlierRole, earlierRole, laterRole, laterRole);
    }

    @Override
    public List<FieldError> check(RuleContext ctx) {
        Optional<LocalDate> earlier = ctx.date(earlierRole);
        Optional<LocalDate> later = ctx.date(laterRole);
        if (earlier.isEmpty() || later.isEmpty()) return List.of();
        boolean wrong = strictlyAfter ? !later.get().isAfter(earlier.get()) : later.get().isBefore(earlier.get());
        return wrong ? List.of(ctx.errorOn(laterRole)) : List.of();
    }
}
