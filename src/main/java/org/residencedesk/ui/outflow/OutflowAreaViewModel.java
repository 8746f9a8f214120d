package org.residencedesk.ui.outflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.outflow.ReturnReason;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.outflow.OutflowEntry;
import org.residencedesk.service.outflow.OutflowPage;
import org.residencedesk.service.outflow.OutflowQuery;
import org.residencedesk.service.outflow.OutflowRecord;
import org.residencedesk.service.outflow.OutflowService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;

/**
 * The 流出人口 area without a window: the filtered list, the entry form (new or change) and the return panel. Every
 * command calls the service on a worker and shows the outcome; problems appear beside their fields.
 */
public final class OutflowAreaViewModel {
    static final int PAGE_SIZE = 50;

    /** Which panel is under the list. */
    enum Panel { NONE, ENTRY, RETURN }

    /** Open / returned / all, the list's status filter. */
    enum Status {
        ALL(null), OPEN(true), RETURNED(false);

        final Boolean open;

        Status(Boolean open) {
            this.open = open;
        }

        String label() {
            return Fxml.text("outflow.status." + name());
        }
    }

    // filters
    final StringProperty village = new SimpleStringProperty("");
    final StringProperty destination = new SimpleStringProperty("");
    final BooleanProperty childrenOnly = new SimpleBooleanProperty();
    final BooleanProperty elderlyOnly = new SimpleBooleanProperty();
    final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.OPEN);
    final StringProperty text = new SimpleStringProperty("");
    final ObservableList<OutflowRecord> rows = FXCollections.observableArrayList();
    final ObjectProperty<OutflowRecord> selected = new SimpleObjectProperty<>();
    final StringProperty message = new SimpleStringProperty("");
    final ObjectProperty<Panel> panel = new SimpleObjectProperty<>(Panel.NONE);

    // entry form
    final Map<String, StringProperty> fields = Map.ofEntries(
            field(OutflowEntry.ID_NUMBER), field(OutflowEntry.NAME), field(OutflowEntry.HUKOU_DIVISION),
            field(OutflowEntry.DESTINATION_DIVISION), field(OutflowEntry.DESTINATION_ADDRESS),
            field(OutflowEntry.LEFT_ON), field(OutflowEntry.REASON), field(OutflowEntry.EMPLOYER),
            field(OutflowEntry.MOBILE), field(OutflowEntry.LEFT_BEHIND_COUNT), field(OutflowEntry.LEFT_BEHIND_NOTE),
            field(OutflowEntry.REPORTER_NAME), field(OutflowEntry.REPORTER_RELATION));
    final BooleanProperty leftBehindChildren = new SimpleBooleanProperty();
    final BooleanProperty leftBehindElderly = new SimpleBooleanProperty();
    final BooleanProperty reportedByRelative = new SimpleBooleanProperty();
    final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private OutflowRecord editing;

    // return panel
    final StringProperty returnedOn = new SimpleStringProperty("");
    final ObjectProperty<ReturnReason> returnReason = new SimpleObjectProperty<>(ReturnReason.RETURNED_HOME);
    final StringProperty returnNote = new SimpleStringProperty("");

    private final OutflowService service;
    private final Operator operator;
    private final BackgroundWork work;
    private final Clock clock;

    public OutflowAreaViewModel(OutflowService service, Operator operator, BackgroundWork work, Clock clock) {
        this.service = service;
        this.operator = operator;
        this.work = work;
        this.clock = clock;
    }

    boolean mayWrite() {
        return operator.may(Permission.OUTFLOW_WRITE);
    }

    /** Reads the first page with the filters as they are. */
    void search() {
        refresh(null);
    }

    /** Reads the list again; {@code notice} (what was just done) replaces the count line when not null. */
    private void refresh(String notice) {
        OutflowQuery query = new OutflowQuery(village.get(), destination.get(), childrenOnly.get() ? Boolean.TRUE : null,
                elderlyOnly.get() ? Boolean.TRUE : null, status.get().open, text.get());
        work.run(() -> service.list(operator, query, 0, PAGE_SIZE), page -> show(page, notice), this::showFirst,
                message::set);
    }

    private void show(OutflowPage page, String notice) {
        rows.setAll(page.rows());
        message.set(notice != null ? notice : Fxml.text("outflow.list.count", page.total()));
    }

    /** An empty form for a new period, left today by default, reported by the person. */
    void startNew() {
        editing = null;
        fields.values().forEach(p -> p.set(""));
        fields.get(OutflowEntry.LEFT_ON).set(LocalDate.now(clock).toString());
        leftBehindChildren.set(false);
        leftBehindElderly.set(false);
        reportedByRelative.set(false);
        errors.clear();
        panel.set(Panel.ENTRY);
    }

    /** The selected period in the form, opened in full (audited), to change it. */
    void startChange() {
        OutflowRecord row = selected.get();
        if (row == null || !row.open()) {
            message.set(Fxml.text("outflow.selectOpen"));
            return;
        }
        work.run(() -> service.open(operator, row.id()), full -> {
            editing = full;
            set(OutflowEntry.ID_NUMBER, full.idNumber());
            set(OutflowEntry.NAME, full.name());
            set(OutflowEntry.HUKOU_DIVISION, full.hukouDivision());
            set(OutflowEntry.DESTINATION_DIVISION, full.destinationDivision());
            set(OutflowEntry.DESTINATION_ADDRESS, full.destinationAddress());
            set(OutflowEntry.LEFT_ON, full.leftOn().toString());
            set(OutflowEntry.REASON, full.reason());
            set(OutflowEntry.EMPLOYER, full.employer());
            set(OutflowEntry.MOBILE, full.mobile());
            set(OutflowEntry.LEFT_BEHIND_COUNT, Integer.toString(full.leftBehindCount()));
            set(OutflowEntry.LEFT_BEHIND_NOTE, full.leftBehindNote());
            set(OutflowEntry.REPORTER_NAME, full.reporterName());
            set(OutflowEntry.REPORTER_RELATION, full.reporterRelation());
            leftBehindChildren.set(full.leftBehindChildren());
            leftBehindElderly.set(full.leftBehindElderly());
            reportedByRelative.set("RELATIVE".equals(full.reporterKind()));
            errors.clear();
            panel.set(Panel.ENTRY);
        }, this::showFirst, message::set);
    }

    /** Saves the form: a new period or the change of the one being edited. */
    void save() {
        OutflowEntry entry = entry();
        errors.clear();
        OutflowRecord was = editing;
        work.run(() -> was == null ? service.register(operator, entry) : service.change(operator, was.id(),
                was.version(), entry), saved -> {
            panel.set(Panel.NONE);
            refresh(Fxml.text(was == null ? "outflow.saved" : "outflow.changed", saved.name()));
        }, invalid -> errors.putAll(invalid.fieldMessages()), message::set);
    }

    /** The return panel for the selected open period, today by default. */
    void startReturn() {
        OutflowRecord row = selected.get();
        if (row == null || !row.open()) {
            message.set(Fxml.text("outflow.selectOpen"));
            return;
        }
        returnedOn.set(LocalDate.now(clock).toString());
        returnReason.set(ReturnReason.RETURNED_HOME);
        returnNote.set("");
        errors.clear();
        panel.set(Panel.RETURN);
    }

    void confirmReturn() {
        OutflowRecord row = selected.get();
        if (row == null) {
            return;
        }
        errors.clear();
        work.run(() -> service.end(operator, row.id(), row.version(), returnedOn.get(), returnReason.get(),
                returnNote.get()), ended -> {
            panel.set(Panel.NONE);
            refresh(Fxml.text("outflow.returned", ended.name(), ended.returnedOn().toString()));
        }, invalid -> errors.putAll(invalid.fieldMessages()), message::set);
    }

    void cancelPanel() {
        errors.clear();
        panel.set(Panel.NONE);
    }

    OutflowEntry entry() {
        return new OutflowEntry(get(OutflowEntry.ID_NUMBER), get(OutflowEntry.NAME), get(OutflowEntry.HUKOU_DIVISION),
                get(OutflowEntry.DESTINATION_DIVISION), get(OutflowEntry.DESTINATION_ADDRESS), get(OutflowEntry.LEFT_ON),
                get(OutflowEntry.REASON), get(OutflowEntry.EMPLOYER), get(OutflowEntry.MOBILE),
                leftBehindChildren.get(), leftBehindElderly.get(), get(OutflowEntry.LEFT_BEHIND_COUNT),
                get(OutflowEntry.LEFT_BEHIND_NOTE), reportedByRelative.get() ? "RELATIVE" : "SELF",
                get(OutflowEntry.REPORTER_NAME), get(OutflowEntry.REPORTER_RELATION));
    }

    private void showFirst(ValidationFailure invalid) {
        message.set(invalid.fieldMessages().values().iterator().next());
    }

    private String get(String field) {
        return fields.get(field).get();
    }

    private void set(String field, String value) {
        fields.get(field).set(value == null ? "" : value);
    }

    private static Map.Entry<String, StringProperty> field(String id) {
        return Map.entry(id, new SimpleStringProperty(""));
    }
}
