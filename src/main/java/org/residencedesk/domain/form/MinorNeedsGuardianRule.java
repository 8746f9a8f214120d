package org.residencedesk.domain.form;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows 居住证暂行条例 art. 9 (a guardian or near relative MAY act for a person under 16, ADR 0173): a minor may
 * declare in person when a guardian is present ({@code guardianPresent}, whose name and ID the form then
 * requires), or a guardian or near relative declares. A minor alone is refused; the declarant field is blamed.
 */
final class MinorNeedsGuardianRule implements CrossFieldRule {
    static final int ADULT_AGE = 16;
    private static final String SELF = "self";

    @Override
    public Map<String, String> defaultFields() {
        return Map.of("birthDate", "birthDate", "declarant", "declarant", "guardianPresent", "guardianPresent");
    }

    @Override
    public List<FieldError> check(RuleContext ctx) {
        Optional<LocalDate> birth = ctx.date("birthDate");
        if (birth.isEmpty() || birth.get().isAfter(ctx.today())) return List.of();
        boolean minor = Period.between(birth.get(), ctx.today()).getYears() < ADULT_AGE;
        boolean alone = SELF.equals(ctx.value("declarant")) && !"true".equals(ctx.value("guardianPresent"));
        return minor && alone ? List.of(ctx.errorOn("declarant")) : List.of();
    }
}
