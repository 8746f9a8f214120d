package org.residencedesk.ui.form;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.form.FormValidator;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.form.ValidationResult;
import org.residencedesk.domain.form.ValueLookup;

/**
 * State of one form being typed, testable without a window: a value property per field, rows of the
 * repeating groups, per-field messages, visibility and requiredness from the YAML conditions, dirty
 * tracking against the last saved/restored values, and locks for fields filled by the ID-card reader.
 *
 * <p>Messages appear for a field once it has been left ({@link #touch}) or after {@link #validateAll},
 * so an empty form does not greet the counter worker with a wall of "此项必填".
 */
public final class FormViewModel {
    private final FormValidator validator;
    private final FormDefinition definition;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> messages = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> visible = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> required = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> locked = new LinkedHashMap<>();
    private final Map<String, ObservableList<RowViewModel>> groups = new LinkedHashMap<>();
    /** One read-only view per group, kept: a fresh wrapper per call would drop listeners when collected. */
    private final Map<String, ObservableList<RowViewModel>> readOnlyGroups = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    /** Counts {@link #restore} calls: editors drop half-typed text when it changes (ADR 0175). */
    private final javafx.beans.property.IntegerProperty restores = new javafx.beans.property.SimpleIntegerProperty(0);
    private final ChangeListener<String> onAnyChange = (obs, o, n) -> refresh();
    /** Defaults the form proposed (ADR 0282) and the clerk has not changed since: field → value. */
    private final Map<String, String> proposed = new LinkedHashMap<>();
    /** Fields whose proposed default the clerk replaced: never proposed again until the next restore. */
    private final Set<String> declined = new HashSet<>();
    private FormValues baseline;
    private boolean showAll;
    private boolean restoring;
    private boolean proposing;
    private ValidationResult lastResult = new ValidationResult(List.of());

    public FormViewModel(FormValidator validator) {
        this.validator = validator;
        this.definition = validator.definition();
        for (FieldDefinition f : definition.fieldsInOrder()) {
            visible.put(f.id(), new SimpleBooleanProperty(true));
            required.put(f.id(), new SimpleBooleanProperty(f.required() || f.requiredTrue()));
            locked.put(f.id(), new SimpleBooleanProperty(false));
            messages.put(f.id(), new SimpleStringProperty(""));
            if (f.isGroup()) {
                ObservableList<RowViewModel> rows = FXCollections.observableArrayList();
                groups.put(f.id(), rows);
                readOnlyGroups.put(f.id(), FXCollections.unmodifiableObservableList(rows));
            } else {
                StringProperty p = new SimpleStringProperty("");
                p.addListener(onAnyChange);
                values.put(f.id(), p);
            }
        }
        baseline = snapshot();
        refresh();
    }

    public FormDefinition definition() {
        return definition;
    }

    public StringProperty value(String fieldId) {
        return require(values, fieldId);
    }

    /** The message for a top-level field or group (rows: {@link RowViewModel#message}). */
    public ReadOnlyStringProperty message(String fieldId) {
        return require(messages, fieldId);
    }

    public ReadOnlyBooleanProperty visible(String fieldId) {
        return require(visible, fieldId);
    }

    public ReadOnlyBooleanProperty required(String fieldId) {
        return require(required, fieldId);
    }

