package org.residencedesk.ui.query;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.service.registration.RegistrationDetails;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;

/** Thin controller of the 查询 screen. */
public final class SearchView {
    private static final DateTimeFormatter TIME = DateFormats.DATE_TIME;

    @FXML private TextField searchField;
    @FXML private ChoiceBox<SearchKind> kindChoice;
    @FXML private TableView<RegistrationSummary> resultTable;
    @FXML private TableColumn<RegistrationSummary, String> numberColumn;
    @FXML private TableColumn<RegistrationSummary, String> nameColumn;
    @FXML private TableColumn<RegistrationSummary, String> idColumn;
    @FXML private TableColumn<RegistrationSummary, String> mobileColumn;
    @FXML private TableColumn<RegistrationSummary, String> addressColumn;
    @FXML private TableColumn<RegistrationSummary, String> statusColumn;
    @FXML private TableColumn<RegistrationSummary, String> dateColumn;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label pageLabel;
    @FXML private Label messageLabel;
    @FXML private HBox moveOutPanel;
    @FXML private ChoiceBox<MoveOutReason> moveOutReason;
    @FXML private TextField moveOutDate;
    @FXML private Label moveOutError;
    @FXML private ListView<String> timelineList;

    private final SearchViewModel model;
    private final Consumer<RegistrationDetails> onChange;
    private final Consumer<RegistrationDetails> onReRegister;
    private final java.time.Clock clock;

    public SearchView(SearchViewModel model, Consumer<RegistrationDetails> onChange,
                      Consumer<RegistrationDetails> onReRegister, java.time.Clock clock) {
        this.model = model;
        this.onChange = onChange;
        this.onReRegister = onReRegister;
        this.clock = clock;
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.text);
        kindChoice.getItems().add(null);
        kindChoice.getItems().addAll(SearchKind.values());
        kindChoice.setConverter(converter(k -> Fxml.text("query.kind." + (k == null ? "AUTO" : k.name()))));
        kindChoice.valueProperty().bindBidirectional(model.kind);
        resultTable.setItems(model.results);
        numberColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().registrationNumber()));
        nameColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        idColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().maskedIdNumber()));
        mobileColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().mobile()));
        addressColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().addressText()));
        statusColumn.setCellValueFactory(c -> new SimpleStringProperty(
                Fxml.text("registration.status." + c.getValue().status().name())));
        dateColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().registeredOn().toString()));
        previousButton.disableProperty().bind(model.page.isEqualTo(0));
        nextButton.disableProperty().bind(model.more.not());
        pageLabel.textProperty().bind(model.page.add(1).asString(Fxml.text("query.page")));
        messageLabel.textProperty().bind(model.message);
        moveOutReason.getItems().setAll(MoveOutReason.values());
        moveOutReason.setConverter(converter(r -> r == null ? "" : Fxml.text(r.messageKey())));
        searchField.setOnAction(e -> search());
        resultTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                change();
            }
        });
    }

    @FXML
    private void search() {
        load(model.newQuery(), 0);
    }

    @FXML
    private void previousPage() {
        load(model.lastQuery(), model.page.get() - 1);
    }

    @FXML
    private void nextPage() {
        load(model.lastQuery(), model.page.get() + 1);
    }

    private void load(SearchViewModel.Query query, int page) {
        hidePanels();
        BackgroundWork.runShared(() -> model.searchOnWorker(query, page), model::show,
                invalid -> model.message.set(invalid.fieldMessages().values().iterator().next()), model.message::set);
    }

    @FXML
    private void change() {
        withSelected(row -> BackgroundWork.runShared(() -> model.openOnWorker(row), onChange,
                invalid -> model.message.set(invalid.fieldMessages().values().iterator().next()), model.message::set));
    }

    @FXML
    private void reRegister() {
        withSelected(row -> BackgroundWork.runShared(() -> model.openOnWorker(row), onReRegister,
                invalid -> model.message.set(invalid.fieldMessages().values().iterator().next()), model.message::set));
    }

    @FXML
    private void showMoveOut() {
        withSelected(row -> {
            hidePanels();
            moveOutReason.setValue(MoveOutReason.MOVED_AWAY);
            moveOutDate.setText(LocalDate.now(clock).toString());
            moveOutError.setText("");
            moveOutPanel.setVisible(true);
            moveOutPanel.setManaged(true);
            moveOutDate.requestFocus();
        });
    }

    @FXML
    private void confirmMoveOut() {
        withSelected(row -> {
            LocalDate leftOn;
            try {
                leftOn = LocalDate.parse(moveOutDate.getText().strip());
            } catch (DateTimeParseException e) {
                moveOutError.setText(Fxml.text("query.moveOut.badDate"));
                return;
            }
            MoveOutReason reason = moveOutReason.getValue();
            BackgroundWork.runShared(() -> {
                model.moveOutOnWorker(row, reason, leftOn);
                return null;
            }, done -> {
                hidePanels();
                model.message.set(Fxml.text("query.moveOut.done", row.registrationNumber()));
                load(model.lastQuery(), model.page.get());
            }, invalid -> moveOutError.setText(invalid.fieldMessages().values().iterator().next()),
                    moveOutError::setText);
        });
    }

    @FXML
    private void showTimeline() {
        withSelected(row -> BackgroundWork.runShared(() -> model.timelineOnWorker(row), entries -> {
            hidePanels();
            timelineList.getItems().setAll(entries.stream().map(e -> e.at().atZone(clock.getZone()).format(TIME)
                    + "　" + Fxml.text("timeline.kind." + e.kind()) + "　" + e.reference()
                    + (e.summary() == null ? "" : "　" + e.summary()) + "　" + e.operator()).toList());
            timelineList.setVisible(true);
            timelineList.setManaged(true);
        }, invalid -> model.message.set(invalid.fieldMessages().values().iterator().next()), model.message::set));
    }

    private void hidePanels() {
        moveOutPanel.setVisible(false);
        moveOutPanel.setManaged(false);
        timelineList.setVisible(false);
        timelineList.setManaged(false);
    }

    private void withSelected(Consumer<RegistrationSummary> action) {
        RegistrationSummary row = resultTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            model.message.set(Fxml.text("query.selectFirst"));
            return;
        }
        action.accept(row);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

}
