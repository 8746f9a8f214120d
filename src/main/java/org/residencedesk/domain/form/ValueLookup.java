package org.residencedesk.domain.form;

/** Reads a field's current value by id; blank string when the field has no value. */
@FunctionalInterface
public interface ValueLookup {
    String value(String fieldId);

    /** Inside a repeating-group row a name means the row's column first, then the form's field. */
    static ValueLookup forRow(java.util.Map<String, String> row, FormValues form) {
        return id -> row.containsKey(id) ? nullToEmpty(row.get(id)) : form.get(id);
    }

    static ValueLookup of(FormValues form) {
        return form::get;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
