package org.residencedesk.ui.permit;

import java.util.function.IntFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.service.permit.PermitListItem;
import org.residencedesk.service.permit.PermitPage;

/** One paged permit list (a queue or a reminder list); rows carry masked ID numbers only. */
public final class PermitQueue {
    private final IntFunction<PermitPage> loader;
    final ObservableList<PermitListItem> items = FXCollections.observableArrayList();
    final IntegerProperty page = new SimpleIntegerProperty(0);
    final BooleanProperty more = new SimpleBooleanProperty(false);

    public PermitQueue(IntFunction<PermitPage> loader) {
        this.loader = loader;
    }

    /** Worker thread. */
    public PermitPage loadOnWorker(int pageNumber) {
        return loader.apply(Math.max(0, pageNumber));
    }

    /** FX thread. */
    public void show(PermitPage result) {
        items.setAll(result.items());
        page.set(result.page());
        more.set(result.more());
    }

    public ObservableList<PermitListItem> items() {
        return items;
    }

    public int page() {
        return page.get();
    }
}
