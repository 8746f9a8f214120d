package org.residencedesk.ui.collection;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.collection.CollectorKind;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.service.collection.QueueItem;
import org.residencedesk.ui.CardSwipeTarget;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.Fxml;

/** Thin view of 采集队列; state and commands live in {@link CollectionQueueViewModel}. */
public final class CollectionQueueView implements CardSwipeTarget {
    private final CollectionQueueViewModel model;
    private final FileDialogs dialogs;
    private final Consumer<FormValues> openForm;
    private final java.time.ZoneId zone;

    @FXML private TableView<QueueItem> queueTable;
    @FXML private TableColumn<QueueItem, String> nameColumn;
    @FXML private TableColumn<QueueItem, String> idColumn;
    @FXML private TableColumn<QueueItem, String> collectorColumn;
    @FXML private TableColumn<QueueItem, String> collectedAtColumn;
    @FXML private TableColumn<QueueItem, String> sourceColumn;
    @FXML private Label totalLabel;
    @FXML private Label messageLabel;
    @FXML private Label errorLabel;
    @FXML private Label cardStatusLabel;
    @FXML private TextField noteField;
    @FXML private TextField reasonField;
    @FXML private HBox confirmBox;
    @FXML private HBox discardBox;
    @FXML private Button openButton;
    @FXML private ChoiceBox<CollectorKind> collectorChoice;
    @FXML private ChoiceBox<RecordKind> kindChoice;

    /** @param openForm puts a row's values into the registration form and shows it */
    public CollectionQueueView(CollectionQueueViewModel model, FileDialogs dialogs, Consumer<FormValues> openForm,
                               java.time.ZoneId zone) {
        this.model = model;
        this.dialogs = dialogs;
        this.openForm = openForm;
        this.zone = zone;
    }

    public Parent load() {
        Parent root = Fxml.load(this);
        model.refresh();
        return root;
    }

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        idColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().maskedIdNumber()));
        collectorColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Fxml.text(c.getValue().collector().labelKey()) + "（" + c.getValue().collectedBy() + "）"));
        collectedAtColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                DateFormats.DATE_TIME.format(c.getValue().collectedAt().atZone(zone))));
        sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sourceFile() == null
                ? Fxml.text("collection.ui.typedIn")
                : Fxml.text("collection.ui.source", c.getValue().sourceFile(), c.getValue().sourceRow())));
        queueTable.setItems(model.items());
        queueTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                queueTable.getSelectionModel().clearSelection();
            }
        });
        noteField.textProperty().bindBidirectional(model.noteProperty());
        reasonField.textProperty().bindBidirectional(model.reasonProperty());
        totalLabel.textProperty().bind(model.totalProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        cardStatusLabel.textProperty().bind(model.cardStatusProperty());
        boolean confirm = model.mayConfirm();
        for (var node : new javafx.scene.Node[] {confirmBox, discardBox, openButton, cardStatusLabel}) {
            node.setVisible(confirm);
            node.setManaged(confirm);
        }
        collectorChoice.getItems().setAll(CollectorKind.values());
        collectorChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(CollectorKind kind) {
                return kind == null ? "" : Fxml.text(kind.labelKey());
            }

            @Override
            public CollectorKind fromString(String text) {
                return null;
            }
        });
        collectorChoice.valueProperty().bindBidirectional(model.collectorProperty());
        kindChoice.getItems().setAll(RecordKind.values());
        kindChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(RecordKind kind) {
                return kind == null ? "" : Fxml.text(kind.labelKey());
            }

            @Override
            public RecordKind fromString(String text) {
                return null;
            }
        });
        kindChoice.valueProperty().bindBidirectional(model.kindProperty());
    }

    @Override
    public void cardRead(IdCardData card) {
        model.cardRead(card);
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void confirm() {
        model.confirm();
    }

    @FXML
    private void discard() {
        model.discard();
    }

    @FXML
    private void openInForm() {
        model.openInForm(openForm);
    }

    @FXML
    private void writeTemplate() {
        Optional<Path> target = dialogs.chooseSaveTarget(queueTable.getScene().getWindow(),
                Fxml.text("collection.ui.template"), Fxml.text("collection.ui.templateName",
                        Fxml.text(model.kindProperty().get().labelKey())));
        target.ifPresent(model::writeTemplate);
    }

    @FXML
    private void importFile() {
        dialogs.chooseOpenFile(queueTable.getScene().getWindow(), Fxml.text("collection.ui.import"))
                .ifPresent(model::importFile);
    }
}
