package org.residencedesk.ui.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.domain.form.FieldType;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.masterdata.UsageCounts;

/** The look-up codes a filled form holds, by the table they are counted under (ADR 0177). */
public final class LookupPicks {
    private LookupPicks() { }

    public static Map<String, List<String>> of(FormDefinition definition, FormValues values) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (FieldDefinition f : definition.fieldsInOrder()) {
            if (f.isGroup()) {
                for (Map<String, String> row : values.rows(f.id())) {
                    for (FieldDefinition c : f.columns()) add(out, c, row.get(c.id()));
                }
            } else {
                add(out, f, values.get(f.id()));
            }
        }
        return out;
    }

    private static void add(Map<String, List<String>> out, FieldDefinition f, String value) {
        if (value == null || value.isBlank()) return;
        String table = tableOf(f);
        if (table != null) out.computeIfAbsent(table, t -> new ArrayList<>()).add(value);
    }

    /** The table a field's picks count under, as {@link LookupSource#usageTable()} names it; null for other kinds. */
    static String tableOf(FieldDefinition f) {
        if (f.type() == FieldType.CODE) return f.codeTable();
        if (f.type() == FieldType.DIVISION) return UsageCounts.DIVISIONS;
        if (f.type() == FieldType.CHOICE) return "choice:" + f.id();
        return null;
    }
}
