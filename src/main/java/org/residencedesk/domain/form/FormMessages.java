package org.residencedesk.domain.form;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Generic Chinese validation messages from the {@code i18n.form} bundle, overridable per field by the YAML. */
public final class FormMessages {
    private final ResourceBundle bundle;

    public FormMessages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static FormMessages fromBundle() {
        return new FormMessages(ResourceBundle.getBundle("i18n.form", Locale.SIMPLIFIED_CHINESE));
    }

    /** The field's own override when it has one, else the bundle text; {0}, {1} filled from args. */
    public String message(FieldDefinition field, MessageKind kind, Object... args) {
        String pattern = field == null ? null : field.messageOverride(kind).orElse(null);
        if (pattern == null) pattern = bundle.getString(kind.bundleKey());
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** A bundle text by key (for messages that belong to no {@link MessageKind}, e.g. the photo's). */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