    public ReadOnlyBooleanProperty locked(String fieldId) {
        return require(locked, fieldId);
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** Changes each time every value is replaced (a new form, a draft, a saved or loaded registration). */
    public javafx.beans.property.ReadOnlyIntegerProperty restoresProperty() {
        return restores;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** For fields filled from the ID card: the counter worker sees them but cannot overtype them. */
    public void lock(String fieldId) {
        require(locked, fieldId).set(true);
    }

    public void unlock(String fieldId) {
        require(locked, fieldId).set(false);
    }

    public void unlockAll() {
        locked.values().forEach(p -> p.set(false));
    }

    public boolean isEditable(String fieldId) {
        FieldDefinition f = definition.field(fieldId).orElseThrow();
        return !f.readOnly() && !locked.get(fieldId).get();
    }

    public ObservableList<RowViewModel> rows(String groupId) {
        return require(readOnlyGroups, groupId);
    }

    public RowViewModel addRow(String groupId) {
        RowViewModel row = newRow(groupId);
        require(groups, groupId).add(row);
        refresh();
        return row;
    }

    public void removeRow(String groupId, RowViewModel row) {
        require(groups, groupId).remove(row);
        refresh();
    }

    /** Marks a field path as left by the user so its message shows from now on. */
    public void touch(String fieldPath) {
        int dot = fieldPath.indexOf("].");
        if (dot > 0) {
            int open = fieldPath.indexOf('[');
            String group = fieldPath.substring(0, open);
            int index = Integer.parseInt(fieldPath.substring(open + 1, dot));
            List<RowViewModel> rows = require(groups, group);
            if (index < rows.size()) rows.get(index).touched().add(fieldPath.substring(dot + 2));
        } else {
            touched.add(fieldPath);
        }
        publishMessages();
    }

    /** Validates everything and shows every message (before saving). */
    public ValidationResult validateAll() {
        showAll = true;
        refresh();
        return lastResult;
    }

    public FormValues snapshot() {
        FormValues.Builder b = FormValues.builder();
        values.forEach((id, p) -> b.set(id, p.get()));
        groups.forEach((g, rows) -> {
            b.group(g);
            rows.forEach(r -> b.addRow(g, r.snapshot()));
        });
        return b.build();
    }

    /** Replaces every value (a draft, a stored registration) and treats the result as the clean state. */
    public void restore(FormValues restored) {
        restoring = true;
        try {
            values.forEach((id, p) -> p.set(restored.get(id)));
            groups.forEach((g, rows) -> {
                rows.clear();
                for (Map<String, String> r : restored.rows(g)) {
                    RowViewModel row = newRow(g);
                    r.forEach((col, v) -> {
                        if (row.values().containsKey(col)) row.value(col).set(v);
                    });
                    rows.add(row);
                }
            });
        } finally {
            restoring = false;
        }
        touched.clear();
        showAll = false;
        proposed.clear();
        declined.clear();
        proposeDefaults(); // proposed at the start of a form, they belong to its clean state
        baseline = snapshot();
        refresh();
        restores.set(restores.get() + 1);
    }

    /** After a successful save: the current values become the clean state. */
    public void markClean() {
        baseline = snapshot();
        dirty.set(false);
    }

    /** The first visible, editable, empty field in keyboard order (after a card swipe fills identity). */
    public Optional<String> firstEmptyEditableField() {
        for (FieldDefinition f : definition.fieldsInOrder()) {
            if (f.isGroup() || !visible.get(f.id()).get() || !isEditable(f.id())) continue;
            if (values.get(f.id()).get().isBlank()) return Optional.of(f.id());
        }
        return Optional.empty();
    }

    /**
     * Shows messages the service found after the form's own checks passed (e.g. 证件号码不能变更),
     * beside their fields; they give way to the form's own messages on the next edit.
     */
    public void showExternalMessages(Map<String, String> byField) {
        byField.forEach((field, message) -> {
            StringProperty p = messages.get(field);
            if (p != null) {
                p.set(message);
            }
        });
    }

    public ValidationResult lastValidation() {
        return lastResult;
    }

    private RowViewModel newRow(String groupId) {
        RowViewModel row = new RowViewModel(definition.field(groupId).orElseThrow());
        row.values().values().forEach(p -> p.addListener(onAnyChange));
        return row;
    }

    /** Whether the field holds a default the form proposed and the clerk has not changed (ADR 0282). */
    public boolean isProposedDefault(String fieldId) {
        String mine = proposed.get(fieldId);
        return mine != null && mine.equals(require(values, fieldId).get());
    }

    /**
     * Defaults from the form file (ADR 0282): a field with {@code default:} gets it while its condition holds
     * and the clerk has typed nothing there; it is taken back when the condition stops holding and the value is
     * still the proposed one. What the clerk typed is never overwritten, and a replaced default is not proposed
     * again in this form.
     */
    private void proposeDefaults() {
        if (proposing) return;
        proposing = true;
        try {
            ValueLookup top = ValueLookup.of(snapshot());
            for (FieldDefinition f : definition.fieldsInOrder()) {
                if (f.defaultValue() == null || f.isGroup() || f.readOnly() || declined.contains(f.id())) continue;
                StringProperty p = values.get(f.id());
                String now = p.get() == null ? "" : p.get();
                String mine = proposed.get(f.id());
                if (mine != null && !now.equals(mine)) {
                    // the clerk replaced or cleared it: theirs from now on
                    proposed.remove(f.id());
                    declined.add(f.id());
                    continue;
                }
                boolean holds = f.defaultWhen() == null || f.defaultWhen().test(top);
                if (holds && now.isBlank() && !locked.get(f.id()).get()) {
                    p.set(f.defaultValue());
                    proposed.put(f.id(), f.defaultValue());
                } else if (!holds && proposed.containsKey(f.id())) {
                    p.set("");
                    proposed.remove(f.id());
                }
            }
        } finally {
            proposing = false;
        }
    }

    private void refresh() {
        if (restoring || proposing) return;
        proposeDefaults();
        FormValues now = snapshot();
        ValueLookup top = ValueLookup.of(now);
        for (FieldDefinition f : definition.fieldsInOrder()) {
            visible.get(f.id()).set(f.isVisible(top));
            required.get(f.id()).set(f.isRequired(top));
            if (f.isGroup()) {
                for (RowViewModel row : groups.get(f.id())) {
                    ValueLookup inRow = ValueLookup.forRow(row.snapshot(), now);
                    f.columns().forEach(c -> row.writableVisible(c.id()).set(c.isVisible(inRow)));
                }
            }
        }
        dirty.set(!now.equals(baseline));
        lastResult = validator.validate(now);
        publishMessages();
    }

    private void publishMessages() {
        for (FieldDefinition f : definition.fieldsInOrder()) {
            boolean show = showAll || touched.contains(f.id());
            messages.get(f.id()).set(show ? lastResult.messageFor(f.id()).orElse("") : "");
            if (!f.isGroup()) continue;
            List<RowViewModel> rows = groups.get(f.id());
            for (int i = 0; i < rows.size(); i++) {
                RowViewModel row = rows.get(i);
                for (FieldDefinition c : f.columns()) {
                    boolean showCell = showAll || row.touched().contains(c.id());
                    String path = FieldError.rowPath(f.id(), i, c.id());
                    row.writableMessage(c.id()).set(showCell ? lastResult.messageFor(path).orElse("") : "");
                }
            }
        }
    }

    private static <T> T require(Map<String, T> map, String id) {
        T t = map.get(id);
        if (t == null) throw new IllegalArgumentException("no field " + id);
        return t;
    }
}
