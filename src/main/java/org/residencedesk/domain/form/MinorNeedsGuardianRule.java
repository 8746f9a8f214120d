package org.residencedesk.domain.form;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows 居住证暂行条例 art. 9 (a guardian or near relative may act for a person under 16): here a minor
 * cannot be their own declarant in a residence registration. Blames the declarant field.
 */
final class MinorNeedsGuardianRule implements CrossFieldRule {
    static final int ADULT_AGE = 16;
    private static final String SELF = "self";

    @Override
    public Map<String, String> defaultFields() {
        return Map.of("birthDate", "birthDate", "declarant", "declarant");
    }

    @Override
    public List<FieldError> check(RuleContext ctx) {
        Optional<LocalDate> birth = ctx.date("birthDate");
        if (birth.isEmpty() || birth.get().isAfter(ctx.today())) return List.of();
        boolean minor = Period.between(birth.get(), ctx.today()).getYears() < ADULT_AGE;
        return minor && SELF.equals(ctx.value("declarant")) ? List.of(ctx.errorOn("declarant")) : List.of();
    }
}
