package org.residencedesk.ui.form;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;

import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.FieldType;
import org.residencedesk.domain.form.Section;
import org.residencedesk.domain.masterdata.LookupContext;
import org.residencedesk.domain.masterdata.MasterData;

/**
 * Builds the JavaFX nodes for any form definition: one titled grid per section (label, editor, red
 * message), a list of row editors with add/remove for repeating groups. Keyboard first, the same in every
 * field kind (ADR 0175): Enter and Tab first finish the field (a code, division or choice field takes its
 * highlighted suggestion, a date is normalised), then Enter moves to the next field that still needs
 * input and Tab to the next field, Shift+Tab to the previous one, in paper-form order. Section headers
 * are never stops; the field that takes focus is scrolled into view.
 */
public final class FormRenderer {
    static final String ERROR_STYLE = "-fx-text-fill: #c62828;";
    private static final String LOCKED_STYLE = "-fx-background-color: #eef3f8;";

    private final FormViewModel vm;
    private final MasterData masterData;
    private final ResourceBundle bundle;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, VBox> groupBoxes = new LinkedHashMap<>();
    private final Map<String, Button> addButtons = new LinkedHashMap<>();
    private final Map<RowViewModel, RowNodes> rowNodes = new IdentityHashMap<>();
    /** What finishing each editor means (commit a look-up, normalise a date), run before focus moves on. */
    private final Map<Node, Runnable> finishers = new IdentityHashMap<>();
    private final List<LookupField> lookups = new ArrayList<>();
    private final LookupContext lookupContext;
    /** The station's registers for fields with {@code register:} (ADR 0214); null renders them as plain fields. */
    private RegisterLookup registers;
    private final Map<String, RegisterPickerField> pickers = new LinkedHashMap<>();
    /** The camera of the 相片 field (ADR 0338), null for none; and what the field's editor is wrapped in. */
    private org.residencedesk.port.Camera camera;
    private java.util.concurrent.Executor cameraWorkers;
    private final Map<String, Node> wrapped = new LinkedHashMap<>();
    /** Section of each top-level field, and the folding of complete sections (ADR 0281). */
    private final Map<String, String> sectionOf = new LinkedHashMap<>();
    /** Row editors built before the sections were known: group id by node. */
    private final Map<Node, String> pendingTracks = new IdentityHashMap<>();
    private SectionCollapse collapse;
    private VBox root;
    /** Register fills under way: the keys wait, and the focus moves on once they are in (ADR 0283). */
    private final RegisterFills fills = new RegisterFills();
    private final FormKeys keys;

    public FormRenderer(FormViewModel vm, MasterData masterData) {
        this(vm, masterData, LookupContext.none());
    }

    /** @param lookupContext the station's area and this counter's picks, which rank suggestions (ADR 0177) */
    public FormRenderer(FormViewModel vm, MasterData masterData, LookupContext lookupContext) {
        this(vm, masterData, lookupContext, ResourceBundle.getBundle("i18n.form"));
    }

    public FormRenderer(FormViewModel vm, MasterData masterData, LookupContext lookupContext, ResourceBundle bundle) {
        this.vm = vm;
        this.masterData = masterData;
        this.lookupContext = lookupContext;
        this.bundle = bundle;
        this.keys = new FormKeys(vm, this::keyboardOrder, finishers, fills);
        // a new or restored form drops text half typed into a look-up (it would otherwise be committed there)
        vm.restoresProperty().addListener((obs, o, n) -> lookups.forEach(LookupField::showValue));
    }

    /** The station's camera for the 相片 field's 拍照 button, run on {@code workers} (ADR 0338); call before render. */
    public FormRenderer withCamera(org.residencedesk.port.Camera camera, java.util.concurrent.Executor workers) {
        this.camera = camera;
        this.cameraWorkers = workers;
        return this;
    }

    /** Fields with {@code register:} become register pickers (call before {@link #render()}). */
    public FormRenderer withRegisters(RegisterLookup lookup) {
        this.registers = lookup;
        return this;
    }

