package org.residencedesk.ui.report;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.StringConverter;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.Fxml;

/** Thin FXML controller of the 报表 area; state and commands live in {@link ReportAreaViewModel}. */
public final class ReportAreaView {
    private final ReportAreaViewModel model;
    private final FileDialogs fileDialogs;

    @FXML private RadioButton dailyChoice;
    @FXML private RadioButton periodChoice;
    @FXML private ToggleGroup kindGroup;
    @FXML private DatePicker dayPicker;
    @FXML private ComboBox<ReportAreaViewModel.Preset> presetChoice;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Button showButton;
    @FXML private Button pdfButton;
    @FXML private Button xlsxButton;
    @FXML private Button printButton;
    @FXML private Button previewButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label headingLabel;
    @FXML private Label messageLabel;
    @FXML private TableView<ReportRow> figureTable;
    @FXML private TableColumn<ReportRow, String> labelColumn;
    @FXML private TableColumn<ReportRow, String> valueColumn;
    @FXML private TableColumn<ReportRow, String> previousColumn;
    @FXML private TableColumn<ReportRow, String> lastYearColumn;
    @FXML private Label detailTitle;
    @FXML private TableView<ReportRow> detailTable;
    @FXML private TableColumn<ReportRow, String> detail1;
    @FXML private TableColumn<ReportRow, String> detail2;
    @FXML private TableColumn<ReportRow, String> detail3;
    @FXML private TableColumn<ReportRow, String> detail4;
    @FXML private TableColumn<ReportRow, String> detail5;
    @FXML private LineChart<String, Number> trendChart;
    @FXML private BarChart<String, Number> comparisonChart;

    public ReportAreaView(ReportAreaViewModel model, FileDialogs fileDialogs) {
        this.model = model;
        this.fileDialogs = fileDialogs;
    }

    public Parent load() {
        return Fxml.load(this, ReportAreaViewModel.TEXTS);
    }

    @FXML
    private void initialize() {
        kindGroup.selectedToggleProperty().addListener((obs, old, now) -> model.kindProperty().set(
                now == periodChoice ? ReportAreaViewModel.Kind.PERIOD : ReportAreaViewModel.Kind.DAILY));
        dayPicker.valueProperty().bindBidirectional(model.dayProperty());
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        presetChoice.getItems().setAll(ReportAreaViewModel.Preset.values());
        presetChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportAreaViewModel.Preset p) {
                return p == null ? "" : Fxml.text(ReportAreaViewModel.TEXTS, "report.ui.preset." + p.name());
            }

            @Override
            public ReportAreaViewModel.Preset fromString(String s) {
                return null;
            }
        });
        presetChoice.setValue(ReportAreaViewModel.Preset.MONTH);
        presetChoice.valueProperty().addListener((obs, old, p) -> {
            if (p != null) {
                LocalDate ref = model.toProperty().get() == null ? model.dayProperty().get() : model.toProperty().get();
                model.apply(p, ref);
            }
        });
        model.kindProperty().addListener((obs, old, k) -> layoutFor(k));
        layoutFor(model.kindProperty().get());
        progress.visibleProperty().bind(model.busyProperty());
        showButton.disableProperty().bind(model.busyProperty());
        pdfButton.disableProperty().bind(model.busyProperty().or(model.reportProperty().isNull()));
        xlsxButton.disableProperty().bind(model.busyProperty().or(model.reportProperty().isNull()));
        printButton.disableProperty().bind(model.busyProperty().or(model.reportProperty().isNull()));
        previewButton.disableProperty().bind(model.busyProperty().or(model.reportProperty().isNull()));
        headingLabel.textProperty().bind(model.headingProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        detailTitle.textProperty().bind(model.detailTitleProperty());
        // inside a SplitPane the tables are not children before the skin exists, so Fxml's settle misses them
        org.residencedesk.ui.Tables.prepare(figureTable);
        org.residencedesk.ui.Tables.prepare(detailTable);
        figureTable.setItems(model.figures());
        labelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().c1()));
        valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().c2()));
        previousColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().c3()));
        lastYearColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().c4()));
        figureTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                model.select(row == null ? null : row.key()));
        detailTable.setItems(model.details());
        detail1.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().c1()));
        detail2.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().c2()));
        detail3.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().c3()));
        detail4.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().c4()));
        detail5.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().c5()));
        trendChart.setData(model.trend());
        comparisonChart.setData(model.comparison());
        model.reportProperty().addListener((obs, old, r) -> {
            boolean compared = r != null && r.compared();
            previousColumn.setVisible(compared);
            lastYearColumn.setVisible(compared);
            comparisonChart.setVisible(compared);
            comparisonChart.setManaged(compared);
        });
    }

    private void layoutFor(ReportAreaViewModel.Kind k) {
        boolean period = k == ReportAreaViewModel.Kind.PERIOD;
        dayPicker.setDisable(period);
        presetChoice.setDisable(!period);
        fromPicker.setDisable(!period);
        toPicker.setDisable(!period);
    }

    @FXML
    private void show() {
        model.show();
    }

    @FXML
    private void print() {
        model.print();
    }

    @FXML
    private void preview() {
        model.preview();
    }

    @FXML
    private void exportPdf() {
        export("pdf");
    }

    @FXML
    private void exportXlsx() {
        export("xlsx");
    }

    private void export(String extension) {
        fileDialogs.chooseSaveTarget(figureTable.getScene().getWindow(),
                        Fxml.text(ReportAreaViewModel.TEXTS, "report.ui.exportTitle"),
                        Fxml.text(ReportAreaViewModel.TEXTS, "report.ui.fileName", extension))
                .ifPresent(model::export);
    }
}
