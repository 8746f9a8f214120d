package org.residencedesk.ui.register;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.Pages;

/**
 * The half the house and employer registers share: a search read a page at a time ({@link Pages}), the selected
 * row, 打开 of that row or of a record by id (an audited look, read on the worker) and, after 新登记 or 变更, the list
 * again with the saved record's page. Each view model keeps its own query, page text and rows.
 *
 * @param <S> a list row
 * @param <P> an opened page
 */
final class RegisterBrowser<S, P> {
    final StringProperty message = new SimpleStringProperty("");
    final ObjectProperty<S> selected = new SimpleObjectProperty<>();
    /** The open page, null before one is opened. */
    final ObjectProperty<P> opened = new SimpleObjectProperty<>();
    final Pages<S> pages;
    private final BackgroundWork work;
    private final ToLongFunction<S> idOf;
    private final LongFunction<P> read;
    private final Consumer<P> shown;

    /**
     * @param query for a page number, the read of that page (see {@link Pages})
     * @param read  the audited read of one record's page by id, run on the worker
     * @param shown fills the view model's page text and rows from an opened page, on the FX thread
     */
    RegisterBrowser(BackgroundWork work, int pageSize, String noneFoundKey, IntFunction<Supplier<List<S>>> query,
                    ToLongFunction<S> idOf, LongFunction<P> read, Consumer<P> shown) {
        this.work = work;
        this.idOf = idOf;
        this.read = read;
        this.shown = shown;
        this.pages = new Pages<>(work, pageSize, message, noneFoundKey, query);
    }

    /** Opens the selected row's page, or asks for a row. */
    void open() {
        S row = selected.get();
        if (row == null) {
            message.set(Fxml.text("register.chooseRow"));
            return;
        }
        open(idOf.applyAsLong(row));
    }

    void open(long id) {
        work.run(() -> read.apply(id), page -> {
            opened.set(page);
            shown.accept(page);
        }, invalid -> message.set(String.join("；", invalid.fieldMessages().values())), message::set);
    }

    /** After a save: the list again, the saved message and the saved record's page. */
    void saved(long id, String savedMessage) {
        pages.reload();
        message.set(savedMessage);
        open(id);
    }
}
