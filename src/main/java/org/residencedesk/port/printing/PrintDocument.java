package org.residencedesk.port.printing;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to print: a template plus its named parameters and, for list-like documents (e.g. the
 * missing-materials notice), rows whose keys are the template's fields.
 * Parameter values are Strings unless the template README says otherwise (the photo is a byte[]).
 */
public record PrintDocument(DocumentType type, Map<String, Object> parameters, List<Map<String, Object>> rows) {

    public PrintDocument {
        Objects.requireNonNull(type, "type");
        parameters = Map.copyOf(parameters);
        rows = rows.stream().<Map<String, Object>>map(Map::copyOf).toList();
    }

    public static PrintDocument of(DocumentType type, Map<String, Object> parameters) {
        return new PrintDocument(type, parameters, List.of());
    }

    public static PrintDocument withRows(DocumentType type, Map<String, Object> parameters,
                                         List<Map<String, Object>> rows) {
        return new PrintDocument(type, parameters, rows);
    }
}
