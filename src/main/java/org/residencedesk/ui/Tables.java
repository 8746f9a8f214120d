package org.residencedesk.ui;

import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.Region;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What every screen gets after its FXML is loaded (ADR 0183): tables say in Chinese that they are empty, their
 * columns grow to fit their header and their values (dates are never cut) and share the table's width (ADR 0360),
 * and buttons never shrink to "…".
 */
public final class Tables {
    /** The pseudo-class of an overdue row (styled in desk.css; the row also carries a text marker). */
    public static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    /** Style class of the empty-table label. */
    public static final String EMPTY_STYLE = "table-empty";
    /**
     * Style class of a column of long free text (an address): its values wrap onto more lines in a taller row and
     * do not set the column's minimum width, so the table fits a 125 % window (ADR 0360).
     */
    public static final String WRAPPING = "wrapping";
    /** The narrowest a wrapping column becomes. */
    private static final double WRAPPING_MIN = 120;
    /** Cell padding and sort-arrow room around a measured text. */
    private static final double CELL_ROOM = 24;
    /** Rows measured when fitting a column (a page of a list). */
    private static final int MEASURED_ROWS = 50;

    private Tables() {
    }

    /** Applies the rules to every table and button under {@code root} (called by {@link Fxml#load}). */
    public static void settle(Node root) {
        if (root instanceof TableView<?> table) {
            prepare(table);
        }
        if (root instanceof ListView<?> list && list.getPlaceholder() == null) {
            list.setPlaceholder(emptyLabel());
        }
        if (root instanceof ButtonBase || root instanceof MenuButton) {
            ((javafx.scene.control.Control) root).setMinWidth(Region.USE_PREF_SIZE);
        }
        if (root instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().stream().map(javafx.scene.control.Tab::getContent).filter(java.util.Objects::nonNull)
                    .forEach(Tables::settle); // tab contents are not children before the skin exists
        }
        if (root instanceof javafx.scene.control.SplitPane split) {
            split.getItems().forEach(Tables::settle); // likewise the items of a split pane
        }
        if (root instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            settle(scroll.getContent());
        }
        if (root instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(Tables::settle);
        }
    }

    /** A table: the Chinese empty text and columns that fit what they show. */
    public static <T> void prepare(TableView<T> table) {
        if (table.getPlaceholder() == null) {
            table.setPlaceholder(emptyLabel());
        }
        if (table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            // columns share the table's width (never beyond its right edge at 125 %), each no narrower than its
            // header and values (the fitted minimum below), so dates and ID numbers stay whole (ADR 0360)
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        }
        if (table.getProperties().putIfAbsent("residencedesk.fitted", Boolean.TRUE) == null) {
            table.getItems().addListener((ListChangeListener<T>) c -> fit(table));
            table.itemsProperty().addListener((o, old, now) -> {
                if (now != null) {
                    now.addListener((ListChangeListener<T>) c -> fit(table));
                }
                fit(table);
            });
            table.getColumns().addListener((ListChangeListener<TableColumn<T, ?>>) c -> fit(table));
            fit(table);
        }
    }

    /** 暂无数据 in the theme's hint style. */
    public static Label emptyLabel() {
        Label empty = new Label(Fxml.text("table.empty"));
        empty.getStyleClass().addAll("hint", EMPTY_STYLE);
        return empty;
    }

    /** Each column at least as wide as its header and the widest of the first rows' values. */
    public static <T> void fit(TableView<T> table) {
        Font font = Font.font(Theme.FONT_FAMILY, Theme.FONT_SIZE);
        for (TableColumn<T, ?> column : table.getColumns()) {
            double needed = width(column.getText(), font);
            if (column.getStyleClass().contains(WRAPPING)) {
                wrap(column);
                double min = Math.max(WRAPPING_MIN, Math.ceil(needed + CELL_ROOM));
                if (column.getMinWidth() < min) {
                    column.setMinWidth(min);
                }
                continue;
            }
            int rows = Math.min(MEASURED_ROWS, table.getItems().size());
            for (int i = 0; i < rows; i++) {
                Object value = column.getCellData(i);
                if (value != null) {
                    needed = Math.max(needed, width(value.toString(), font));
                }
            }
            double min = Math.ceil(needed + CELL_ROOM);
            if (column.getMinWidth() < min) {
                column.setMinWidth(min);
            }
            if (column.getPrefWidth() < min) {
                column.setPrefWidth(min);
            }
        }
    }

    /**
     * Marks rows for which {@code overdue} holds with the {@code :overdue} pseudo-class (the row's colour); the
     * caller puts a text marker in a column too, so the state is never told by colour alone.
     */
    public static <T> void highlight(TableView<T> table, Predicate<T> overdue) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && overdue.test(item));
            }
        });
    }

    /** Cells that show their value as wrapped text (the row grows), installed once per column. */
    private static <T, S> void wrap(TableColumn<T, S> column) {
        if (column.getProperties().putIfAbsent("residencedesk.wrapping", Boolean.TRUE) != null) {
            return;
        }
        column.setCellFactory(c -> {
            Text text = new Text();
            text.getStyleClass().add("wrapping-text");
            text.wrappingWidthProperty().bind(c.widthProperty().subtract(CELL_ROOM / 2));
            return new javafx.scene.control.TableCell<T, S>() {
                @Override
                protected void updateItem(S item, boolean empty) {
                    super.updateItem(item, empty);
                    text.setText(empty || item == null ? "" : item.toString());
                    setGraphic(empty || item == null ? null : text);
                }
            };
        });
    }

    private static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }
}
