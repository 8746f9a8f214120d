package org.residencedesk.forms;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A form file that cannot be used. The message is Chinese and names the file, the line and, where
 * one is concerned, the field id, so a station IT person can fix the YAML without reading Java.
 */
public final class FormDefinitionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String fieldId;
    private final FormLoadProblem problem;

    FormDefinitionException(String source, int line, String fieldId, FormLoadProblem problem, Object... details) {
        super(format(source, line, fieldId, problem, details));
        this.source = source;
        this.line = line;
        this.fieldId = fieldId;
        this.problem = problem;
    }

    public String source() { return source; }

    /** 1-based; 0 when the file could not be read at all. */
    public int line() { return line; }

    /** The field concerned, or null for problems not tied to one field. */
    public String fieldId() { return fieldId; }

    public FormLoadProblem problem() { return problem; }

    private static String format(String source, int line, String fieldId, FormLoadProblem problem, Object[] details) {
        ResourceBundle b = ResourceBundle.getBundle("i18n.form", Locale.SIMPLIFIED_CHINESE);
        String what = new MessageFormat(b.getString(problem.bundleKey()), Locale.ROOT).format(details);
        return fieldId == null
                ? new MessageFormat(b.getString("form.load.where"), Locale.ROOT).format(new Object[] {source, String.valueOf(line), what})
                : new MessageFormat(b.getString("form.load.whereField"), Locale.ROOT)
                        .format(new Object[] {source, String.valueOf(line), fieldId, what});
    }
}
