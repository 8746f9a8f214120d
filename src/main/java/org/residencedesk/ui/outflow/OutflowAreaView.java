package org.residencedesk.ui.outflow;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.outflow.ReturnReason;
import org.residencedesk.port.OutflowRepository.Grouping;
import org.residencedesk.service.outflow.OutflowEntry;
import org.residencedesk.service.outflow.OutflowGroup;
import org.residencedesk.service.outflow.OutflowRecord;
import org.residencedesk.service.outflow.OutflowService;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.PagerControls;
import org.residencedesk.ui.form.LookupFields;

/** The 流出人口 area: filters, the list (ID numbers masked), the entry form and the return panel. Thin. */
public final class OutflowAreaView {
    private final OutflowAreaViewModel model;
    private LookupFields lookups;

    @FXML private TextField villageFilter;
    @FXML private TextField destinationFilter;
    @FXML private CheckBox childrenFilter;
    @FXML private CheckBox elderlyFilter;
    @FXML private ComboBox<OutflowAreaViewModel.Status> statusFilter;
    @FXML private TextField textFilter;
    @FXML private TableView<OutflowRecord> table;
    @FXML private TableColumn<OutflowRecord, String> nameColumn;
    @FXML private TableColumn<OutflowRecord, String> idColumn;
    @FXML private TableColumn<OutflowRecord, String> villageColumn;
    @FXML private TableColumn<OutflowRecord, String> destinationColumn;
    @FXML private TableColumn<OutflowRecord, String> leftOnColumn;
    @FXML private TableColumn<OutflowRecord, String> reasonColumn;
    @FXML private TableColumn<OutflowRecord, String> leftBehindColumn;
    @FXML private TableColumn<OutflowRecord, String> statusColumn;
    @FXML private Button previousButton;
    @FXML private Label pageLabel;
    @FXML private Button nextButton;
    @FXML private Label listStatus;
    @FXML private ComboBox<Grouping> groupingChoice;
    @FXML private TableView<OutflowGroup> groupTable;
    @FXML private TableColumn<OutflowGroup, String> groupNameColumn;
    @FXML private TableColumn<OutflowGroup, String> groupCountColumn;
    @FXML private Button newButton;
    @FXML private Button changeButton;
    @FXML private Button returnButton;
    @FXML private Label message;
    @FXML private GridPane entryPane;
    @FXML private TextField idNumber;
    @FXML private TextField name;
    @FXML private TextField hukouDivision;
    @FXML private TextField destinationDivision;
    @FXML private TextField destinationAddress;
    @FXML private TextField leftOn;
    @FXML private TextField reason;
    @FXML private TextField employer;
    @FXML private TextField mobile;
    @FXML private CheckBox leftBehindChildren;
    @FXML private CheckBox leftBehindElderly;
    @FXML private TextField leftBehindCount;
    @FXML private TextField leftBehindNote;
    @FXML private CheckBox relative;
    @FXML private TextField reporterName;
    @FXML private TextField reporterRelation;
    @FXML private Label idNumberError;
    @FXML private Label nameError;
    @FXML private Label hukouDivisionError;
    @FXML private Label destinationDivisionError;
    @FXML private Label destinationAddressError;
    @FXML private Label leftOnError;
    @FXML private Label reasonError;
    @FXML private Label employerError;
    @FXML private Label mobileError;
    @FXML private Label leftBehindCountError;
    @FXML private Label leftBehindNoteError;
    @FXML private Label reporterError;
    @FXML private Label formError;
    @FXML private HBox returnPane;
    @FXML private TextField returnedOn;
    @FXML private ComboBox<ReturnReason> returnReason;
    @FXML private TextField returnNote;
    @FXML private Label returnError;

    public OutflowAreaView(OutflowAreaViewModel model) {
        this.model = model;
    }

    public Parent load() {
        Parent root = Fxml.load(this);
        // ids unique in the window: the registration form and other areas use idNumber, searchButton, message …
        root.lookupAll("*").forEach(n -> {
            if (n.getId() != null && !n.getId().startsWith("outflow")) {
                n.setId("outflow" + Character.toUpperCase(n.getId().charAt(0)) + n.getId().substring(1));
            }
        });
        root.setId("outflowArea");
        return root;
    }

    /** The form's look-ups (for tests). */
    LookupFields lookups() {
        return lookups;
    }

