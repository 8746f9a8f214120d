package org.residencedesk.ui.permit;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.residencedesk.domain.permit.Labelled;
import org.residencedesk.domain.permit.PermitMessages;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.ui.PagerControls;
import org.residencedesk.service.permit.PermitListItem;

/** Columns and pagers shared by the permit lists; ID numbers are shown masked as the service gives them. */
final class PermitTables {
    private PermitTables() {
    }

    /** The columns of a permit queue: the ID number as revealed, the status with its overdue marker. */
    static void listColumns(TableView<PermitListItem> table, PermitLists lists) {
        column(table, "permitui.col.name", 100, PermitListItem::name);
        idColumn(table, lists);
        column(table, "permitui.col.acceptance", 190, i -> nullToBlank(i.permit().acceptanceNumber()));
        column(table, "permitui.col.permitNumber", 190, i -> nullToBlank(i.permit().permitNumber()));
        column(table, "permitui.col.status", 80, lists::statusText);
        column(table, "permitui.col.since", 100, i -> date(i.permit().statusSince()));
        column(table, "permitui.col.promised", 100, i -> date(i.permit().promisedOn()));
    }

    /** The masked ID number, or the full one once revealed for the row (audited). */
    static void idColumn(TableView<PermitListItem> table, PermitLists lists) {
        TableColumn<PermitListItem, String> c = new TableColumn<>(PermitFxml.text("permitui.col.id"));
        c.setPrefWidth(170);
        c.setCellValueFactory(cell -> lists.reveal().text(cell.getValue().permit().registrationId(),
                cell.getValue().maskedIdNumber()));
        table.getColumns().add(c);
    }

    static void summaryColumns(TableView<PermitSummary> table) {
        column(table, "permitui.col.acceptance", 180, s -> nullToBlank(s.acceptanceNumber()));
        column(table, "permitui.col.status", 80, s -> PermitMessages.label(s.status()));
        column(table, "permitui.col.since", 100, s -> date(s.statusSince()));
        column(table, "permitui.col.permitNumber", 180, s -> nullToBlank(s.permitNumber()));
    }

    static <T> void column(TableView<T> table, String titleKey, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(PermitFxml.text(titleKey));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        table.getColumns().add(c);
    }

    /** 上一页 / 第 n 页 / 下一页 under a queue; {@code load} is called with the page to fetch. */
    /** A permit queue's table: the list columns, overdue marks and person keys, its rows and its pager. */
    static void queueTable(TableView<PermitListItem> table, HBox pagerBox, PermitLists lists, PermitQueue queue,
                           java.util.function.Consumer<String> onFailure, java.util.function.IntConsumer load) {
        listColumns(table, lists);
        lists.decorate(table, onFailure);
        table.setItems(queue.items());
        pager(pagerBox, queue, load);
    }

    static void pager(HBox box, PermitQueue queue, java.util.function.IntConsumer load) {
        Button previous = new Button(PermitFxml.text("permitui.page.previous"));
        Button next = new Button(PermitFxml.text("permitui.page.next"));
        Button refresh = new Button(PermitFxml.text("permitui.page.refresh"));
        Label label = new Label();
        PagerControls.bind(previous, label, next, queue.page, queue.more);
        previous.setOnAction(e -> load.accept(queue.page() - 1));
        next.setOnAction(e -> load.accept(queue.page() + 1));
        refresh.setOnAction(e -> load.accept(queue.page()));
        box.getChildren().addAll(previous, label, next, refresh);
    }

    /** A choice box of labelled values (Chinese labels) bound both ways to {@code value}. */
    static <T extends Labelled> void choices(ChoiceBox<T> box, T[] values, ObjectProperty<T> value) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : PermitMessages.label(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
    }

    static String date(LocalDate d) {
        return d == null ? "" : PermitMessages.date(d);
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }
}
