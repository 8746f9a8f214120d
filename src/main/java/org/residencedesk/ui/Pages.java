package org.residencedesk.ui;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list read a page at a time on the shell's worker: 上一页 / 下一页 and whether there is a next page (one row
 * more than a page is read to know). The query is asked on the FX thread for the page number and captures its
 * inputs there; it returns the read that runs off the FX thread. Messages (nothing found, a refused search, a
 * failure) go to the view model's own message line.
 */
public final class Pages<T> {
    private final BackgroundWork work;
    private final int pageSize;
    private final StringProperty message;
    private final String noneFoundKey;
    private final IntFunction<Supplier<List<T>>> query;
    private final ObservableList<T> results = FXCollections.observableArrayList();
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final BooleanProperty more = new SimpleBooleanProperty(false);

    /**
     * @param query for a page number, the read of at most {@code pageSize + 1} rows of that page
     * @param noneFoundKey the bundle key shown when a page has no rows
     */
    public Pages(BackgroundWork work, int pageSize, StringProperty message, String noneFoundKey,
                 IntFunction<Supplier<List<T>>> query) {
        this.work = work;
        this.pageSize = pageSize;
        this.message = message;
        this.noneFoundKey = noneFoundKey;
        this.query = query;
    }

    /** The first page again (a new search). */
    public void first() {
        page.set(0);
        load();
    }

    public void next() {
        if (more.get()) {
            page.set(page.get() + 1);
            load();
        }
    }

    public void previous() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            load();
        }
    }

    /** The page shown, read again (after a save); clears the message line first, so set a new one after. */
    public void reload() {
        load();
    }

    public ObservableList<T> results() { return results; }

    /** The page shown, from 0. */
    public IntegerProperty page() { return page; }

    /** Whether a next page exists. */
    public BooleanProperty more() { return more; }

    private void load() {
        Supplier<List<T>> read = query.apply(page.get());
        message.set("");
        work.run(read, rows -> {
            more.set(rows.size() > pageSize);
            results.setAll(rows.size() > pageSize ? rows.subList(0, pageSize) : rows);
            if (rows.isEmpty()) {
                message.set(Fxml.text(noneFoundKey));
            }
        }, invalid -> message.set(String.join("；", invalid.fieldMessages().values())), message::set);
    }
}
