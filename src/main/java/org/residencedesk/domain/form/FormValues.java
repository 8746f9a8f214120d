package org.residencedesk.domain.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What has been typed into a form: field id -> string value, plus the rows of each repeating group
 * (each row column id -> value). Values are kept as typed strings so a half-filled draft survives.
 * Immutable; build with {@link #builder()}.
 */
public final class FormValues {
    private static final FormValues EMPTY = new FormValues(Map.of(), Map.of());

    private final Map<String, String> fields;
    private final Map<String, List<Map<String, String>>> groups;

    /** Empty values are dropped: "never filled" and "cleared" are the same thing, and compare equal. */
    private FormValues(Map<String, String> fields, Map<String, List<Map<String, String>>> groups) {
        this.fields = Collections.unmodifiableMap(withoutEmpty(fields));
        Map<String, List<Map<String, String>>> copy = new LinkedHashMap<>();
        groups.forEach((g, rows) -> {
            List<Map<String, String>> rowCopies = new ArrayList<>();
            rows.forEach(r -> rowCopies.add(Collections.unmodifiableMap(withoutEmpty(r))));
            copy.put(g, Collections.unmodifiableList(rowCopies));
        });
        this.groups = Collections.unmodifiableMap(copy);
    }

    private static Map<String, String> withoutEmpty(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) out.put(k, v);
        });
        return out;
    }

    public static FormValues empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value, or an empty string when the field was never filled. */
    public String get(String fieldId) {
        String v = fields.get(fieldId);
        return v == null ? "" : v;
    }

    /** Rows of a group; a row's missing column reads as empty via {@code getOrDefault(column, "")}. */
    public List<Map<String, String>> rows(String groupId) {
        return groups.getOrDefault(groupId, List.of());
    }

    public Map<String, String> fields() { return fields; }

    public Map<String, List<Map<String, String>>> groups() { return groups; }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.fields.putAll(fields);
        groups.forEach((g, rows) -> rows.forEach(r -> b.addRow(g, r)));
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormValues other && fields.equals(other.fields) && groups.equals(other.groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fields, groups);
    }

    /** Deliberately no values: they are personal data and must not end up in logs. */
    @Override
    public String toString() {
        return "FormValues[" + fields.size() + " fields, " + groups.size() + " groups]";
    }

    public static final class Builder {
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();

        public Builder set(String fieldId, String value) {
            fields.put(fieldId, value == null ? "" : value);
            return this;
        }

        public Builder addRow(String groupId, Map<String, String> row) {
            Map<String, String> copy = new LinkedHashMap<>();
            row.forEach((k, v) -> copy.put(k, v == null ? "" : v));
            groups.computeIfAbsent(groupId, g -> new ArrayList<>()).add(copy);
            return this;
        }

        /** Ensures the group appears (with zero rows) so "no companions" survives a round trip. */
        public Builder group(String groupId) {
            groups.computeIfAbsent(groupId, g -> new ArrayList<>());
            return this;
        }

        public Builder setInRow(String groupId, int rowIndex, String columnId, String value) {
            groups.get(groupId).get(rowIndex).put(columnId, value == null ? "" : value);
            return this;
        }

        public Builder removeRow(String groupId, int rowIndex) {
            groups.get(groupId).remove(rowIndex);
            return this;
        }

        public FormValues build() {
            return new FormValues(fields, groups);
        }
    }
}
