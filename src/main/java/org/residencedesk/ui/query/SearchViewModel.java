package org.residencedesk.ui.query;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.RegistrationDetails;
import org.residencedesk.service.registration.RegistrationService;
import org.residencedesk.service.registration.SearchPage;
import org.residencedesk.service.registration.TimelineEntry;

/** 查询: one search box, paged results with masked ID numbers, and the actions on a chosen registration. */
public final class SearchViewModel {
    public static final int PAGE_SIZE = 20;

    private final RegistrationService service;
    private final Operator operator;
    final StringProperty text = new SimpleStringProperty("");
    /** null = guess from what was typed. */
    final ObjectProperty<SearchKind> kind = new SimpleObjectProperty<>(null);
    final ObservableList<RegistrationSummary> results = FXCollections.observableArrayList();
    final IntegerProperty page = new SimpleIntegerProperty(0);
    final BooleanProperty more = new SimpleBooleanProperty(false);
    final StringProperty message = new SimpleStringProperty("");

    public SearchViewModel(RegistrationService service, Operator operator) {
        this.service = service;
        this.operator = operator;
    }

    /** What was searched, copied on the FX thread: paging keeps to it even if the box is edited meanwhile. */
    record Query(String text, SearchKind kind) { }

    private Query lastQuery = new Query("", null);

    /** FX thread: a new search from what is in the box now. */
    Query newQuery() {
        lastQuery = new Query(text.get(), kind.get());
        return lastQuery;
    }

    /** FX thread: the search the current results came from. */
    Query lastQuery() {
        return lastQuery;
    }

    /** Worker thread. */
    SearchPage searchOnWorker(Query query, int pageNumber) {
        return service.search(operator, query.text(), query.kind(), pageNumber, PAGE_SIZE);
    }

    /** FX thread. */
    void show(SearchPage result) {
        results.setAll(result.items());
        page.set(result.page());
        more.set(result.more());
        message.set(result.items().isEmpty() && result.page() == 0 ? org.residencedesk.ui.Fxml.text("query.none") : "");
    }

    /** Worker thread; audited as a look at the record. */
    RegistrationDetails openOnWorker(RegistrationSummary row) {
        return service.open(operator, row.registrationId());
    }

    /** Worker thread. */
    void moveOutOnWorker(RegistrationSummary row, MoveOutReason reason, LocalDate leftOn) {
        service.moveOut(operator, row.registrationId(), reason, leftOn);
    }

    /** Worker thread. */
    List<TimelineEntry> timelineOnWorker(RegistrationSummary row) {
        return service.timeline(operator, row.personId());
    }
}
