package org.residencedesk.domain.form;

import java.util.List;

/** A titled block of the paper form (身份信息, 居住信息 ...); rendered as one grid. */
public record Section(String id, String title, String help, List<FieldDefinition> fields) {
    public Section {
        fields = List.copyOf(fields);
    }
}
