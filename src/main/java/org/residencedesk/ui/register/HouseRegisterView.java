package org.residencedesk.ui.register;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.residencedesk.domain.register.HouseKind;
import org.residencedesk.domain.register.HouseListing;
import org.residencedesk.domain.register.HouseSummary;
import org.residencedesk.service.register.HouseRecord;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.PagerControls;
import org.residencedesk.ui.PersonActions;
import org.residencedesk.ui.PersonNavigation;
import org.residencedesk.ui.register.HouseRegisterViewModel.Occupant;

/** Thin controller of 登记簿 · 房屋. */
public final class HouseRegisterView {
    @FXML private TextField houseSearchField;
    @FXML private ChoiceBox<HouseListing> houseListingChoice;
    @FXML private ChoiceBox<HouseKind> houseKindChoice;
    @FXML private Button newHouseButton;
    @FXML private Label houseMessage;
    @FXML private TableView<HouseSummary> houseTable;
    @FXML private TableColumn<HouseSummary, String> houseCodeColumn;
    @FXML private TableColumn<HouseSummary, String> houseKindColumn;
    @FXML private TableColumn<HouseSummary, String> houseAddressColumn;
    @FXML private TableColumn<HouseSummary, String> houseManagerColumn;
    @FXML private TableColumn<HouseSummary, String> houseManagerIdColumn;
    @FXML private TableColumn<HouseSummary, String> houseCapacityColumn;
    @FXML private TableColumn<HouseSummary, String> houseStateColumn;
    @FXML private Button housePreviousButton;
    @FXML private Label housePageLabel;
    @FXML private Button houseNextButton;
    @FXML private Label houseHeading;
    @FXML private Label overCapacityMark;
    @FXML private Button changeHouseButton;
    @FXML private Label houseDetails;
    @FXML private TableView<Occupant> occupantTable;
    @FXML private TableColumn<Occupant, String> occupantNameColumn;
    @FXML private TableColumn<Occupant, String> occupantIdColumn;
    @FXML private TableColumn<Occupant, String> occupantNumberColumn;
    @FXML private TableColumn<Occupant, String> occupantArrivalColumn;
    @FXML private TableColumn<Occupant, String> occupantLeavingColumn;
    @FXML private TableColumn<Occupant, String> occupantStatusColumn;
    @FXML private TableColumn<Occupant, String> occupantNowColumn;

    private final HouseRegisterViewModel model;
    private final RegisterDialogs dialogs;
    private final PersonNavigation navigation;

    public HouseRegisterView(HouseRegisterViewModel model, RegisterDialogs dialogs, PersonNavigation navigation) {
        this.model = model;
        this.dialogs = dialogs;
        this.navigation = navigation;
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        houseSearchField.textProperty().bindBidirectional(model.text);
        houseSearchField.setOnAction(e -> search());
        houseListingChoice.getItems().setAll(HouseListing.values());
        houseListingChoice.setConverter(converter(HouseRegisterViewModel::listingLabel));
        houseListingChoice.valueProperty().bindBidirectional(model.listing);
        houseKindChoice.getItems().add(null);
        houseKindChoice.getItems().addAll(HouseKind.values());
        houseKindChoice.setConverter(converter(HouseRegisterViewModel::kindLabel));
        houseKindChoice.valueProperty().bindBidirectional(model.only);
        houseMessage.textProperty().bind(model.message);
        houseTable.setItems(model.results);
        text(houseCodeColumn, HouseSummary::houseCode);
        text(houseKindColumn, s -> Fxml.text(s.kind().labelKey()));
        text(houseAddressColumn, HouseSummary::addressText);
        text(houseManagerColumn, HouseSummary::managerName);
        text(houseManagerIdColumn, HouseSummary::maskedManagerId);
        text(houseCapacityColumn, s -> s.occupantsNow() + " / " + (s.capacity() > 0 ? s.capacity() : "—"));
        text(houseStateColumn, HouseRegisterViewModel::stateOf);
        model.selected.bind(houseTable.getSelectionModel().selectedItemProperty());
        houseTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) open();
        });
        houseTable.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) open();
        });
        PagerControls.bind(housePreviousButton, housePageLabel, houseNextButton, model.page, model.more);
        houseHeading.textProperty().bind(model.heading);
        houseDetails.textProperty().bind(model.details);
        overCapacityMark.visibleProperty().bind(model.overCapacity);
        overCapacityMark.managedProperty().bind(model.overCapacity);
        occupantTable.setItems(model.occupants);
        occupantNameColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().registration().name()));
        occupantIdColumn.setCellValueFactory(c ->
                new SimpleStringProperty(c.getValue().registration().maskedIdNumber()));
        occupantNumberColumn.setCellValueFactory(c ->
                new SimpleStringProperty(c.getValue().registration().registrationNumber()));
        occupantArrivalColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().arrival()));
        occupantLeavingColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().leaving()));
        occupantStatusColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().status()));
        occupantNowColumn.setCellValueFactory(c -> new SimpleStringProperty(
                Fxml.text(c.getValue().now() ? "register.occupant.now" : "register.occupant.before")));
        model.selectedOccupant.bind(occupantTable.getSelectionModel().selectedItemProperty());
        PersonActions.install(occupantTable, model::selectedPerson, navigation, null);
        newHouseButton.setVisible(model.mayWrite());
        newHouseButton.setManaged(model.mayWrite());
        changeHouseButton.setVisible(model.mayWrite());
        changeHouseButton.setManaged(model.mayWrite());
        changeHouseButton.disableProperty().bind(model.opened.isNull());
        CorrectionFocus.install(houseTable, model.correcting, HouseSummary::id, HouseRecord::id, !model.mayWrite()
                ? null : house -> dialogs.changeHouse(houseTable, house).ifPresent(model::saved));
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
    private void open() {
        model.open();
    }

    @FXML
    private void newHouse() {
        dialogs.newHouse(houseTable).ifPresent(model::saved);
    }

    @FXML
    private void changeHouse() {
        if (model.openedRecord() != null) {
            dialogs.changeHouse(houseTable, model.openedRecord()).ifPresent(model::saved);
        }
    }

    static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
    }

    static <T> StringConverter<T> converter(Function<T, String> toText) {
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