    @FXML
    private void initialize() {
        villageFilter.textProperty().bindBidirectional(model.village);
        destinationFilter.textProperty().bindBidirectional(model.destination);
        childrenFilter.selectedProperty().bindBidirectional(model.childrenOnly);
        elderlyFilter.selectedProperty().bindBidirectional(model.elderlyOnly);
        statusFilter.getItems().setAll(OutflowAreaViewModel.Status.values());
        statusFilter.setConverter(converter(OutflowAreaViewModel.Status::label));
        statusFilter.valueProperty().bindBidirectional(model.status);
        textFilter.textProperty().bindBidirectional(model.text);
        table.setItems(model.rows);
        column(nameColumn, OutflowRecord::name);
        column(idColumn, OutflowRecord::idNumber);
        column(villageColumn, OutflowRecord::hukouDivisionName);
        column(destinationColumn, r -> r.destinationName() + r.destinationAddress());
        column(leftOnColumn, r -> r.leftOn().toString());
        column(reasonColumn, OutflowRecord::reasonName);
        column(leftBehindColumn, OutflowAreaView::leftBehind);
        column(statusColumn, r -> r.open() ? Fxml.text("outflow.status.OPEN")
                : Fxml.text("outflow.status.returnedOn", r.returnedOn().toString()));
        model.selected.bind(table.getSelectionModel().selectedItemProperty());
        message.textProperty().bind(model.message);
        PagerControls.bind(previousButton, pageLabel, nextButton, model.pages.page(), model.pages.more());
        listStatus.textProperty().bind(model.listStatus);
        groups();
        boolean write = model.mayWrite();
        for (Button b : List.of(newButton, changeButton, returnButton)) {
            b.setVisible(write);
            b.setManaged(write);
        }
        bind(idNumber, OutflowEntry.ID_NUMBER);
        bind(name, OutflowEntry.NAME);
        attachLookups();
        bind(destinationAddress, OutflowEntry.DESTINATION_ADDRESS);
        bind(leftOn, OutflowEntry.LEFT_ON);
        bind(employer, OutflowEntry.EMPLOYER);
        bind(mobile, OutflowEntry.MOBILE);
        bind(leftBehindCount, OutflowEntry.LEFT_BEHIND_COUNT);
        bind(leftBehindNote, OutflowEntry.LEFT_BEHIND_NOTE);
        bind(reporterName, OutflowEntry.REPORTER_NAME);
        leftBehindChildren.selectedProperty().bindBidirectional(model.leftBehindChildren);
        leftBehindElderly.selectedProperty().bindBidirectional(model.leftBehindElderly);
        relative.selectedProperty().bindBidirectional(model.reportedByRelative);
        reporterName.disableProperty().bind(relative.selectedProperty().not());
        reporterRelation.disableProperty().bind(relative.selectedProperty().not());
        idNumber.editableProperty().bind(model.panel.isEqualTo(OutflowAreaViewModel.Panel.ENTRY));
        returnedOn.textProperty().bindBidirectional(model.returnedOn);
        returnReason.getItems().setAll(ReturnReason.values());
        returnReason.setConverter(converter(r -> Fxml.text(r.labelKey())));
        returnReason.valueProperty().bindBidirectional(model.returnReason);
        returnNote.textProperty().bindBidirectional(model.returnNote);
        model.errors.addListener((MapChangeListener<String, String>) c -> showErrors());
        model.panel.addListener((o, old, now) -> {
            lookups.showValues(); // text half typed in a look-up does not outlive its form
            showPanel(now);
        });
        showPanel(model.panel.get());
        // 打开更正 (ADR 0374): the period's row selected when listed, the form's first field focused
        Runnable select = () -> table.getItems().stream().filter(r -> model.correcting.get() != null
                && r.id() == model.correcting.get()).findFirst().ifPresent(r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                });
        table.getItems().addListener((javafx.collections.ListChangeListener<OutflowRecord>) c -> select.run());
        model.correcting.addListener((o, was, now) -> {
            select.run();
            (model.panel.get() == OutflowAreaViewModel.Panel.RETURN ? returnedOn : name).requestFocus();
        });
    }

    /**
     * 户籍村, 流入地, 外出事由 and 关系 are look-ups (ADR 0318): typed as code, name or pinyin initials, picked with
     * Enter or Tab, stored as the code. The hukou village lies in the station's area, the destination outside it
     * and at county level or below.
     */
    private void attachLookups() {
        String station = model.stationDivision();
        lookups = new LookupFields(model.masterData(), model.lookupContext());
        lookups.divisions(hukouDivision, model.fields.get(OutflowEntry.HUKOU_DIVISION), station,
                d -> d.level() == DivisionLevel.VILLAGE);
        lookups.divisions(destinationDivision, model.fields.get(OutflowEntry.DESTINATION_DIVISION), null,
                d -> d.level().codeLength() >= DivisionLevel.COUNTY.codeLength() && !d.code().startsWith(station));
        lookups.codeTable(reason, model.fields.get(OutflowEntry.REASON), OutflowService.REASON_TABLE);
        lookups.codeTable(reporterRelation, model.fields.get(OutflowEntry.REPORTER_RELATION),
                OutflowService.RELATION_TABLE);
        hukouDivision.setId(idOf(OutflowEntry.HUKOU_DIVISION));
        destinationDivision.setId(idOf(OutflowEntry.DESTINATION_DIVISION));
        reason.setId(idOf(OutflowEntry.REASON));
        reporterRelation.setId(idOf(OutflowEntry.REPORTER_RELATION));
        LookupFields.enterMovesOn(entryPane);
    }

    /** The count table beside the list; Enter or a double click lists the periods of the chosen row. */
    private void groups() {
        groupingChoice.getItems().setAll(Grouping.values());
        groupingChoice.setConverter(converter(g -> Fxml.text("outflow.group." + g.name())));
        groupingChoice.valueProperty().bindBidirectional(model.grouping);
        groupTable.setItems(model.groups);
        groupTable.setTooltip(new Tooltip(Fxml.text("outflow.group.hint")));
        groupNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        groupCountColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Long.toString(c.getValue().periods())));
        groupTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.showGroup(groupTable.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        groupTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) model.showGroup(groupTable.getSelectionModel().getSelectedItem());
        });
    }

    private void showErrors() {
        error(idNumberError, OutflowEntry.ID_NUMBER);
        error(nameError, OutflowEntry.NAME);
        error(hukouDivisionError, OutflowEntry.HUKOU_DIVISION);
        error(destinationDivisionError, OutflowEntry.DESTINATION_DIVISION);
        error(destinationAddressError, OutflowEntry.DESTINATION_ADDRESS);
        error(leftOnError, OutflowEntry.LEFT_ON);
        error(reasonError, OutflowEntry.REASON);
        error(employerError, OutflowEntry.EMPLOYER);
        error(mobileError, OutflowEntry.MOBILE);
        error(leftBehindCountError, OutflowEntry.LEFT_BEHIND_COUNT);
        error(leftBehindNoteError, OutflowEntry.LEFT_BEHIND_NOTE);
        String reporter = first(OutflowEntry.REPORTER_KIND, OutflowEntry.REPORTER_NAME, OutflowEntry.REPORTER_RELATION);
        reporterError.setText(reporter);
        formError.setText(model.errors.getOrDefault(OutflowEntry.FORM, ""));
        returnError.setText(first(OutflowEntry.RETURNED_ON, OutflowEntry.RETURN_REASON, OutflowEntry.RETURN_NOTE,
                OutflowEntry.FORM));
    }

    private String first(String... fields) {
        for (String f : fields) {
            if (model.errors.containsKey(f)) {
                return model.errors.get(f);
            }
        }
        return "";
    }

    private void error(Label label, String field) {
        label.setText(model.errors.getOrDefault(field, ""));
    }

    private void showPanel(OutflowAreaViewModel.Panel panel) {
        show(entryPane, panel == OutflowAreaViewModel.Panel.ENTRY);
        show(returnPane, panel == OutflowAreaViewModel.Panel.RETURN);
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private void bind(TextField field, String id) {
        field.setId(idOf(id));
        field.textProperty().bindBidirectional(model.fields.get(id));
    }

    private static String idOf(String fieldId) {
        return "outflow" + Character.toUpperCase(fieldId.charAt(0)) + fieldId.substring(1);
    }

    private static String leftBehind(OutflowRecord r) {
        if (!r.leftBehindChildren() && !r.leftBehindElderly()) {
            return Fxml.text("outflow.leftBehind.none");
        }
        String who = r.leftBehindChildren() && r.leftBehindElderly() ? Fxml.text("outflow.leftBehind.both")
                : r.leftBehindChildren() ? Fxml.text("outflow.leftBehindChildren") : Fxml.text("outflow.leftBehindElderly");
        return Fxml.text("outflow.leftBehind.summary", who, r.leftBehindCount());
    }

    private static void column(TableColumn<OutflowRecord, String> column, Function<OutflowRecord, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    @FXML private void search() { model.search(); }

    @FXML private void previousPage() { model.pages.previous(); }

    @FXML private void nextPage() { model.pages.next(); }

    @FXML private void startNew() { model.startNew(); }

    @FXML private void startChange() { model.startChange(); }

    @FXML private void startReturn() { model.startReturn(); }

    @FXML private void save() { model.save(); }

    @FXML private void cancel() { model.cancelPanel(); }

    @FXML private void confirmReturn() { model.confirmReturn(); }
}
