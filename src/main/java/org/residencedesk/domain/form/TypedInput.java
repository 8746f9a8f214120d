package org.residencedesk.domain.form;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a typed, pasted or imported value means before it is checked and stored (docs/decisions/0311): invisible
 * zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are removed and surrounding white space (also the
 * ideographic space) is stripped in every field; in fields whose valid values are plain ASCII (ID numbers, dates,
 * phones, codes, divisions, credit codes) full-width and mathematical-alphanumeric digits and letters become their
 * ASCII forms (Unicode NFKC). Direction controls (U+202A–U+202E, U+2066–U+2069) are not removed: they reorder what
 * the clerk sees, so they stay refused with the control-character message.
 */
public final class TypedInput {
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

    private TypedInput() {
    }

    /** The value as it is checked and stored; null stays null. */
    public static String normalise(FieldType type, String raw) {
        if (raw == null || raw.isEmpty() || type == FieldType.PHOTO || type == FieldType.GROUP) {
            return raw;
        }
        String v = ZERO_WIDTH.matcher(raw).replaceAll("").strip();
        if (type != FieldType.TEXT && type != FieldType.NAME) {
            v = Normalizer.normalize(v, Normalizer.Form.NFKC);
        }
        return v;
    }

    /** Every field and every group cell of {@code values} normalised by its type in {@code form}. */
    public static FormValues normalise(FormDefinition form, FormValues values) {
        FormValues.Builder b = FormValues.builder();
        values.fields().forEach((id, v) -> b.set(id, normalise(typeOf(form, id), v)));
        values.groups().forEach((groupId, rows) -> {
            b.group(groupId);
            FieldDefinition group = form.field(groupId).orElse(null);
            for (Map<String, String> row : rows) {
                Map<String, String> copy = new LinkedHashMap<>();
                row.forEach((column, v) -> copy.put(column, normalise(columnType(group, column), v)));
                b.addRow(groupId, copy);
            }
        });
        return b.build();
    }

    private static FieldType typeOf(FormDefinition form, String id) {
        return form.field(id).map(FieldDefinition::type).orElse(FieldType.TEXT);
    }

    private static FieldType columnType(FieldDefinition group, String column) {
        if (group == null) {
            return FieldType.TEXT;
        }
        List<FieldDefinition> columns = new ArrayList<>(group.columns());
        return columns.stream().filter(c -> c.id().equals(column)).map(FieldDefinition::type).findFirst()
                .orElse(FieldType.TEXT);
    }
}
