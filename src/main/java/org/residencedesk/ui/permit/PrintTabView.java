package org.residencedesk.ui.permit;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.service.permit.PermitListItem;

/** Thin controller of the 待制证 tab. */
public final class PrintTabView {
    @FXML private TableView<PermitListItem> printTable;
    @FXML private HBox printPager;
    @FXML private ChoiceBox<PrintType> printTypeChoice;
    @FXML private TextField printReasonField;
    @FXML private TextField authoriserLoginField;
    @FXML private PasswordField authoriserPasswordField;
    @FXML private Label printReasonError;
    @FXML private Label authoriserError;
    @FXML private Label printMessage;
    @FXML private Label printNotice;

    private final PrintTabViewModel model;
    private final PermitLists lists;

    public PrintTabView(PrintTabViewModel model, PermitLists lists) {
        this.model = model;
        this.lists = lists;
    }

    public Parent load() {
        return PermitFxml.load(this);
    }

    @FXML
    private void initialize() {
        PermitTables.queueTable(printTable, printPager, lists, model.queue,
                m -> model.errors.show(java.util.Map.of("form", m), "form"), model::load);
        printTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        printTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<PermitListItem>) c ->
                model.selected.setAll(printTable.getSelectionModel().getSelectedItems()));
        // the selected card's print cycle decides the type (遗失补打 after 补领)
        printTable.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null) {
                model.focus(item);
            }
        });
        PermitTables.choices(printTypeChoice, PrintType.values(), model.printType);
        printReasonField.textProperty().bindBidirectional(model.reason);
        authoriserLoginField.textProperty().bindBidirectional(model.authoriserLogin);
        authoriserPasswordField.textProperty().bindBidirectional(model.authoriserPassword);
        var firstPrint = model.printType.isEqualTo(PrintType.FIRST);
        printReasonField.disableProperty().bind(firstPrint);
        authoriserLoginField.disableProperty().bind(firstPrint);
        authoriserPasswordField.disableProperty().bind(firstPrint);
        printReasonError.textProperty().bind(model.errors.of("reason"));
        authoriserError.textProperty().bind(model.errors.of("authorisedBy"));
        printMessage.textProperty().bind(model.errors.of("form"));
        printNotice.textProperty().bind(model.notice);
    }

    @FXML
    private void previewPrint() {
        model.previewPrint();
    }

    @FXML
    private void directPrint() {
        model.directPrint();
    }
}