    /** The 新登记 button beside a register picker (tests, the keyboard guide). */
    public Optional<Button> createButton(String fieldId) {
        return Optional.ofNullable(pickers.get(fieldId)).map(RegisterPickerField::createButton);
    }

    /** Whether a register question (suggestions or a picked row's values) is out: keys wait meanwhile (ADR 0337). */
    public boolean registersAnswering() {
        return fills.pending();
    }

    /** The rows a register picker shows now (tests). */
    public List<RegisterLookup.Suggestion> registerSuggestions(String fieldId) {
        RegisterPickerField p = pickers.get(fieldId);
        return p == null ? List.of() : p.suggestions();
    }

    public Parent render() {
        FormLayout layout = new FormLayout(vm);
        VBox sections = layout.layOut(vm.definition().sections(), f -> f.isGroup() ? groupEditor(f) : topLevelEditor(f));
        collapse = new SectionCollapse(vm, vm.definition().sections(), layout.panes(), this::control);
        for (Section s : vm.definition().sections()) {
            for (FieldDefinition f : s.fields()) {
                sectionOf.put(f.id(), s.id());
                Node n = f.isGroup() ? addButtons.get(f.id()) : controls.get(f.id());
                if (n != null) collapse.track(n, s.id());
            }
        }
        pendingTracks.forEach((n, group) -> collapse.track(n, sectionOf.get(group)));
        pendingTracks.clear();
        sections.addEventFilter(KeyEvent.KEY_PRESSED, keys::onKey);
        root = sections;
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        return scroll;
    }

    /** Whether the section is folded to its one-line summary now (ADR 0281). */
    public boolean isFolded(String sectionId) {
        return collapse != null && collapse.isFolded(sectionId);
    }

    /** The section's header pane (tests: its summary text). */
    public Optional<javafx.scene.control.TitledPane> sectionPane(String sectionId) {
        return Optional.ofNullable(root == null ? null : (javafx.scene.control.TitledPane) root.lookup("#section-" + sectionId));
    }

    /** The editor for {@code mobile} or {@code companions[0].name}. */
    public Optional<Control> control(String fieldPath) {
        int open = fieldPath.indexOf('[');
        if (open < 0) return Optional.ofNullable(controls.get(fieldPath));
        String group = fieldPath.substring(0, open);
        int close = fieldPath.indexOf("].");
        int index = Integer.parseInt(fieldPath.substring(open + 1, close));
        List<RowViewModel> rows = vm.rows(group);
        if (index >= rows.size()) return Optional.empty();
        RowNodes nodes = rowNodes.get(rows.get(index));
        return nodes == null ? Optional.empty() : Optional.ofNullable(nodes.controls.get(fieldPath.substring(close + 2)));
    }

    /** Focuses the first visible, editable, empty field; false when every such field is filled. */
    public boolean focusFirstEmptyEditable() {
        for (Node n : keyboardOrder()) {
            if (FormKeys.canTakeFocus(n) && keys.needsInput(n)) {
                n.requestFocus();
                return true;
            }
        }
        Optional<Control> c = vm.firstEmptyEditableField().flatMap(this::control);
        c.ifPresent(Node::requestFocus);
        return c.isPresent();
    }

    private Node topLevelEditor(FieldDefinition f) {
        Control c = editor(f, vm.value(f.id()), vm.locked(f.id()), () -> f.id());
        c.setId("field-" + f.id());
        controls.put(f.id(), c);
        RegisterPickerField picker = pickers.get(f.id());
        if (picker != null) return picker.node();
        if (f.type() == FieldType.PHOTO && camera != null) {
            Button shoot = PhotoPicker.cameraButton(camera, cameraWorkers, vm.value(f.id()), vm.locked(f.id()),
                    message -> vm.showExternalMessages(Map.of(f.id(), message)), bundle);
            VBox box = new VBox(4, c, shoot);
            wrapped.put(f.id(), box);
            return box;
        }
        return c;
    }

