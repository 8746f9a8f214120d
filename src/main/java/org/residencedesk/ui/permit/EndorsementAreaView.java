package org.residencedesk.ui.permit;

import java.time.temporal.ChronoUnit;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.service.permit.PermitListItem;
import org.residencedesk.ui.CardSwipeTarget;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.permit.EndorsementAreaViewModel.ReminderList;

/** Thin controller of the 签注 area: swipe or type → window → 签注; reminder lists with CSV export. */
public final class EndorsementAreaView implements CardSwipeTarget {
    @FXML private TextField endorseIdField;
    @FXML private Button endorseButton;
    @FXML private Button exportButton;
    @FXML private Label endorseError;
    @FXML private ListView<String> windowList;
    @FXML private TabPane reminderTabs;
    @FXML private Tab dueTab;
    @FXML private TableView<PermitListItem> dueTable;
    @FXML private HBox duePager;
    @FXML private TableView<PermitListItem> lapsedTable;
    @FXML private HBox lapsedPager;
    @FXML private Label listMessage;
    @FXML private Label listError;
    @FXML private Label endorseNotice;

    public static final String CONTROLLER_KEY = "controller";

    private final EndorsementAreaViewModel model;
    private final DocumentPreviews previews;
    private final FileDialogs fileDialogs;
    private final java.time.Clock clock;

    public EndorsementAreaView(EndorsementAreaViewModel model, DocumentPreviews previews, FileDialogs fileDialogs,
                               java.time.Clock clock) {
        this.model = model;
        this.previews = previews;
        this.fileDialogs = fileDialogs;
        this.clock = clock;
        model.showDocumentsWith((title, document, onOutcome) -> previews.open(window(), title, document, onOutcome));
    }

    private javafx.stage.Window window() {
        return endorseIdField == null || endorseIdField.getScene() == null ? null
                : endorseIdField.getScene().getWindow();
    }

    /** The area's root; its properties carry this controller under {@link #CONTROLLER_KEY} (tests, swipes). */
    public Parent load() {
        Parent root = PermitFxml.load(this);
        root.getProperties().put(CONTROLLER_KEY, this);
        return root;
    }

    public EndorsementAreaViewModel model() {
        return model;
    }

    public DocumentPreviews previews() {
        return previews;
    }

    @FXML
    private void initialize() {
        endorseButton.setVisible(model.mayEndorse());
        endorseButton.setManaged(model.mayEndorse());
        exportButton.setVisible(model.mayExportList());
        exportButton.setManaged(model.mayExportList());
        endorseIdField.textProperty().bindBidirectional(model.idNumber);
        endorseIdField.setOnAction(e -> find());
        endorseError.textProperty().bind(model.errors.of("idNumber").concat(model.errors.of("form")));
        windowList.setItems(model.windowLines);
        endorseNotice.textProperty().bind(model.notice);
        listMessage.textProperty().bind(model.listMessage);
        listError.textProperty().bind(model.listError);
        reminderColumns(dueTable);
        model.lists.decorate(dueTable, model.listError::set);
        dueTable.setItems(model.due.items());
        PermitTables.pager(duePager, model.due, p -> model.load(model.due, p));
        reminderColumns(lapsedTable);
        model.lists.decorate(lapsedTable, model.listError::set);
        lapsedTable.setItems(model.lapsed.items());
        PermitTables.pager(lapsedPager, model.lapsed, p -> model.load(model.lapsed, p));
        // the lists are read when the area is built and again on each refresh/page
        model.loadLists();
    }

    private void reminderColumns(TableView<PermitListItem> table) {
        PermitTables.column(table, "permitui.col.name", 100, PermitListItem::name);
        PermitTables.idColumn(table, model.lists);
        PermitTables.column(table, "permitui.col.permitNumber", 190, i -> i.permit().permitNumber() == null ? ""
                : i.permit().permitNumber());
        PermitTables.column(table, "permitui.col.lastDay", 110, i -> i.permit().nextAnniversary() == null ? ""
                : PermitTables.date(i.permit().nextAnniversary().minusDays(1)));
        PermitTables.column(table, "permitui.col.daysLeft", 80, i -> daysLeftText(i));
    }

    /** Days left to endorse; a lapsed row says so in words (逾期 n 天), not by its colour alone. */
    private String daysLeftText(PermitListItem i) {
        if (i.permit().nextAnniversary() == null) {
            return "";
        }
        long left = ChronoUnit.DAYS.between(java.time.LocalDate.now(clock), i.permit().nextAnniversary().minusDays(1));
        return left >= 0 ? Long.toString(left) : PermitFxml.text("permitui.overdue.daysLapsed", -left);
    }

    /** FX thread: a swiped card looks the person up at once. */
    @Override
    public void cardRead(IdCardData card) {
        model.cardRead(card);
    }

    @FXML
    private void find() {
        model.find();
    }

    @FXML
    private void endorse() {
        model.endorse();
    }

    @FXML
    private void export() {
        ReminderList which = reminderTabs.getSelectionModel().getSelectedItem() == dueTab ? ReminderList.DUE
                : ReminderList.LAPSED;
        String name = PermitFxml.text(which == ReminderList.DUE ? "permitui.reminder.fileDue"
                : "permitui.reminder.fileLapsed", java.time.LocalDate.now(clock));
        fileDialogs.chooseSaveTarget(endorseIdField.getScene().getWindow(), PermitFxml.text("permitui.reminder.export"),
                name).ifPresent(target -> model.export(which, target));
    }
}
