package org.residencedesk.service.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.residencedesk.domain.form.ChoiceOption;
import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.FieldType;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.form.Section;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.service.Problems;
import org.residencedesk.service.ValidationFailure;

/**
 * The columns of a register that has no YAML form (houses, employers, outflow): {@link FieldDefinition} records
 * built in code with the Chinese labels of the {@code i18n.app} bundle (ADR 0290). The definitions only describe
 * columns — the template's headers, help and code sheet, and how a typed label or code name is read back; the
 * rules stay in the register's own service.
 */
final class RegisterFields {
    private final List<FieldDefinition> fields = new ArrayList<>();

    /** Free text (numbers, codes typed as text, names): the service judges it. */
    RegisterFields text(String id, String labelKey, boolean required) {
        return add(id, FieldType.TEXT, labelKey, required, null, null, null, List.of(), null);
    }

    /** A date: 2026-01-05, also read from 2026/1/5, 2026.1.5 or 20260105. */
    RegisterFields date(String id, String labelKey, boolean required) {
        return add(id, FieldType.DATE, labelKey, required, null, null, null, List.of(), null);
    }

    /** A 是/否 column, read as {@code true}/{@code false}. */
    RegisterFields bool(String id, String labelKey) {
        return add(id, FieldType.BOOLEAN, labelKey, false, null, null, null, List.of(), null);
    }

    /** A column of a platform code table: the template's code sheet lists the table. */
    RegisterFields code(String id, String labelKey, boolean required, String table) {
        return add(id, FieldType.CODE, labelKey, required, table, null, null, List.of(), null);
    }

    /** A column of fixed values (an enum): value = the enum's name, label = its Chinese name. */
    RegisterFields choice(String id, String labelKey, boolean required, List<ChoiceOption> options) {
        return add(id, FieldType.CHOICE, labelKey, required, null, null, null, options, null);
    }

    /**
     * A division code. With a level and a division above it, the code sheet lists those divisions (the station's
     * communities and villages); {@code hintKey} says what else is accepted.
     */
    RegisterFields division(String id, String labelKey, boolean required, DivisionLevel level, String within,
                            String hintKey) {
        return add(id, FieldType.DIVISION, labelKey, required, null, level, within, List.of(),
                Problems.message(hintKey));
    }

    private RegisterFields add(String id, FieldType type, String labelKey, boolean required, String table,
                               DivisionLevel level, String within, List<ChoiceOption> options, String help) {
        fields.add(new FieldDefinition(id, type, Problems.message(labelKey), help, required, false, null, null,
                false, null, null, null, table, level, within, options, false, List.of(), Map.of(), List.of(), 0, 0,
                null, 1, null, null));
        return this;
    }

    FormDefinition form(String id, String titleKey) {
        String title = Problems.message(titleKey);
        return new FormDefinition(id, 1, title, List.of(new Section(id, title, null, fields)), List.of());
    }

    /** Options of an enum whose Chinese names are {@code prefix + name()}. */
    static List<ChoiceOption> options(Enum<?>[] values, String prefix) {
        List<ChoiceOption> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(new ChoiceOption(v.name(), Problems.message(prefix + v.name())));
        }
        return out;
    }

    /** Runs a service's check and turns its {@link ValidationFailure} into the import's problems. */
    static List<FieldError> problems(Runnable check) {
        try {
            check.run();
            return List.of();
        } catch (ValidationFailure f) {
            return errors(f);
        }
    }

    static List<FieldError> errors(ValidationFailure f) {
        List<FieldError> out = new ArrayList<>();
        f.fieldMessages().forEach((field, message) -> out.add(new FieldError(field, message)));
        return out;
    }

    /** A form definition built once it can be (the station's division is known only after setup). */
    static final class Lazy {
        private final Supplier<FormDefinition> build;
        private volatile FormDefinition form;

        Lazy(Supplier<FormDefinition> build) {
            this.build = build;
        }

        FormDefinition get() {
            FormDefinition f = form;
            if (f == null) {
                f = build.get();
                form = f;
            }
            return f;
        }
    }

    /** An identity key fits the queue's column of 100 characters: longer ones keep a hash of the rest. */
    static String fit(String identity) {
        if (identity.length() <= 100) {
            return identity;
        }
        return identity.substring(0, 90) + "#" + Integer.toHexString(identity.hashCode());
    }
}
