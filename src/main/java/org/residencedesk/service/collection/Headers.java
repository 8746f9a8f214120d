package org.residencedesk.service.collection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.domain.form.FormColumns;

/**
 * Which column holds which field (docs/decisions/0230): an export's {@code form.<id>} columns (its summary
 * columns are then ignored), plain field ids, or the template's Chinese labels (a leading * of a required field
 * and spaces do not matter). A second row of field ids under Chinese labels (the template's hidden row) wins over
 * the labels.
 */
final class Headers {
    static final String FORM_PREFIX = "form.";
    static final String EXPORT_STATUS = "status";
    static final String ACTIVE = "ACTIVE";

    private final FormColumns columns;
    private final Map<String, String> idByLabel = new HashMap<>();
    private Map<Integer, String> fieldByColumn;
    /** In an export: the column of the registration's status (an ended one is not imported, ADR 0230). */
    private int statusColumn = -1;
    private boolean firstRowSeen;
    private boolean ready;

    Headers(FormColumns columns) {
        this.columns = columns;
        for (FieldDefinition f : columns.form().fieldsInOrder()) {
            idByLabel.putIfAbsent(label(f.label()), f.id());
        }
    }

    boolean ready() {
        return ready;
    }

    /**
     * Offers one of the first rows. Empty while it was a header row; the row itself when it turned out to be data
     * (the row after a single header row).
     */
    Optional<List<String>> offer(List<String> cells) {
        if (!firstRowSeen) {
            firstRowSeen = true;
            fieldByColumn = map(cells);
            return Optional.empty();
        }
        ready = true;
        Map<Integer, String> ids = byIdsOnly(cells);
        long filled = cells.stream().filter(c -> c != null && !c.isBlank()).count();
        if (ids.size() >= 3 && ids.size() * 2 >= filled) {
            fieldByColumn = ids; // the template's hidden row of ids
            return Optional.empty();
        }
        return Optional.of(cells);
    }

    /** True once the first row named at least one field. */
    boolean named() {
        return fieldByColumn != null && !fieldByColumn.isEmpty();
    }

    /** True for an export's row of a registration that has ended (its status column is not ACTIVE). */
    boolean ended(List<String> row) {
        return statusColumn >= 0 && statusColumn < row.size() && row.get(statusColumn) != null
                && !row.get(statusColumn).isBlank() && !ACTIVE.equals(row.get(statusColumn).strip());
    }

    /** A data row as field id → cell text. */
    Map<String, String> cells(List<String> row) {
        Map<String, String> out = new LinkedHashMap<>();
        fieldByColumn.forEach((column, id) -> {
            if (column < row.size()) {
                out.put(id, row.get(column));
            }
        });
        return out;
    }

    private Map<Integer, String> map(List<String> header) {
        Map<Integer, String> prefixed = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).strip();
            if (h.startsWith(FORM_PREFIX) && columns.field(h.substring(FORM_PREFIX.length())).isPresent()) {
                prefixed.put(i, h.substring(FORM_PREFIX.length()));
            }
        }
        if (!prefixed.isEmpty()) {
            statusColumn = header.indexOf(EXPORT_STATUS);
            return prefixed;
        }
        Map<Integer, String> out = new LinkedHashMap<>(byIdsOnly(header));
        for (int i = 0; i < header.size(); i++) {
            if (!out.containsKey(i) && header.get(i) != null) {
                String id = idByLabel.get(label(header.get(i)));
                if (id != null && !out.containsValue(id)) {
                    out.put(i, id);
                }
            }
        }
        return out;
    }

    private Map<Integer, String> byIdsOnly(List<String> row) {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String h = row.get(i) == null ? "" : row.get(i).strip();
            if (!h.isEmpty() && columns.field(h).isPresent() && !out.containsValue(h)) {
                out.put(i, h);
            }
        }
        return out;
    }

    /** A header label without the required marker and spaces. */
    static String label(String text) {
        String t = text.strip();
        while (t.startsWith("*") || t.startsWith("＊")) {
            t = t.substring(1);
        }
        return t.replace(" ", "").replace("\u3000", "");
    }

    /** Cells of one row keyed by the ids of the same position. */
    static Map<String, String> byId(List<String> ids, List<String> cells) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.size() && i < cells.size(); i++) {
            out.put(ids.get(i), cells.get(i));
        }
        return out;
    }

    /** For tests and messages: the ids the header found, in column order. */
    List<String> mappedIds() {
        return new ArrayList<>(fieldByColumn.values());
    }
}
