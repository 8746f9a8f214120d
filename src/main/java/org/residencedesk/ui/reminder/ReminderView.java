package org.residencedesk.ui.reminder;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.port.report.ReminderKind;
import org.residencedesk.service.report.ReminderLetterService;
import org.residencedesk.service.report.ReminderRow;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.Fxml;

/** Thin FXML controller of 提醒 (the 工作台's reminder lists, letters and SMS list); see {@link ReminderViewModel}. */
public final class ReminderView {
    private final ReminderViewModel model;
    private final FileDialogs fileDialogs;

    @FXML private ChoiceBox<ReminderKind> kindChoice;
    @FXML private ComboBox<Division> villageChoice;
    @FXML private Button printButton;
    @FXML private Button lettersButton;
    @FXML private Button smsButton;
    @FXML private Button previewLettersButton;
    @FXML private Button previewListButton;
    @FXML private Button printListButton;
    @FXML private Button listButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label messageLabel;
    @FXML private TableView<ReminderRow> table;
    @FXML private TableColumn<ReminderRow, String> nameColumn;
    @FXML private TableColumn<ReminderRow, String> idColumn;
    @FXML private TableColumn<ReminderRow, String> villageColumn;
    @FXML private TableColumn<ReminderRow, String> dayColumn;
    @FXML private TableColumn<ReminderRow, String> mobileColumn;
    @FXML private TableColumn<ReminderRow, String> addressColumn;

    public ReminderView(ReminderViewModel model, FileDialogs fileDialogs) {
        this.model = model;
        this.fileDialogs = fileDialogs;
    }

    /** Loads the panel and reads the villages and the first list (in the background). */
    public Parent load() {
        Parent root = Fxml.load(this, ReminderViewModel.TEXTS);
        model.load();
        return root;
    }

    @FXML
    private void initialize() {
        kindChoice.getItems().setAll(ReminderViewModel.kinds());
        kindChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReminderKind kind) {
                return kind == null ? "" : Fxml.text(ReminderViewModel.TEXTS, "report.reminder.ui.kind." + kind.name());
            }

            @Override
            public ReminderKind fromString(String text) {
                return null;
            }
        });
        kindChoice.valueProperty().bindBidirectional(model.kindProperty());
        villageChoice.setItems(model.villages());
        villageChoice.setPromptText(Fxml.text(ReminderViewModel.TEXTS, "report.reminder.ui.allVillages"));
        villageChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Division d) {
                return d == null ? Fxml.text(ReminderViewModel.TEXTS, "report.reminder.ui.allVillages") : d.shortName();
            }

            @Override
            public Division fromString(String text) {
                return null;
            }
        });
        villageChoice.valueProperty().bindBidirectional(model.villageProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        progress.visibleProperty().bind(model.busyProperty());
        printButton.disableProperty().bind(model.busyProperty());
        lettersButton.disableProperty().bind(model.busyProperty());
        smsButton.disableProperty().bind(model.busyProperty());
        for (Button b : new Button[] {previewLettersButton, previewListButton, printListButton, listButton}) {
            b.disableProperty().bind(model.busyProperty());
            b.setVisible(model.mayPrintLetters());
        }
        printButton.setVisible(model.mayPrintLetters());
        lettersButton.setVisible(model.mayPrintLetters());
        smsButton.setVisible(model.mayExportSms());
        smsButton.setManaged(model.mayExportSms());
        table.setItems(model.rows());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        idColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().maskedIdNumber()));
        villageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().village()));
        dayColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(DateFormats.CHINESE_DATE.format(c.getValue().day())));
        mobileColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Fxml.text(ReminderViewModel.TEXTS,
                c.getValue().hasMobile() ? "report.reminder.ui.hasMobile" : "report.reminder.ui.noMobile")));
        addressColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().address()));
    }

    @FXML
    private void printLetters() {
        model.printLetters();
    }

    @FXML
    private void exportLetters() {
        fileDialogs.chooseSaveTarget(table.getScene().getWindow(),
                        Fxml.text(ReminderViewModel.TEXTS, "report.reminder.ui.letters"),
                        Fxml.text(ReminderViewModel.TEXTS, "report.reminder.ui.lettersFile"))
                .ifPresent(model::exportLetters);
    }

    @FXML
    private void previewLetters() {
        model.preview(ReminderLetterService.Output.LETTERS);
    }

    @FXML
    private void previewList() {
        model.preview(ReminderLetterService.Output.LIST);
    }

    @FXML
    private void printList() {
        model.print(ReminderLetterService.Output.LIST);
    }

    @FXML
    private void exportList() {
        fileDialogs.chooseSaveTarget(table.getScene().getWindow(),
                        Fxml.text(ReminderViewModel.TEXTS, "report.reminder.ui.list"),
                        Fxml.text(ReminderViewModel.TEXTS, "report.reminder.ui.listFile"))
                .ifPresent(target -> model.export(ReminderLetterService.Output.LIST, target));
    }

    @FXML
    private void exportSms() {
        fileDialogs.chooseSaveTarget(table.getScene().getWindow(),
                        Fxml.text(ReminderViewModel.TEXTS, "report.reminder.ui.sms"),
                        Fxml.text(ReminderViewModel.TEXTS, "report.reminder.ui.smsFile"))
                .ifPresent(model::exportSms);
    }
}
