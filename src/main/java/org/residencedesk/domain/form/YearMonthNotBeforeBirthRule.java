package org.residencedesk.domain.form;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** A month (social insurance start) cannot lie before the month of birth. */
final class YearMonthNotBeforeBirthRule implements CrossFieldRule {
    private final String birthRole;
    private final String monthRole;

    YearMonthNotBeforeBirthRule(String birthRole, String monthRole) {
        this.birthRole = birthRole;
        this.monthRole = monthRole;
    }

    @Override
    public Map<String, String> defaultFields() {
        return Map.of(birthRole, birthRole, monthRole, monthRole);
    }

    @Override
    public List<FieldError> check(RuleContext ctx) {
        var birth = ctx.date(birthRole);
        String month = ctx.value(monthRole);
        if (birth.isEmpty() || month.isEmpty()) return List.of();
        try {
            return YearMonth.parse(month).isBefore(YearMonth.from(birth.get())) ? List.of(ctx.errorOn(monthRole)) : List.of();
        } catch (DateTimeParseException e) {
            return List.of();
        }
    }
}
