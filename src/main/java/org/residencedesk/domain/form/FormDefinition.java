package org.residencedesk.domain.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A whole form: sections of fields in paper-form order plus the cross-field rules it invokes. */
public final class FormDefinition {
    private final String id;
    private final int version;
    private final String title;
    private final List<Section> sections;
    private final List<RuleReference> rules;
    private final Map<String, FieldDefinition> byId = new LinkedHashMap<>();

    public FormDefinition(String id, int version, String title, List<Section> sections, List<RuleReference> rules) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.sections = List.copyOf(sections);
        this.rules = List.copyOf(rules);
        for (Section s : this.sections) {
            for (FieldDefinition f : s.fields()) {
                if (byId.putIfAbsent(f.id(), f) != null) {
                    throw new IllegalArgumentException("duplicate field id " + f.id());
                }
            }
        }
    }

    public String id() { return id; }

    public int version() { return version; }

    public String title() { return title; }

    public List<Section> sections() { return sections; }

    public List<RuleReference> rules() { return rules; }

    public Optional<FieldDefinition> field(String fieldId) {
        return Optional.ofNullable(byId.get(fieldId));
    }

    /**
     * A copy in which the top-level field {@code fieldId} proposes {@code value} in a new form, unconditionally
     * (a station's setting, ADR 0336); this form itself when it has no such field.
     */
    public FormDefinition withDefault(String fieldId, String value) {
        if (!byId.containsKey(fieldId)) return this;
        List<Section> copy = new ArrayList<>();
        for (Section s : sections) {
            copy.add(new Section(s.id(), s.title(), s.help(), s.fields().stream()
                    .map(f -> f.id().equals(fieldId) ? f.withDefault(value, null) : f).toList(), s.layout()));
        }
        return new FormDefinition(id, version, title, copy, rules);
    }

    /** Top-level fields (groups included) in keyboard order. */
    public List<FieldDefinition> fieldsInOrder() {
        return List.copyOf(byId.values());
    }

    /** Top-level field ids in keyboard order: the order of the paper form. */
    public List<String> tabOrder() {
        return new ArrayList<>(byId.keySet());
    }
}
