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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.masterdata.LookupContext;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.masterdata.UsageCounts;
import org.residencedesk.domain.outflow.ReturnReason;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.outflow.OutflowEntry;
import org.residencedesk.service.outflow.OutflowGroup;
import org.residencedesk.service.outflow.OutflowPage;
import org.residencedesk.service.outflow.OutflowQuery;
import org.residencedesk.service.outflow.OutflowRecord;
import org.residencedesk.service.outflow.OutflowService;
import org.residencedesk.port.OutflowRepository.Grouping;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.Pages;

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
    /** The list, a page at a time; {@link #listStatus} says how many match or that none do. */
    final Pages<OutflowRecord> pages;
    final ObservableList<OutflowRecord> rows;
    final StringProperty listStatus = new SimpleStringProperty("");
    private volatile long total;
    /** The count table beside the list: periods by destination or by village, for the same filters. */
    final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.DESTINATION_PROVINCE);
    final ObservableList<OutflowGroup> groups = FXCollections.observableArrayList();
    final ObjectProperty<OutflowRecord> selected = new SimpleObjectProperty<>();
    final StringProperty message = new SimpleStringProperty("");
    final ObjectProperty<Panel> panel = new SimpleObjectProperty<>(Panel.NONE);
    /** The period 同步's 打开更正 asked for (ADR 0374): the view selects its row when the list shows it. */
    final ObjectProperty<Long> correcting = new SimpleObjectProperty<>();

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
    private String stationDivision;

    public OutflowAreaViewModel(OutflowService service, Operator operator, BackgroundWork work, Clock clock) {
        this.service = service;
        this.operator = operator;
        this.work = work;
        this.clock = clock;
        this.pages = new Pages<>(work, PAGE_SIZE, listStatus, "outflow.list.none", page -> {
            OutflowQuery query = query();
            return () -> {
                OutflowPage read = service.rows(operator, query, page * PAGE_SIZE, PAGE_SIZE + 1);
                total = read.total();
                return read.rows();
            };
        });
        this.rows = pages.results();
        rows.addListener((ListChangeListener<OutflowRecord>) c -> {
            if (!rows.isEmpty()) listStatus.set(Fxml.text("outflow.list.count", total));
        });
        grouping.addListener((o, was, now) -> countGroups());
    }

    /** The tables and divisions the form's look-ups offer: those the service checks against. */
    MasterData masterData() {
        return service.masterData();
    }

    /** Look-ups rank the station's own area first (the destination's excludes it: that is no outflow). */
    LookupContext lookupContext() {
        return new LookupContext(stationDivision(), UsageCounts.NONE);
    }

    String stationDivision() {
        if (stationDivision == null) stationDivision = service.stationDivision();
        return stationDivision;
    }

    boolean mayWrite() {
        return operator.may(Permission.OUTFLOW_WRITE);
    }

    /** Reads the first page and the counts with the filters as they are. */
    void search() {
        message.set("");
        pages.first();
        countGroups();
    }

    /** Reads the page shown and the counts again after a change; {@code notice} says what was just done. */
    private void refresh(String notice) {
        pages.reload();
        countGroups();
        message.set(notice);
    }

    /** Lists the periods of the group chosen in the count table: its destination or its village as the filter. */
    void showGroup(OutflowGroup group) {
        if (group == null) return;
        if (grouping.get() == Grouping.HUKOU_VILLAGE) {
            village.set(group.code());
        } else {
            destination.set(group.code());
        }
        search();
    }

    private void countGroups() {
        OutflowQuery query = query();
        Grouping by = grouping.get();
        work.run(() -> service.groups(operator, query, by), groups::setAll, this::showFirst, message::set);
    }

    private OutflowQuery query() {
        return new OutflowQuery(village.get(), destination.get(), childrenOnly.get() ? Boolean.TRUE : null,
                elderlyOnly.get() ? Boolean.TRUE : null, status.get().open, text.get());
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
        work.run(() -> service.open(operator, row.id()), this::edit, this::showFirst, message::set);
    }

    /**
     * 打开更正 of a rejected OUTFLOW_* event (ADR 0374): the period with this local id listed (every status, found by
     * the ID number), its row named in {@link #correcting} for the view to select, and its entry form open;
     * {@code notFound} runs (FX thread) when this station has no such period.
     */
    public void correct(String periodId, Runnable notFound) {
        long id;
        try {
            id = Long.parseLong(periodId);
        } catch (NumberFormatException notOurs) {
            notFound.run();
            return;
        }
        work.run(() -> service.open(operator, id), full -> {
            status.set(Status.ALL);
            village.set("");
            destination.set("");
            childrenOnly.set(false);
            elderlyOnly.set(false);
            text.set(full.idNumber()); // the person's periods only (the form shows the number in full too)
            search();
            if (full.open()) {
                edit(full);
            } else {
                returnPanel(full); // a rejected OUTFLOW_ENDED: its return is what to correct
            }
            correcting.set(null);
            correcting.set(full.id());
        }, invalid -> notFound.run(), message::set);
    }

    /** The entry form filled from a period opened in full, to change it. */
    private void edit(OutflowRecord full) {
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

    /**
     * The return panel for the selected period: for an open one today by default; for one already returned its
     * recorded return, to correct it (ADR 0374).
     */
    void startReturn() {
        OutflowRecord row = selected.get();
        if (row == null) {
            message.set(Fxml.text("outflow.selectOpen"));
            return;
        }
        returnPanel(row);
    }

    private void returnPanel(OutflowRecord row) {
        returnedOn.set(row.open() ? LocalDate.now(clock).toString() : row.returnedOn().toString());
        returnReason.set(row.open() || row.returnReason() == null ? ReturnReason.RETURNED_HOME
                : ReturnReason.valueOf(row.returnReason()));
        returnNote.set(row.open() || row.returnNote() == null ? "" : row.returnNote());
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
            refresh(Fxml.text(row.open() ? "outflow.returned" : "outflow.returnCorrected", ended.name(),
                    ended.returnedOn().toString()));
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