    /**
     * One editor for one field. {@code path} is asked at event time because a row's index changes when
     * an earlier row is removed.
     */
    private Control editor(FieldDefinition f, StringProperty value, ObservableBooleanValue locked, Supplier<String> path) {
        Control control;
        Runnable beforeLeaving = () -> { };
        if (f.type() == FieldType.PHOTO) {
            control = PhotoPicker.create(value, locked,
                    message -> vm.showExternalMessages(java.util.Map.of(path.get(), message)), bundle);
        } else if (f.type() == FieldType.BOOLEAN) {
            CheckBox box = new CheckBox();
            box.setSelected("true".equals(value.get()));
            box.selectedProperty().addListener((obs, o, n) -> value.set(n ? "true" : "false"));
            value.addListener((obs, o, n) -> box.setSelected("true".equals(n)));
            box.disableProperty().bind(Bindings.createBooleanBinding(locked::get, locked));
            control = box;
        } else if (f.register() != null && registers != null && !f.readOnly()) {
            RegisterPickerField picker = new RegisterPickerField(value, f.register(), fills.around(registers, () -> root),
                    bundle.getString("form.ui.registerNew"), this::fillForPick);
            picker.textField().setPromptText(bundle.getString("form.ui.registerHint"));
            control = picker.textField();
            beforeLeaving = picker::commit;
            pickers.put(f.id(), picker);
        } else if (f.type() == FieldType.CODE || f.type() == FieldType.DIVISION || f.type() == FieldType.CHOICE) {
            LookupField lookup = new LookupField(value, LookupSource.forField(f, masterData, lookupContext));
            lookup.textField().setPromptText(bundle.getString("form.ui.lookupHint"));
            control = lookup.textField();
            beforeLeaving = lookup::commit;
            lookups.add(lookup);
        } else {
            TextField text = new TextField();
            text.textProperty().bindBidirectional(value);
            if (f.type() == FieldType.DATE) {
                text.setPromptText(bundle.getString("form.ui.dateHint"));
                beforeLeaving = () -> value.set(TypedDates.normalizeDate(value.get()));
            } else if (f.type() == FieldType.YEAR_MONTH) {
                text.setPromptText(bundle.getString("form.ui.yearMonthHint"));
                beforeLeaving = () -> value.set(TypedDates.normalizeYearMonth(value.get()));
            }
            control = text;
        }
        if (control instanceof TextField tf) {
            if (f.readOnly()) {
                tf.setEditable(false);
                tf.setFocusTraversable(false);
            } else {
                tf.editableProperty().bind(Bindings.createBooleanBinding(() -> !locked.get(), locked));
                tf.focusTraversableProperty().bind(tf.editableProperty());
                tf.styleProperty().bind(Bindings.createStringBinding(() -> locked.get() ? LOCKED_STYLE : "", locked));
            }
        }
        if (f.help() != null) control.setTooltip(new Tooltip(f.help()));
        Runnable leave = beforeLeaving;
        finishers.put(control, leave);
        int[] shownForm = {vm.restoresProperty().get()};
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                shownForm[0] = vm.restoresProperty().get();
                ScrollIntoView.reveal(control);
            } else {
                leave.run();
                // leaving a field of a form that has since been replaced says nothing about the new form
                if (shownForm[0] == vm.restoresProperty().get()) vm.touch(path.get());
            }
        });
        return control;
    }

    /**
     * The fill of one register pick, made when the row is picked: it sets the form's fields the row names (fields
     * the form does not have are skipped) except those changed since the pick — keys that reached a field before a
     * slow register answered are the clerk's and stay (ADR 0337).
     */
    private java.util.function.Consumer<Map<String, String>> fillForPick() {
        org.residencedesk.domain.form.FormValues atPick = vm.snapshot();
        int formAtPick = vm.restoresProperty().get();
        return values -> {
            if (vm.restoresProperty().get() != formAtPick) return; // the form was replaced meanwhile: not for it
            values.forEach((id, v) -> vm.definition().field(id)
                    .filter(f -> !f.isGroup() && !f.readOnly())
                    .filter(f -> java.util.Objects.toString(vm.value(id).get(), "").equals(atPick.get(id)))
                    .ifPresent(f -> vm.value(id).set(v == null ? "" : v)));
        };
    }

    private Node groupEditor(FieldDefinition group) {
        VBox rowsBox = new VBox(4);
        Button add = new Button(new java.text.MessageFormat(bundle.getString("form.ui.addRow")).format(new Object[] {group.label()}));
        add.setId("add-" + group.id());
        add.setOnAction(e -> {
            RowViewModel row = vm.addRow(group.id());
            RowNodes nodes = rowNodes.get(row);
            if (nodes != null && !nodes.order.isEmpty()) nodes.order.get(0).requestFocus();
        });
        groupBoxes.put(group.id(), rowsBox);
        addButtons.put(group.id(), add);
        vm.rows(group.id()).addListener((ListChangeListener<RowViewModel>) c -> rebuildRows(group));
        rebuildRows(group);
        VBox box = new VBox(4, rowsBox, add);
        box.setId("field-" + group.id());
        return box;
    }

    private void track(Node node, String groupId) {
        if (collapse != null) {
            collapse.track(node, sectionOf.get(groupId));
        } else {
            pendingTracks.put(node, groupId);
        }
    }

    private void rebuildRows(FieldDefinition group) {
        List<RowViewModel> rows = vm.rows(group.id());
        rowNodes.values().removeIf(n -> n.groupId.equals(group.id()) && !rows.contains(n.row));
        List<Node> children = new ArrayList<>();
        for (RowViewModel r : rows) {
            children.add(rowNodes.computeIfAbsent(r, x -> buildRow(group, x)).pane);
        }
        groupBoxes.get(group.id()).getChildren().setAll(children);
    }

    private RowNodes buildRow(FieldDefinition group, RowViewModel row) {
        FlowPane pane = new FlowPane(8, 4);
        RowNodes nodes = new RowNodes(group.id(), row, pane);
        for (FieldDefinition c : group.columns()) {
            Label label = new Label(c.required() ? "* " + c.label() : c.label());
            Supplier<String> path = () -> FieldError.rowPath(group.id(), vm.rows(group.id()).indexOf(row), c.id());
            Control editor = editor(c, row.value(c.id()), new javafx.beans.property.SimpleBooleanProperty(false), path);
            editor.setPrefWidth(c.type() == FieldType.BOOLEAN ? Control.USE_COMPUTED_SIZE : 150);
            Label message = messageLabel(row.message(c.id()));
            VBox cell = new VBox(2, label, editor, message);
            cell.visibleProperty().bind(row.visible(c.id()));
            cell.managedProperty().bind(row.visible(c.id()));
            pane.getChildren().add(cell);
            nodes.controls.put(c.id(), editor);
            nodes.order.add(editor);
            track(editor, group.id());
        }
        Button remove = new Button(bundle.getString("form.ui.removeRow"));
        remove.setOnAction(e -> vm.removeRow(group.id(), row));
        pane.getChildren().add(remove);
        nodes.remove = remove;
        return nodes;
    }

    static Label messageLabel(javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setStyle(ERROR_STYLE);
        l.setWrapText(true);
        return l;
    }

    /** Paper-form order of everything the keyboard can land on, rows spliced in where their group is. */
    List<Node> keyboardOrder() {
        List<Node> order = new ArrayList<>();
        for (FieldDefinition f : vm.definition().fieldsInOrder()) {
            if (f.isGroup()) {
                for (RowViewModel r : vm.rows(f.id())) {
                    RowNodes n = rowNodes.get(r);
                    if (n != null) {
                        order.addAll(n.order);
                        if (n.remove != null) order.add(n.remove);
                    }
                }
                order.add(addButtons.get(f.id()));
            } else {
                order.add(controls.get(f.id()));
            }
        }
        return order;
    }

    /** Enter goes to the next field that still needs input (ADR 0175); see {@link FormKeys}. */
    void focusNext(Node from) {
        keys.focusNext(from);
    }

    private static final class RowNodes {
        final String groupId;
        final RowViewModel row;
        final Parent pane;
        final Map<String, Control> controls = new LinkedHashMap<>();
        final List<Control> order = new ArrayList<>();
        Button remove;

        RowNodes(String groupId, RowViewModel row, Parent pane) {
            this.groupId = groupId;
            this.row = row;
            this.pane = pane;
        }
    }
}
