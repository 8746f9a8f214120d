package org.residencedesk.ui.register;

import static org.residencedesk.ui.register.HouseRegisterView.text;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.residencedesk.domain.register.EmployerSummary;
import org.residencedesk.service.register.EmployerRecord;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.PagerControls;
import org.residencedesk.ui.PersonActions;
import org.residencedesk.ui.PersonNavigation;
import org.residencedesk.ui.register.EmployerRegisterViewModel.EmployeeRow;

/** Thin controller of 登记簿 · 单位. */
public final class EmployerRegisterView {
    @FXML private TextField employerSearchField;
    @FXML private Button newEmployerButton;
    @FXML private Label employerMessage;
    @FXML private TableView<EmployerSummary> employerTable;
    @FXML private TableColumn<EmployerSummary, String> employerCodeColumn;
    @FXML private TableColumn<EmployerSummary, String> employerNameColumn;
    @FXML private TableColumn<EmployerSummary, String> employerAddressColumn;
    @FXML private TableColumn<EmployerSummary, String> employerContactColumn;
    @FXML private TableColumn<EmployerSummary, String> employerCountColumn;
    @FXML private Button employerPreviousButton;
    @FXML private Label employerPageLabel;
    @FXML private Button employerNextButton;
    @FXML private Label employerHeading;
    @FXML private Button changeEmployerButton;
    @FXML private Label employerDetails;
    @FXML private TableView<EmployeeRow> employeeTable;
    @FXML private TableColumn<EmployeeRow, String> employeeNameColumn;
    @FXML private TableColumn<EmployeeRow, String> employeeIdColumn;
    @FXML private TableColumn<EmployeeRow, String> employeeDateColumn;
    @FXML private TableColumn<EmployeeRow, String> employeeStatusColumn;
    @FXML private TableColumn<EmployeeRow, String> employeeNowColumn;
    @FXML private TableColumn<EmployeeRow, String> employeePermitColumn;

    private final EmployerRegisterViewModel model;
    private final RegisterDialogs dialogs;
    private final PersonNavigation navigation;

    public EmployerRegisterView(EmployerRegisterViewModel model, RegisterDialogs dialogs,
                                PersonNavigation navigation) {
        this.model = model;
        this.dialogs = dialogs;
        this.navigation = navigation;
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        employerSearchField.textProperty().bindBidirectional(model.text);
        employerSearchField.setOnAction(e -> search());
        employerMessage.textProperty().bind(model.message);
        employerTable.setItems(model.results);
        text(employerCodeColumn, EmployerSummary::creditCode);
        text(employerNameColumn, EmployerSummary::name);
        text(employerAddressColumn, EmployerSummary::addressText);
        text(employerContactColumn, s -> (s.contactName() == null ? "" : s.contactName() + " ")
                + (s.contactPhone() == null ? "" : s.contactPhone()));
        text(employerCountColumn, s -> Long.toString(s.employeesNow()));
        model.selected.bind(employerTable.getSelectionModel().selectedItemProperty());
        employerTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) open();
        });
        employerTable.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) open();
        });
        PagerControls.bind(employerPreviousButton, employerPageLabel, employerNextButton, model.page, model.more);
        employerHeading.textProperty().bind(model.heading);
        employerDetails.textProperty().bind(model.details);
        employeeTable.setItems(model.employees);
        text(employeeNameColumn, r -> r.employee().registration().name());
        text(employeeIdColumn, r -> r.employee().registration().maskedIdNumber());
        text(employeeDateColumn, EmployeeRow::registeredOn);
        text(employeeStatusColumn, EmployeeRow::status);
        text(employeeNowColumn, r -> Fxml.text(r.now() ? "register.employee.now" : "register.employee.before"));
        text(employeePermitColumn, EmployeeRow::permits);
        model.selectedEmployee.bind(employeeTable.getSelectionModel().selectedItemProperty());
        PersonActions.install(employeeTable, model::selectedPerson, navigation, null);
        newEmployerButton.setVisible(model.mayWrite());
        newEmployerButton.setManaged(model.mayWrite());
        changeEmployerButton.setVisible(model.mayWrite());
        changeEmployerButton.setManaged(model.mayWrite());
        changeEmployerButton.disableProperty().bind(model.opened.isNull());
        CorrectionFocus.install(employerTable, model.correcting, EmployerSummary::id, EmployerRecord::id,
                !model.mayWrite() ? null : e -> dialogs.changeEmployer(employerTable, e).ifPresent(model::saved));
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
    private void newEmployer() {
        dialogs.newEmployer(employerTable).ifPresent(model::saved);
    }

    @FXML
    private void changeEmployer() {
        if (model.openedRecord() != null) {
            dialogs.changeEmployer(employerTable, model.openedRecord()).ifPresent(model::saved);
        }
    }
}
