package org.residencedesk.domain.form;

import java.util.List;

/** A titled block of the paper form (身份信息, 居住信息 ...); rendered as one grid laid out by {@code layout}. */
public record Section(String id, String title, String help, List<FieldDefinition> fields, SectionLayout layout) {
    public Section {
        fields = List.copyOf(fields);
        layout = layout == null ? SectionLayout.single() : layout;
    }

    public Section(String id, String title, String help, List<FieldDefinition> fields) {
        this(id, title, help, fields, SectionLayout.single());
    }
}
