package org.residencedesk.ui.collection;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.collection.CollectorKind;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.collection.CollectionFileRefused;
import org.residencedesk.service.collection.CollectionImport;
import org.residencedesk.service.collection.CollectionQueueService;
import org.residencedesk.service.collection.ImportResult;
import org.residencedesk.service.collection.QueueItem;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;

/**
 * 采集队列 (docs/decisions/0235): the waiting collected rows (ID numbers masked), the template and the import of a
 * collection file, and — for window staff — confirming the selected row after a card swipe whose ID number matches
 * it or with a note for a grid worker's row, or discarding it with a reason. Every service call runs on the
 * window's worker; outcomes come back as one Chinese line.
 */
public final class CollectionQueueViewModel {
    static final int PAGE = 200;

    private final CollectionQueueService queue;
    private final CollectionImport imports;
    private final Operator operator;
    private final BackgroundWork work;
    private final ObservableList<QueueItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<QueueItem> selected = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cardStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<CollectorKind> collector = new SimpleObjectProperty<>(CollectorKind.GRID_WORKER);
    /** Which collection form the template and the import are: 居住登记, 出租房屋, 用人单位 or 流出人口. */
    private final ObjectProperty<RecordKind> kind = new SimpleObjectProperty<>(RecordKind.REGISTRATION);
    /** The ID number of the card swiped for the selected row; null until one is. */
    private String cardIdNumber;

    public CollectionQueueViewModel(CollectionQueueService queue, CollectionImport imports, Operator operator,
                                    BackgroundWork work) {
        this.queue = queue;
        this.imports = imports;
        this.operator = operator;
        this.work = work;
        selected.addListener((obs, old, now) -> {
            cardIdNumber = null;
            cardStatus.set("");
            note.set("");
            reason.set("");
        });
    }

    /** Window staff confirm and discard; a 网格员 only collects. */
    public boolean mayConfirm() {
        return operator.may(Permission.COLLECTION_CONFIRM);
    }

    /** Reads the waiting rows (oldest first). */
    public void refresh() {
        busy.set(true);
        work.run(() -> queue.waiting(operator, 0, PAGE), page -> {
            busy.set(false);
            QueueItem keep = selected.get();
            items.setAll(page.items());
            total.set(Fxml.text("collection.ui.total", page.total()));
            if (keep != null) {
                items.stream().filter(i -> i.id() == keep.id()).findFirst().ifPresent(selected::set);
            }
        }, this::invalid, this::failed);
    }

    /** A card was swiped while the queue is on screen: it checks the selected row's identity. */
    public void cardRead(IdCardData card) {
        QueueItem row = selected.get();
        if (row == null) {
            cardStatus.set(Fxml.text("collection.ui.card.noRow"));
            return;
        }
        cardIdNumber = card.idNumber();
        cardStatus.set(Fxml.text("collection.ui.card.read", card.name()));
    }

    /** Confirms the selected row into a registration (the service checks the card or the note). */
    public void confirm() {
        QueueItem row = selected.get();
        clearLines();
        if (row == null) {
            error.set(Fxml.text("collection.ui.selectRow"));
            return;
        }
        busy.set(true);
        String card = cardIdNumber;
        String typedNote = note.get();
        work.run(() -> queue.confirm(operator, row.id(), card, typedNote, null), number -> {
            busy.set(false);
            message.set(Fxml.text("collection.ui.confirmed", row.title(), number));
            selected.set(null);
            refresh();
        }, this::invalid, this::failed);
    }

    /** Discards the selected row with the reason typed. */
    public void discard() {
        QueueItem row = selected.get();
        clearLines();
        if (row == null) {
            error.set(Fxml.text("collection.ui.selectRow"));
            return;
        }
        busy.set(true);
        String why = reason.get();
        work.run(() -> {
            queue.discard(operator, row.id(), why);
            return row;
        }, done -> {
            busy.set(false);
            message.set(Fxml.text("collection.ui.discarded", done.title()));
            selected.set(null);
            refresh();
        }, this::invalid, this::failed);
    }

    /** The selected row's values, handed to the registration form (the look is audited). */
    public void openInForm(Consumer<FormValues> form) {
        QueueItem row = selected.get();
        clearLines();
        if (row == null) {
            error.set(Fxml.text("collection.ui.selectRow"));
            return;
        }
        if (row.kind() != RecordKind.REGISTRATION) {
            // only a registration has a form in the window; other rows are confirmed or discarded here (ADR 0293)
            error.set(Fxml.text("collection.ui.noForm", Fxml.text(row.kind().labelKey())));
            return;
        }
        work.run(() -> queue.open(operator, row.id()), form, this::invalid, this::failed);
    }

    /** Writes the empty template to {@code target}. */
    public void writeTemplate(Path target) {
        clearLines();
        RecordKind form = kind.get();
        work.run(() -> {
            try {
                imports.writeTemplate(form, target);
            } catch (CollectionFileRefused e) {
                throw new ValidationFailure(java.util.Map.of("file", e.userMessage()));
            }
            return target;
        }, done -> message.set(Fxml.text("collection.ui.templateWritten", done)), this::invalid, this::failed);
    }

    /** Imports a collection file into the queue and shows what happened. */
    public void importFile(Path file) {
        clearLines();
        busy.set(true);
        CollectorKind who = collector.get();
        RecordKind form = kind.get();
        work.run(() -> {
            try {
                return imports.collect(operator, form, who, file);
            } catch (CollectionFileRefused e) {
                throw new ValidationFailure(java.util.Map.of("file", e.userMessage()));
            }
        }, (ImportResult result) -> {
            busy.set(false);
            message.set(Fxml.text("collection.ui.imported", result.accepted(), result.duplicates(),
                    result.rejected()));
            if (!result.errors().isEmpty()) {
                var first = result.errors().get(0);
                error.set(Fxml.text("collection.ui.firstProblem", first.row(), first.message()));
            }
            refresh();
        }, this::invalid, this::failed);
    }

    private void clearLines() {
        message.set("");
        error.set("");
    }

    private void invalid(ValidationFailure invalid) {
        busy.set(false);
        error.set(String.join("；", invalid.fieldMessages().values()));
    }

    private void failed(String text) {
        busy.set(false);
        error.set(text);
    }

    public ObservableList<QueueItem> items() { return items; }

    public ObjectProperty<QueueItem> selectedProperty() { return selected; }

    public StringProperty noteProperty() { return note; }

    public StringProperty reasonProperty() { return reason; }

    public ObjectProperty<CollectorKind> collectorProperty() { return collector; }

    public ObjectProperty<RecordKind> kindProperty() { return kind; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public ReadOnlyStringProperty cardStatusProperty() { return cardStatus.getReadOnlyProperty(); }

    public ReadOnlyStringProperty totalProperty() { return total.getReadOnlyProperty(); }

    public BooleanProperty busyProperty() { return busy; }
}
