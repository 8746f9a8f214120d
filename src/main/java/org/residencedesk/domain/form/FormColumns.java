package org.residencedesk.domain.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.masterdata.MasterData;

/**
 * A form as one spreadsheet row: one cell per top-level field id, in keyboard order (docs/decisions/0230). Values
 * are written as stored (codes as codes, dates ISO, choices by value, booleans {@code true}/{@code false}); a
 * repeating group is one cell, its rows separated by {@value #ROW_SEPARATOR} and the columns of a row by
 * {@value #COLUMN_SEPARATOR} in the group's column order. Reading accepts what people type into a template as
 * well: a choice's Chinese label, 是/否 for booleans, a code table's name instead of its code, dates as
 * 2026/11/1, 2026.11.1 or 20261101, and full-width separators. Read-only (system) fields are never read: the
 * station that stores the row fills them itself.
 */
public final class FormColumns {
    public static final String ROW_SEPARATOR = ";";
    public static final String COLUMN_SEPARATOR = "|";
    private static final Pattern ROWS = Pattern.compile("[;；\\n]");
    private static final Pattern COLUMNS = Pattern.compile("[|｜]");
    private static final Pattern LOOSE_DATE = Pattern.compile("(\\d{4})[/.年-](\\d{1,2})[/.月-](\\d{1,2})日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern LOOSE_MONTH = Pattern.compile("(\\d{4})[/.年-](\\d{1,2})月?");

    private final FormDefinition form;
    private final MasterData masterData;

    public FormColumns(FormDefinition form, MasterData masterData) {
        this.form = form;
        this.masterData = masterData;
    }

    public FormDefinition form() {
        return form;
    }

    /** Every top-level field id in keyboard order: the column ids. */
    public List<String> ids() {
        return form.tabOrder();
    }

    /** The cells of {@code values}, in {@link #ids()} order; null for an empty cell. */
    public List<String> cells(FormValues values) {
        List<String> out = new ArrayList<>();
        for (FieldDefinition f : form.fieldsInOrder()) {
            String cell = f.isGroup() ? groupCell(f, values.rows(f.id())) : values.get(f.id());
            out.add(cell.isEmpty() ? null : cell);
        }
        return out;
    }

    private static String groupCell(FieldDefinition group, List<Map<String, String>> rows) {
        List<String> encoded = new ArrayList<>();
        for (Map<String, String> row : rows) {
            List<String> parts = new ArrayList<>();
            for (FieldDefinition c : group.columns()) {
                parts.add(row.getOrDefault(c.id(), ""));
            }
            while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
                parts.remove(parts.size() - 1);
            }
            encoded.add(String.join(COLUMN_SEPARATOR, parts));
        }
        return String.join(ROW_SEPARATOR, encoded);
    }

    /**
     * The form values of one row. {@code cells} maps field ids to cell text (missing or blank: empty); unknown
     * ids and read-only fields are ignored.
     */
    public FormValues read(Map<String, String> cells) {
        FormValues.Builder b = FormValues.builder();
        for (FieldDefinition f : form.fieldsInOrder()) {
            String cell = clean(cells.get(f.id()));
            if (f.readOnly()) {
                continue;
            }
            if (f.isGroup()) {
                b.group(f.id());
                if (!cell.isEmpty()) {
                    for (String rowText : ROWS.split(cell)) {
                        if (rowText.isBlank()) continue;
                        String[] parts = COLUMNS.split(rowText, -1);
                        Map<String, String> row = new LinkedHashMap<>();
                        for (int i = 0; i < group(f).size(); i++) {
                            FieldDefinition c = group(f).get(i);
                            row.put(c.id(), i < parts.length ? normalized(c, clean(parts[i])) : "");
                        }
                        b.addRow(f.id(), row);
                    }
                }
            } else {
                b.set(f.id(), normalized(f, cell));
            }
        }
        return b.build();
    }

    private static List<FieldDefinition> group(FieldDefinition f) {
        return f.columns();
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.strip();
    }

    /** What was typed, turned into the stored spelling when it is one of the accepted alternatives. */
    String normalized(FieldDefinition f, String v) {
        if (v.isEmpty()) return v;
        switch (f.type()) {
            case CHOICE:
                for (ChoiceOption o : f.options()) {
                    if (o.label().equals(v)) return o.value();
                }
                return v;
            case BOOLEAN:
                return switch (v) {
                    case "是", "√", "✓", "1", "TRUE", "True", "Y", "y" -> "true";
                    case "否", "×", "0", "FALSE", "False", "N", "n" -> "false";
                    default -> v;
                };
            case CODE:
                if (masterData == null || f.codeTable() == null) return v;
                Optional<CodeEntry> byCode = masterData.codeTable(f.codeTable()).byCode(v);
                if (byCode.isPresent()) return v;
                return masterData.codeTable(f.codeTable()).byName(v).map(CodeEntry::code).orElse(v);
            case DATE:
                return looseDate(v);
            case YEAR_MONTH:
                Matcher m = LOOSE_MONTH.matcher(v);
                return m.matches() ? m.group(1) + "-" + two(m.group(2)) : v;
            case ID_NUMBER:
                return v.toUpperCase(java.util.Locale.ROOT);
            default:
                return v;
        }
    }

    private static String looseDate(String v) {
        Matcher m = LOOSE_DATE.matcher(v);
        if (m.matches()) return m.group(1) + "-" + two(m.group(2)) + "-" + two(m.group(3));
        Matcher c = COMPACT_DATE.matcher(v);
        if (c.matches()) return c.group(1) + "-" + c.group(2) + "-" + c.group(3);
        return v;
    }

    private static String two(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }

    /** The field a column id names, or a group column's field ({@code companions}): empty for unknown ids. */
    public Optional<FieldDefinition> field(String id) {
        return form.field(id);
    }
}
