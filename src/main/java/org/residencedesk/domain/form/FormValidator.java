package org.residencedesk.domain.form;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;

/**
 * Validates {@link FormValues} against a {@link FormDefinition}: per-field checks in keyboard order,
 * then the named cross-field rules. Each field reports at most one message (the first problem), as a
 * counter worker fixes one thing at a time.
 */
public final class FormValidator {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    /** Area code 0 + 2-3 digits, optional dash, 7-8 digit number, optional extension. */
    private static final Pattern FIXED_PHONE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(?:-\\d{1,6})?");
    private static final int EARLIEST_YEAR = 1900;

    private final FormDefinition definition;
    private final MasterData masterData;
    private final Clock clock;
    private final FieldTypeValidators typeValidators;
    private final FormMessages messages;
    private final List<BoundRule> rules = new ArrayList<>();

    /**
     * @throws IllegalStateException when the form uses a field type with no registered validator or a
     *                               rule that is not registered: a wiring mistake found at start-up
     */
    public FormValidator(FormDefinition definition, MasterData masterData, Clock clock,
                         FieldTypeValidators typeValidators, CrossFieldRules crossFieldRules, FormMessages messages) {
        this.definition = definition;
        this.masterData = masterData;
        this.clock = clock;
        this.typeValidators = typeValidators;
        this.messages = messages;
        for (FieldDefinition f : definition.fieldsInOrder()) {
            requirePluggedValidator(f);
            f.columns().forEach(this::requirePluggedValidator);
        }
        for (RuleReference ref : definition.rules()) {
            CrossFieldRule rule = crossFieldRules.rule(ref.name())
                    .orElseThrow(() -> new IllegalStateException("form " + definition.id() + " uses unregistered rule " + ref.name()));
            Map<String, String> mapping = new HashMap<>(rule.defaultFields());
            mapping.putAll(ref.fieldMapping());
            rules.add(new BoundRule(rule, Map.copyOf(mapping), ref.message()));
        }
    }

    private void requirePluggedValidator(FieldDefinition f) {
        if (f.type().needsPluggedValidator() && typeValidators.forType(f.type()).isEmpty()) {
            throw new IllegalStateException("no validator registered for field type " + f.type().yamlName()
                    + " (field " + f.id() + ")");
        }
    }

    public FormDefinition definition() {
        return definition;
    }

    public ValidationResult validate(FormValues typed) {
        FormValues values = TypedInput.normalise(definition, typed);
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        ValueLookup top = ValueLookup.of(values);
        for (FieldDefinition f : definition.fieldsInOrder()) {
            if (!f.isVisible(top)) continue;
            if (f.isGroup()) {
                validateGroup(f, values, today, errors);
            } else {
                checkField(f, values.get(f.id()), top, today).ifPresent(m -> errors.add(new FieldError(f.id(), m)));
            }
        }
        for (BoundRule r : rules) {
            // a field shows one message: a rule does not pile onto a field already reported
            RuleContext ctx = new RuleContext(values, r.mapping(), today, r.message());
            for (FieldError e : r.rule().check(ctx)) {
                if (errors.stream().noneMatch(x -> x.fieldPath().equals(e.fieldPath()))) errors.add(e);
            }
        }
        return new ValidationResult(errors);
    }

    /** Checks one field (top level or a row column) with the given lookup for its conditions. */
    public Optional<String> checkField(FieldDefinition f, String raw, ValueLookup lookup, LocalDate today) {
        if (!f.isVisible(lookup) || f.readOnly()) return Optional.empty();
        String value = raw == null ? "" : TypedInput.normalise(f.type(), raw);
        if (TextChecks.hasForbiddenCharacters(value)) return msg(f, MessageKind.CONTROL_CHARACTERS);
        String v = value.strip();
        if (f.requiredTrue() && !"true".equals(v)) return msg(f, MessageKind.MUST_ACCEPT);
        if (v.isEmpty()) {
            return f.isRequired(lookup) ? msg(f, MessageKind.REQUIRED) : Optional.empty();
        }
        if (f.alsoAccepts().contains(v)) return Optional.empty();
        // a fixed-format value (phone, date, code ...) gets its format message, which says what to type,
        // rather than a bare "too long"; free text gets the length message first
        boolean freeText = f.type() == FieldType.TEXT || f.type() == FieldType.NAME;
        if (!freeText) {
            Optional<String> typeProblem = checkType(f, v, today);
            if (typeProblem.isPresent()) return typeProblem;
        }
        int length = TextChecks.length(v);
        if (length > f.effectiveMaxLength()) return msg(f, MessageKind.TOO_LONG, f.effectiveMaxLength());
        if (f.minLength() != null && length < f.minLength()) return msg(f, MessageKind.TOO_SHORT, f.minLength());
        if (freeText) {
            Optional<String> typeProblem = checkType(f, v, today);
            if (typeProblem.isPresent()) return typeProblem;
        }
        if (f.pattern() != null && !f.pattern().matcher(v).matches()) return msg(f, MessageKind.PATTERN);
        return Optional.empty();
    }

