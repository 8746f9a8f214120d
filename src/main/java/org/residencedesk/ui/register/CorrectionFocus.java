package org.residencedesk.ui.register;

import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * 打开更正 in a register tab (ADR 0374): when its view model names a record to correct, the list's row of that record
 * is selected and focused as soon as the list shows it, and the record's 变更 form opens (for an operator who may
 * write the registers); once the form is closed the request is done.
 */
final class CorrectionFocus {
    private CorrectionFocus() {
    }

    /**
     * @param rowId    a list row's record id
     * @param recordId the requested record's id
     * @param form     opens the 变更 form on the record (a modal dialog), or null when this operator may not write
     */
    static <S, R> void install(TableView<S> table, ObjectProperty<R> correcting, ToLongFunction<S> rowId,
                               ToLongFunction<R> recordId, Consumer<R> form) {
        Runnable select = () -> {
            R wanted = correcting.get();
            if (wanted == null) return;
            for (S row : table.getItems()) {
                if (rowId.applyAsLong(row) == recordId.applyAsLong(wanted)) {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                    return;
                }
            }
        };
        table.getItems().addListener((ListChangeListener<S>) c -> select.run());
        correcting.addListener((o, was, now) -> {
            if (now == null) return;
            select.run();
            table.requestFocus();
            if (form != null) {
                // after this pulse: the modal form's nested loop must not start inside a listener of the model
                Platform.runLater(() -> {
                    if (correcting.get() == now) {
                        form.accept(now);
                        correcting.set(null);
                    }
                });
            }
        });
    }
}
