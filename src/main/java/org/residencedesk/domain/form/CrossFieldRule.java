package org.residencedesk.domain.form;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A consistency rule over several fields, referenced by name from the form YAML. A rule reads fields
 * through roles (e.g. "birthDate"), so a form can map a role to a differently named field.
 */
public interface CrossFieldRule {

    /** Role -> field id used when the YAML does not map the role. */
    Map<String, String> defaultFields();

    /** Problems found; empty when consistent or when an input is missing or malformed (field checks report those). */
    List<FieldError> check(RuleContext context);

    /** Makes registering a rule a one-liner: {@code rules.register("x", CrossFieldRule.of(Map.of(...), ctx -> ...))}. */
    static CrossFieldRule of(Map<String, String> defaultFields, Function<RuleContext, List<FieldError>> check) {
        Map<String, String> defaults = Map.copyOf(defaultFields);
        return new CrossFieldRule() {
            public Map<String, String> defaultFields() { return defaults; }

            public List<FieldError> check(RuleContext context) { return check.apply(context); }
        };
    }
}
