package org.residencedesk.domain.form;

import java.util.List;
import java.util.Map;

/** A date that records something that already happened (arrival) cannot lie after today. */
final class DateNotInFutureRule implements CrossFieldRule {
    private final String role;

    DateNotInFutureRule(String role) {
        this.role = role;
    }

    @Override
    public Map<String, String> defaultFields() {
        return Map.of(role, role);
    }

    @Override
    public List<FieldError> check(RuleContext ctx) {
        return ctx.date(role).filter(d -> d.isAfter(ctx.today())).map(d -> List.of(ctx.errorOn(role))).orElse(List.of());
    }
}
