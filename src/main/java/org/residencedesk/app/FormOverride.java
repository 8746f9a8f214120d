package org.residencedesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.policy.PolicyMessages;
import org.residencedesk.forms.FormDefinitionException;
import org.residencedesk.forms.YamlFormLoader;

/**
 * A station's own copy of a packaged form in {@code forms/} of the data folder (ADR 0040 promised it; ADR 0167).
 * It is used only when it loads and keeps every field of the packaged form with the same type (the services
 * read those fields); otherwise the packaged form is used and {@link Choice#notice()} says why, in Chinese.
 */
final class FormOverride {
    private FormOverride() {
    }

    /** The form to use, and the notice for the log and the status line when an override was refused. */
    record Choice(FormDefinition form, boolean overridden, Optional<String> notice) {
    }

    static Choice choose(YamlFormLoader loader, FormDefinition packaged, Path dataDir, String resource) {
        Path file = dataDir.resolve(resource);
        if (!Files.isRegularFile(file)) {
            return new Choice(packaged, false, Optional.empty());
        }
        String shown = resource;
        FormDefinition override;
        try {
            override = loader.loadFile(file);
        } catch (FormDefinitionException e) {
            return refused(packaged, shown, e.getMessage());
        }
        Optional<String> mismatch = mismatch(packaged, override);
        return mismatch.map(reason -> refused(packaged, shown, reason))
                .orElseGet(() -> new Choice(override, true, Optional.empty()));
    }

    private static Choice refused(FormDefinition packaged, String file, String reason) {
        String notice = PolicyMessages.text("policy.form.overrideRefused", file, reason);
        org.slf4j.LoggerFactory.getLogger(FormOverride.class).warn("station form override refused: {}", notice);
        return new Choice(packaged, false, Optional.of(notice));
    }

    /** What makes {@code override} unusable in place of {@code packaged}, if anything. */
    static Optional<String> mismatch(FormDefinition packaged, FormDefinition override) {
        if (!packaged.id().equals(override.id())) {
            return Optional.of(PolicyMessages.text("policy.form.otherForm", packaged.id(), override.id()));
        }
        return mismatch(packaged.fieldsInOrder(), override::field);
    }

    private static Optional<String> mismatch(List<FieldDefinition> required,
                                             java.util.function.Function<String, Optional<FieldDefinition>> lookup) {
        for (FieldDefinition f : required) {
            Optional<FieldDefinition> o = lookup.apply(f.id());
            if (o.isEmpty()) {
                return Optional.of(PolicyMessages.text("policy.form.missingField", f.id()));
            }
            if (o.get().type() != f.type()) {
                return Optional.of(PolicyMessages.text("policy.form.typeChanged", f.id(), f.type(), o.get().type()));
            }
            if (f.isGroup()) {
                Optional<String> inner = mismatch(f.columns(), o.get()::column);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }
}