    private Optional<String> checkType(FieldDefinition f, String v, LocalDate today) {
        switch (f.type()) {
            case NAME:
                return TextChecks.isPersonName(v) ? Optional.empty() : msg(f, MessageKind.BAD_NAME);
            case DATE:
                return checkDate(f, v, today);
            case YEAR_MONTH:
                return checkYearMonth(f, v, today);
            case PHONE_MOBILE:
                return MOBILE.matcher(v).matches() ? Optional.empty() : msg(f, MessageKind.BAD_MOBILE);
            case PHONE_FIXED:
                return FIXED_PHONE.matcher(v).matches() ? Optional.empty() : msg(f, MessageKind.BAD_FIXED_PHONE);
            case CODE:
                return masterData.codeTable(f.codeTable()).byCode(v).isPresent()
                        ? Optional.empty() : msg(f, MessageKind.UNKNOWN_CODE);
            case DIVISION:
                return checkDivision(f, v);
            case BOOLEAN:
                return "true".equals(v) || "false".equals(v) ? Optional.empty() : msg(f, MessageKind.BAD_BOOLEAN);
            case CHOICE:
                return f.options().stream().anyMatch(o -> o.value().equals(v))
                        ? Optional.empty() : msg(f, MessageKind.UNKNOWN_CHOICE);
            case PHOTO:
                return PhotoValue.problemOfValue(v)
                        .map(key -> messages.text(key));
            case ID_NUMBER:
            case SOCIAL_CREDIT_CODE:
                return typeValidators.forType(f.type()).orElseThrow().problem(v)
                        .map(m -> m.isBlank() ? messages.message(f, MessageKind.INVALID) : m);
            default:
                return Optional.empty();
        }
    }

    private Optional<String> checkDate(FieldDefinition f, String v, LocalDate today) {
        LocalDate d;
        try {
            if (!ISO_DATE.matcher(v).matches()) return msg(f, MessageKind.BAD_DATE);
            d = LocalDate.parse(v); // ISO_LOCAL_DATE resolves strictly: 2023-02-30 is rejected
        } catch (DateTimeParseException e) {
            return msg(f, MessageKind.BAD_DATE);
        }
        if (d.getYear() < EARLIEST_YEAR) return msg(f, MessageKind.BAD_DATE);
        if (f.notFuture() && d.isAfter(today)) return msg(f, MessageKind.FUTURE_DATE);
        return Optional.empty();
    }

    private Optional<String> checkYearMonth(FieldDefinition f, String v, LocalDate today) {
        YearMonth ym;
        try {
            if (!ISO_YEAR_MONTH.matcher(v).matches()) return msg(f, MessageKind.BAD_YEAR_MONTH);
            ym = YearMonth.parse(v);
        } catch (DateTimeParseException e) {
            return msg(f, MessageKind.BAD_YEAR_MONTH);
        }
        if (ym.getYear() < EARLIEST_YEAR) return msg(f, MessageKind.BAD_YEAR_MONTH);
        if (f.notFuture() && ym.isAfter(YearMonth.from(today))) return msg(f, MessageKind.FUTURE_DATE);
        return Optional.empty();
    }

    private Optional<String> checkDivision(FieldDefinition f, String v) {
        Optional<Division> d = masterData.division(v);
        if (d.isEmpty()) return msg(f, MessageKind.UNKNOWN_DIVISION);
        if (f.divisionLevel() != null && d.get().level() != f.divisionLevel()) {
            return msg(f, MessageKind.WRONG_DIVISION_LEVEL);
        }
        // statistical division codes nest by prefix: a village code begins with its township's code
        if (f.within() != null && !v.startsWith(f.within())) return msg(f, MessageKind.OUTSIDE_DIVISION);
        return Optional.empty();
    }

    private void validateGroup(FieldDefinition group, FormValues values, LocalDate today, List<FieldError> errors) {
        List<Map<String, String>> rows = values.rows(group.id());
        if (rows.size() < group.minRows()) {
            errors.add(new FieldError(group.id(), messages.message(group, MessageKind.TOO_FEW_ROWS, group.minRows())));
        } else if (group.maxRows() > 0 && rows.size() > group.maxRows()) {
            errors.add(new FieldError(group.id(), messages.message(group, MessageKind.TOO_MANY_ROWS, group.maxRows())));
        }
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            ValueLookup lookup = ValueLookup.forRow(row, values);
            for (FieldDefinition c : group.columns()) {
                String path = FieldError.rowPath(group.id(), i, c.id());
                checkField(c, row.get(c.id()), lookup, today).ifPresent(m -> errors.add(new FieldError(path, m)));
            }
        }
    }

    private Optional<String> msg(FieldDefinition f, MessageKind kind, Object... args) {
        return Optional.of(messages.message(f, kind, args));
    }

    private record BoundRule(CrossFieldRule rule, Map<String, String> mapping, String message) { }
}
