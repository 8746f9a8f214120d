package org.residencedesk.domain.form;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registry of named cross-field rules. {@link #standard()} holds the rules that need no ID-number
 * parsing; the composition root adds the ID-number ones with {@link #register}.
 */
public final class CrossFieldRules {
    private final Map<String, CrossFieldRule> byName = new LinkedHashMap<>();

    public static CrossFieldRules empty() {
        return new CrossFieldRules();
    }

    public static CrossFieldRules standard() {
        return new CrossFieldRules()
                .register("arrivalNotBeforeBirth", new DateOrderRule("birthDate", "arrivalDate", false))
                .register("arrivalNotInFuture", new DateNotInFutureRule("arrivalDate"))
                .register("contractEndAfterStart", new DateOrderRule("contractStart", "contractEnd", true))
                .register("validityEndAfterStart", new DateOrderRule("validFrom", "validUntil", true))
                .register("enrolmentNotBeforeBirth", new DateOrderRule("birthDate", "schoolEnrolmentDate", false))
                .register("insuranceNotBeforeBirth", new YearMonthNotBeforeBirthRule("birthDate", "insuranceStartMonth"))
                .register("minorNeedsGuardian", new MinorNeedsGuardianRule());
    }

    /** Adds or replaces a rule; returns this for chaining. */
    public CrossFieldRules register(String name, CrossFieldRule rule) {
        byName.put(name, rule);
        return this;
    }

    public Optional<CrossFieldRule> rule(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Set<String> names() {
        return Set.copyOf(byName.keySet());
    }
}
