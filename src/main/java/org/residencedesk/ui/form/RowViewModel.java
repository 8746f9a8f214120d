package org.residencedesk.ui.form;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.residencedesk.domain.form.FieldDefinition;

/** One row of a repeating group (one 随迁人员): a value, a message and a visibility per column. */
public final class RowViewModel {
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> messages = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> visible = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();

    RowViewModel(FieldDefinition group) {
        for (FieldDefinition c : group.columns()) {
            values.put(c.id(), new SimpleStringProperty(""));
            messages.put(c.id(), new SimpleStringProperty(""));
            visible.put(c.id(), new SimpleBooleanProperty(true));
        }
    }

    public StringProperty value(String columnId) {
        return require(values, columnId);
    }

    public ReadOnlyStringProperty message(String columnId) {
        return require(messages, columnId);
    }

    public ReadOnlyBooleanProperty visible(String columnId) {
        return require(visible, columnId);
    }

    Map<String, StringProperty> values() { return values; }

    StringProperty writableMessage(String columnId) { return messages.get(columnId); }

    BooleanProperty writableVisible(String columnId) { return visible.get(columnId); }

    Set<String> touched() { return touched; }

    Map<String, String> snapshot() {
        Map<String, String> row = new LinkedHashMap<>();
        values.forEach((k, p) -> row.put(k, p.get() == null ? "" : p.get()));
        return row;
    }

    private static <T> T require(Map<String, T> map, String id) {
        T t = map.get(id);
        if (t == null) throw new IllegalArgumentException("no column " + id);
        return t;
    }
}
