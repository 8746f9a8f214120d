package org.residencedesk.domain.form;

import java.util.List;
import java.util.Set;

/**
 * The whole expression language of form definitions: compare another field's value, combine with
 * and / or / not. Deliberately no arithmetic, no functions and no scripting: a station can read and
 * change it, and a form file cannot run code (ADR 0040).
 */
public sealed interface Condition {

    boolean test(ValueLookup values);

    /** Every field id the condition reads, so the loader can reject references to unknown fields. */
    Set<String> referencedFields();

    record Equals(String field, String expected) implements Condition {
        public boolean test(ValueLookup values) {
            return values.value(field).strip().equals(expected);
        }

        public Set<String> referencedFields() { return Set.of(field); }
    }

    record In(String field, List<String> expected) implements Condition {
        public In {
            expected = List.copyOf(expected);
        }

        public boolean test(ValueLookup values) {
            return expected.contains(values.value(field).strip());
        }

        public Set<String> referencedFields() { return Set.of(field); }
    }

    record NotEmpty(String field) implements Condition {
        public boolean test(ValueLookup values) {
            return !values.value(field).isBlank();
        }

        public Set<String> referencedFields() { return Set.of(field); }
    }

    record And(List<Condition> parts) implements Condition {
        public And {
            parts = List.copyOf(parts);
        }

        public boolean test(ValueLookup values) {
            return parts.stream().allMatch(p -> p.test(values));
        }

        public Set<String> referencedFields() { return union(parts); }
    }

    record Or(List<Condition> parts) implements Condition {
        public Or {
            parts = List.copyOf(parts);
        }

        public boolean test(ValueLookup values) {
            return parts.stream().anyMatch(p -> p.test(values));
        }

        public Set<String> referencedFields() { return union(parts); }
    }

    record Not(Condition inner) implements Condition {
        public boolean test(ValueLookup values) {
            return !inner.test(values);
        }

        public Set<String> referencedFields() { return inner.referencedFields(); }
    }

    private static Set<String> union(List<Condition> parts) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        parts.forEach(p -> all.addAll(p.referencedFields()));
        return Set.copyOf(all);
    }
}
