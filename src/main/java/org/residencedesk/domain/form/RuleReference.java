package org.residencedesk.domain.form;

import java.util.Map;

/**
 * A named cross-field rule as the YAML invokes it.
 *
 * @param fieldMapping role name -> field id, overriding the rule's defaults (a station that renames a
 *                     field maps it here instead of changing Java)
 * @param message      the Chinese message shown on the field the rule blames
 */
public record RuleReference(String name, Map<String, String> fieldMapping, String message) {
    public RuleReference {
        fieldMapping = fieldMapping == null ? Map.of() : Map.copyOf(fieldMapping);
    }
}
