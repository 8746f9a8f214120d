package org.residencedesk.ui.print;

import org.residencedesk.ui.Fxml;
import java.util.Locale;
import java.util.ResourceBundle;

import javafx.beans.property.DoubleProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.util.StringConverter;
import javafx.util.converter.NumberStringConverter;
import org.residencedesk.port.printing.DocumentType;

/** Thin FXML controller of 打印机设置; state and rules live in {@link PrinterSettingsViewModel}. */
public final class PrinterSettingsView {

    private final PrinterSettingsViewModel viewModel;

    @FXML
    private ComboBox<DocumentType> documentTypeBox;
    @FXML
    private ComboBox<String> printerBox;
    @FXML
    private TextField trayField;
    @FXML
    private Spinner<Integer> copiesSpinner;
    @FXML
    private CheckBox duplexBox;
    @FXML
    private TitledPane calibrationPane;
    @FXML
    private TextField offsetXField;
    @FXML
    private TextField offsetYField;
    @FXML
    private TextField scaleField;
    @FXML
    private TextField measuredXField;
    @FXML
    private TextField measuredYField;
    @FXML
    private TextField measuredBarField;
    @FXML
    private Label expectedLabel;
    @FXML
    private Label statusLabel;

    public PrinterSettingsView(PrinterSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(PrinterSettingsViewModel viewModel) {
        return Fxml.load(new PrinterSettingsView(viewModel), ResourceBundle.getBundle("i18n.print"));
    }

    @FXML
    private void initialize() {
        documentTypeBox.getItems().setAll(DocumentType.values());
        documentTypeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentType type) {
                return type == null ? "" : viewModel.displayName(type);
            }

            @Override
            public DocumentType fromString(String text) {
                return null;
            }
        });
        documentTypeBox.valueProperty().bindBidirectional(viewModel.documentTypeProperty());
        printerBox.setItems(viewModel.printers());
        printerBox.valueProperty().bindBidirectional(viewModel.printerNameProperty());
        trayField.textProperty().bindBidirectional(viewModel.trayProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory copies = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 99);
        copiesSpinner.setValueFactory(copies);
        copies.setValue(viewModel.copiesProperty().get());
        copies.valueProperty().addListener((obs, old, now) -> viewModel.copiesProperty().set(now));
        viewModel.copiesProperty().addListener((obs, old, now) -> copies.setValue(now.intValue()));
        duplexBox.selectedProperty().bindBidirectional(viewModel.duplexProperty());
        calibrationPane.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !viewModel.documentTypeProperty().get().isCard(), viewModel.documentTypeProperty()));
        bindNumber(offsetXField, viewModel.offsetXProperty(), "0.00");
        bindNumber(offsetYField, viewModel.offsetYProperty(), "0.00");
        bindNumber(scaleField, viewModel.scaleProperty(), "0.0000");
        bindNumber(measuredXField, viewModel.measuredXProperty(), "0.0");
        bindNumber(measuredYField, viewModel.measuredYProperty(), "0.0");
        bindNumber(measuredBarField, viewModel.measuredBarProperty(), "0.0");
        expectedLabel.setText(viewModel.expectedMeasurementsText());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        viewModel.refreshPrinters();
    }

    private static void bindNumber(TextField field, DoubleProperty property, String pattern) {
        field.textProperty().bindBidirectional(property, new NumberStringConverter(Locale.ROOT, pattern));
    }

    @FXML
    private void refreshPrinters() {
        viewModel.refreshPrinters();
    }

    @FXML
    private void printCalibrationCard() {
        viewModel.printCalibrationCard();
    }

    @FXML
    private void applyMeasurements() {
        viewModel.applyMeasurements();
    }

    @FXML
    private void save() {
        viewModel.save();
    }
}
