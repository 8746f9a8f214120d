package org.residencedesk.domain.form;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.residencedesk.domain.masterdata.DivisionLevel;

/**
 * One field of a form as the YAML describes it. Fields appear in paper-form order, which is also the
 * keyboard (Tab / Enter) order. A {@link FieldType#GROUP} field is a repeating group whose
 * {@link #columns()} describe one row.
 *
 * @param requiredWhen  field becomes required while this holds (null: never conditionally)
 * @param visibleWhen   field is shown and validated only while this holds (null: always)
 * @param readOnly      filled by the system (operator, dates, numbers): shown, never typed, not validated
 * @param maxLength     in Unicode code points; null means the type's default
 * @param codeTable     platform table name for {@code code} fields
 * @param divisionLevel the level a {@code division} value must have (null: any level)
 * @param within        a {@code division} value must lie under this division code (null: anywhere)
 * @param alsoAccepts   literal words a {@code date} field accepts besides dates (长期 on ID cards)
 * @param messages      per-field message overrides
 * @param register      the register the field is picked from (ADR 0214), null for none
 * @param span          label/editor column pairs the field takes in its section's grid (1 unless the file says)
 * @param defaultValue  a value the form proposes while the clerk has typed nothing (ADR 0282), null for none
 * @param defaultWhen   the default is proposed only while this holds (null: always)
 */
public record FieldDefinition(
        String id,
        FieldType type,
        String label,
        String help,
        boolean required,
        boolean requiredTrue,
        Condition requiredWhen,
        Condition visibleWhen,
        boolean readOnly,
        Integer maxLength,
        Integer minLength,
        Pattern pattern,
        String codeTable,
        DivisionLevel divisionLevel,
        String within,
        List<ChoiceOption> options,
        boolean notFuture,
        List<String> alsoAccepts,
        Map<MessageKind, String> messages,
        List<FieldDefinition> columns,
        int minRows,
        int maxRows,
        RegisterPick register,
        int span,
        String defaultValue,
        Condition defaultWhen) {

    public FieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
        alsoAccepts = alsoAccepts == null ? List.of() : List.copyOf(alsoAccepts);
        messages = messages == null || messages.isEmpty()
                ? Map.of() : Map.copyOf(new EnumMap<>(messages));
        columns = columns == null ? List.of() : List.copyOf(columns);
        span = Math.max(1, span);
    }

    /** A copy that proposes {@code value} while {@code when} holds (null: always; ADR 0282, 0336). */
    public FieldDefinition withDefault(String value, Condition when) {
        return new FieldDefinition(id, type, label, help, required, requiredTrue, requiredWhen, visibleWhen, readOnly,
                maxLength, minLength, pattern, codeTable, divisionLevel, within, options, notFuture, alsoAccepts,
                messages, columns, minRows, maxRows, register, span, value, when);
    }

    public boolean isGroup() {
        return type == FieldType.GROUP;
    }

    public int effectiveMaxLength() {
        return maxLength != null ? maxLength : type.defaultMaxLength();
    }

    public Optional<String> messageOverride(MessageKind kind) {
        return Optional.ofNullable(messages.get(kind));
    }

    public boolean isVisible(ValueLookup values) {
        return visibleWhen == null || visibleWhen.test(values);
    }

    public boolean isRequired(ValueLookup values) {
        return required || requiredTrue || (requiredWhen != null && requiredWhen.test(values));
    }

    public Optional<FieldDefinition> column(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
    }
}
