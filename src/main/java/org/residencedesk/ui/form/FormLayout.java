package org.residencedesk.ui.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.domain.form.Section;
import org.residencedesk.domain.form.SectionLayout;

/**
 * Lays a form's sections out as the form file says (ADR 0280): each section a titled grid whose fields flow in
 * {@code columns} label/editor pairs, a field taking {@code span} pairs, the {@code aside} field (the photo) at the
 * right of the grid over all its rows, and a section marked {@code besideNext} at the right of the section that
 * follows it (the card block at the top right). Labels wrap rather than being cut; the message sits under its
 * editor. Hidden fields give their place to the next ones: positions are recomputed, nodes are never removed, so
 * a change of visibility never takes the focus away. The keyboard order stays the paper order (FormRenderer).
 */
final class FormLayout {
    /** Widest a label gets before it wraps onto a second line. */
    static final double LABEL_WIDTH = 156;
    /** Narrowest an editor gets: below this the form would rather scroll vertically than squeeze. */
    static final double EDITOR_MIN_WIDTH = 120;
    private static final double HGAP = 8;

    private final FormViewModel vm;
    private final Map<String, TitledPane> panes = new LinkedHashMap<>();

    FormLayout(FormViewModel vm) {
        this.vm = vm;
    }

    /** The section panes by section id, once {@link #layOut} ran. */
    Map<String, TitledPane> panes() {
        return panes;
    }

    /** Every section as a titled pane, side by side where the file says, top to bottom otherwise. */
    VBox layOut(List<Section> sections, Function<FieldDefinition, Node> editorFor) {
        VBox column = new VBox(8);
        column.setPadding(new Insets(8));
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            TitledPane pane = pane(s, editorFor);
            if (s.layout().besideNext() && i + 1 < sections.size()) {
                TitledPane left = pane(sections.get(++i), editorFor);
                HBox band = new HBox(8, left, pane);
                band.setId("band-" + s.id());
                HBox.setHgrow(left, Priority.ALWAYS);
                HBox.setHgrow(pane, Priority.ALWAYS);
                left.setMaxHeight(Double.MAX_VALUE);
                pane.setMaxHeight(Double.MAX_VALUE);
                column.getChildren().add(band);
            } else {
                column.getChildren().add(pane);
            }
        }
        return column;
    }

    private TitledPane pane(Section s, Function<FieldDefinition, Node> editorFor) {
        TitledPane pane = new TitledPane(s.title(), grid(s, editorFor));
        pane.setCollapsible(false); // collapsing is SectionCollapse's: it never hides a node the focus may need
        pane.setAnimated(false);
        pane.setFocusTraversable(false); // a header is never a stop: keys typed there would be lost
        pane.setId("section-" + s.id());
        pane.setMaxWidth(Double.MAX_VALUE);
        panes.put(s.id(), pane);
        return pane;
    }

    private GridPane grid(Section s, Function<FieldDefinition, Node> editorFor) {
        SectionLayout layout = s.layout();
        GridPane grid = new GridPane();
        grid.setHgap(HGAP);
        grid.setVgap(4);
        for (int c = 0; c < layout.columns(); c++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setHalignment(HPos.RIGHT);
            ColumnConstraints editor = new ColumnConstraints();
            editor.setMinWidth(EDITOR_MIN_WIDTH);
            editor.setHgrow(Priority.ALWAYS);
            editor.setFillWidth(true);
            grid.getColumnConstraints().addAll(label, editor);
        }
        List<Cell> cells = new ArrayList<>();
        Node aside = null;
        for (FieldDefinition f : s.fields()) {
            Node editor = editorFor.apply(f);
            if (f.id().equals(layout.aside())) {
                aside = editor;
                bindShown(editor, f.id());
                continue;
            }
            Label label = new Label();
            label.textProperty().bind(Bindings.when(vm.required(f.id())).then("* " + f.label()).otherwise(f.label()));
            label.setWrapText(true);
            label.setMaxWidth(LABEL_WIDTH);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.setId("label-" + f.id());
            Label message = FormRenderer.messageLabel(vm.message(f.id()));
            message.setId("msg-" + f.id());
            VBox.setVgrow(editor, Priority.NEVER);
            if (editor instanceof Region r) r.setMaxWidth(Double.MAX_VALUE);
            VBox editorCell = new VBox(2, editor, message);
            editorCell.setFillWidth(true);
            message.managedProperty().bind(message.textProperty().isNotEmpty());
            for (Node n : new Node[] {label, editor, editorCell}) bindShown(n, f.id());
            int span = f.isGroup() ? layout.columns() : Math.min(f.span(), layout.columns());
            cells.add(new Cell(f.id(), label, editorCell, span));
            grid.getChildren().addAll(label, editorCell);
            GridPane.setValignment(label, VPos.TOP);
            GridPane.setMargin(label, new Insets(4, 0, 0, 0));
        }
        if (aside != null) {
            ColumnConstraints asideColumn = new ColumnConstraints();
            asideColumn.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(asideColumn);
            grid.getChildren().add(aside);
            GridPane.setValignment(aside, VPos.TOP);
        }
        Node asideNode = aside;
        Runnable flow = () -> flow(cells, layout.columns(), asideNode);
        for (Cell c : cells) vm.visible(c.fieldId).addListener((obs, was, now) -> flow.run());
        flow.run();
        return grid;
    }

    private void bindShown(Node n, String fieldId) {
        n.visibleProperty().bind(vm.visible(fieldId));
        n.managedProperty().bind(vm.visible(fieldId));
    }

    /** Places the visible cells left to right, a new row when a field's span does not fit the rest of the row. */
    private static void flow(List<Cell> cells, int columns, Node aside) {
        int row = 0;
        int col = 0;
        for (Cell c : cells) {
            if (!c.label.isVisible()) continue;
            if (col > 0 && col + c.span > columns) {
                row++;
                col = 0;
            }
            GridPane.setConstraints(c.label, col * 2, row);
            GridPane.setConstraints(c.editor, col * 2 + 1, row, c.span * 2 - 1, 1);
            col += c.span;
            if (col >= columns) {
                row++;
                col = 0;
            }
        }
        if (aside != null) {
            int rows = Math.max(1, col == 0 ? row : row + 1);
            GridPane.setConstraints(aside, columns * 2, 0, 1, rows);
        }
    }

    private record Cell(String fieldId, Label label, VBox editor, int span) { }
}
