package org.residencedesk.ui.query;

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
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.service.registration.RegistrationDetails;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.PagerControls;
import org.residencedesk.ui.PersonActions;
import org.residencedesk.ui.PersonNavigation;

/** Thin controller of the 查询 screen. */
public final class SearchView {
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
    @FXML private Button changeButton;
    @FXML private Button reRegisterButton;
    @FXML private Button moveOutButton;
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
    private PersonNavigation navigation = PersonNavigation.NONE;

    public SearchView(SearchViewModel model, Consumer<RegistrationDetails> onChange,
                      Consumer<RegistrationDetails> onReRegister) {
        this.model = model;
        this.onChange = onChange;
        this.onReRegister = onReRegister;
    }

    /** The person keys and menus of the results and the timeline (before {@link #load}). */
    public SearchView navigation(PersonNavigation target) {
        this.navigation = target;
        return this;
    }

    public SearchViewModel model() {
        return model;
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
        idColumn.setCellValueFactory(c -> model.reveal.text(c.getValue().registrationId(),
                c.getValue().maskedIdNumber()));
        mobileColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().mobile()));
        addressColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().addressText()));
        statusColumn.setCellValueFactory(c -> new SimpleStringProperty(SearchViewModel.statusText(c.getValue())));
        dateColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().registeredOn().toString()));
        PagerControls.bind(previousButton, pageLabel, nextButton, model.page, model.more);
        messageLabel.textProperty().bind(model.message);
        moveOutReason.getItems().setAll(MoveOutReason.values());
        moveOutReason.setConverter(converter(r -> r == null ? "" : Fxml.text(r.messageKey())));
        moveOutReason.valueProperty().bindBidirectional(model.moveOutReason);
        moveOutDate.textProperty().bindBidirectional(model.moveOutDate);
        moveOutError.textProperty().bind(model.moveOutError);
        timelineList.setItems(model.timeline);
        model.selected.bind(resultTable.getSelectionModel().selectedItemProperty());
        model.panel.addListener((o, old, shown) -> showPanel(shown));
        searchField.setOnAction(e -> search());
        for (Button writing : new Button[] {changeButton, reRegisterButton, moveOutButton}) {
            writing.setVisible(model.mayChange());
            writing.setManaged(model.mayChange());
        }
        PersonActions.install(resultTable, model::selectedPerson, navigation, model::revealSelected);
        PersonActions.install(timelineList, model.timelinePerson::get, navigation, null);
        resultTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.mayChange()) {
                change();
            }
        });
    }

    @FXML
    private void search() {
        model.search();
    }

    @FXML
    private void previousPage() {
        model.previousPage();
    }

    @FXML
    private void nextPage() {
        model.nextPage();
    }

    @FXML
    private void change() {
        model.open(onChange);
    }

    @FXML
    private void reRegister() {
        model.open(onReRegister);
    }

    @FXML
    private void showMoveOut() {
        model.startMoveOut();
        if (model.panel.get() == SearchViewModel.Panel.MOVE_OUT) {
            moveOutDate.requestFocus();
        }
    }

    @FXML
    private void confirmMoveOut() {
        model.confirmMoveOut();
    }

    @FXML
    private void showTimeline() {
        model.showTimeline();
    }

    private void showPanel(SearchViewModel.Panel shown) {
        moveOutPanel.setVisible(shown == SearchViewModel.Panel.MOVE_OUT);
        moveOutPanel.setManaged(shown == SearchViewModel.Panel.MOVE_OUT);
        timelineList.setVisible(shown == SearchViewModel.Panel.TIMELINE);
        timelineList.setManaged(shown == SearchViewModel.Panel.TIMELINE);
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
