package org.residencedesk.domain.form;

/**
 * One problem on one field.
 *
 * @param fieldPath {@code mobile} for a top-level field, {@code companions[0].idNumber} inside a group
 * @param message   Chinese, ready to show beside the field
 */
public record FieldError(String fieldPath, String message) {

    public static String rowPath(String groupId, int rowIndex, String columnId) {
        return groupId + "[" + rowIndex + "]." + columnId;
    }
}
