package org.residencedesk.ui.query;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.residencedesk.domain.DateFormats;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
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
import org.residencedesk.domain.account.Permission;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.registration.RegistrationDetails;
import org.residencedesk.service.registration.RegistrationService;
import org.residencedesk.service.registration.SearchPage;
import org.residencedesk.service.registration.TimelineEntry;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.IdReveal;
import org.residencedesk.ui.PersonNavigation;

/**
 * 查询: one search box, paged results with masked ID numbers, and the actions on the chosen registration
 * (变更, 换地登记, 注销, 人员档案). Service calls run through {@link BackgroundWork}; testable without a window.
 */
public final class SearchViewModel {
    public static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter TIME = DateFormats.DATE_TIME;

    /** The panel under the results: none, the move-out form or the person's timeline. */
    enum Panel { NONE, MOVE_OUT, TIMELINE }

    private final RegistrationService service;
    private final Operator operator;
    private final BackgroundWork work;
    private final Clock clock;
    final StringProperty text = new SimpleStringProperty("");
    /** null = guess from what was typed. */
    final ObjectProperty<SearchKind> kind = new SimpleObjectProperty<>(null);
    final ObservableList<RegistrationSummary> results = FXCollections.observableArrayList();
    final IntegerProperty page = new SimpleIntegerProperty(0);
    final BooleanProperty more = new SimpleBooleanProperty(false);
    final StringProperty message = new SimpleStringProperty("");
    /** The row the actions apply to (the table's selection). */
    final ObjectProperty<RegistrationSummary> selected = new SimpleObjectProperty<>();
    final ObjectProperty<Panel> panel = new SimpleObjectProperty<>(Panel.NONE);
    final ObjectProperty<MoveOutReason> moveOutReason = new SimpleObjectProperty<>();
    final StringProperty moveOutDate = new SimpleStringProperty("");
    final StringProperty moveOutError = new SimpleStringProperty("");
    final ObservableList<String> timeline = FXCollections.observableArrayList();
    /** The person whose 人员档案 is shown (its entries are theirs: the person keys act on them). */
    final ObjectProperty<PersonNavigation.Person> timelinePerson = new SimpleObjectProperty<>();
    /** Masked ID numbers revealed on request (audited). */
    final IdReveal reveal;

    /** Change, re-register and move out are shown only to an operator who may write registrations. */
    public boolean mayChange() {
        return operator.may(Permission.REGISTRATION_WRITE);
    }

    /** The 状态 column of a result row: 有效 / 已注销 / 已换地, with 逾期登记 when the registration was late (ADR 0172). */
    public static String statusText(RegistrationSummary row) {
        String status = Fxml.text("registration.status." + row.status().name());
        return row.lateRegistration() ? status + " · " + Fxml.text("registration.late.flag") : status;
    }

    public SearchViewModel(RegistrationService service, Operator operator, BackgroundWork work, Clock clock) {
        this.service = service;
        this.operator = operator;
        this.work = work;
        this.clock = clock;
        this.reveal = new IdReveal(service, operator, work);
    }

    /** The person of the selected row, for the person keys; null when none is selected. */
    PersonNavigation.Person selectedPerson() {
        RegistrationSummary row = selected.get();
        return row == null ? null : person(row);
    }

    static PersonNavigation.Person person(RegistrationSummary row) {
        return new PersonNavigation.Person(row.personId(), row.registrationId(), row.name());
    }

    /** 显示证件号码 (Ctrl+Shift+X) of the selected row: the full number replaces the masked one; audited. */
    void revealSelected() {
        withSelected(row -> reveal.reveal(row.registrationId(), message::set));
    }

    /** 人员档案 of a person reached from another area (Ctrl+Shift+H): by their id. */
    public void showTimelineOf(PersonNavigation.Person person) {
        loadTimeline(person);
    }

    /** A person reached from another area has no active registration to change: said in the message line. */
    public void say(String text) {
        message.set(text);
    }

    /** What was searched: paging keeps to it even if the box is edited meanwhile. */
    record Query(String text, SearchKind kind) { }

    private Query lastQuery = new Query("", null);

    /** A new search from what is in the box now, from its first page. */
    void search() {
        reveal.forget();
        lastQuery = new Query(text.get(), kind.get());
        load(0);
    }

    void previousPage() {
        if (page.get() > 0) {
            load(page.get() - 1);
        }
    }

    void nextPage() {
        if (more.get()) {
            load(page.get() + 1);
        }
    }

    private void load(int pageNumber) {
        Query query = lastQuery;
        panel.set(Panel.NONE);
        work.run(() -> service.search(operator, query.text(), query.kind(), pageNumber, PAGE_SIZE), this::show,
                this::showFirstProblem, message::set);
    }

    private void show(SearchPage result) {
        results.setAll(result.items());
        page.set(result.page());
        more.set(result.more());
        message.set(result.items().isEmpty() && result.page() == 0 ? Fxml.text("query.none") : "");
    }

    /** 变更: opens the chosen registration (audited as a look at the record) and hands it on. */
    void open(Consumer<RegistrationDetails> onOpened) {
        withSelected(row -> work.run(() -> service.open(operator, row.registrationId()), onOpened,
                this::showFirstProblem, message::set));
    }

    /** Shows the move-out form for the chosen registration, leaving today by default. */
    void startMoveOut() {
        withSelected(row -> {
            moveOutReason.set(MoveOutReason.MOVED_AWAY);
            moveOutDate.set(LocalDate.now(clock).toString());
            moveOutError.set("");
            panel.set(Panel.MOVE_OUT);
        });
    }

    /** 确认注销: moves the chosen registration out and reloads the page it was on. */
    void confirmMoveOut() {
        withSelected(row -> {
            LocalDate leftOn;
            try {
                leftOn = LocalDate.parse(moveOutDate.get().strip());
            } catch (DateTimeParseException e) {
                moveOutError.set(Fxml.text("query.moveOut.badDate"));
                return;
            }
            MoveOutReason reason = moveOutReason.get();
            work.run(() -> {
                service.moveOut(operator, row.registrationId(), reason, leftOn);
                return null;
            }, done -> {
                panel.set(Panel.NONE);
                message.set(Fxml.text("query.moveOut.done", row.registrationNumber()));
                load(page.get());
            }, invalid -> moveOutError.set(first(invalid)), moveOutError::set);
        });
    }

    /** 人员档案: every registration and permit event of the chosen person, newest as the service orders them. */
    void showTimeline() {
        withSelected(row -> loadTimeline(person(row)));
    }

    /** The person's 流出 periods join the timeline (ADR 0220) when the operator may see the outflow register. */
    public SearchViewModel withOutflows(org.residencedesk.service.outflow.OutflowService outflows) {
        this.outflows = outflows;
        return this;
    }

    private org.residencedesk.service.outflow.OutflowService outflows;

    private java.util.List<TimelineEntry> timelineOf(long personId) {
        java.util.List<TimelineEntry> entries = new java.util.ArrayList<>(service.timeline(operator, personId));
        if (outflows != null && operator.may(org.residencedesk.domain.account.Permission.OUTFLOW_VIEW)) {
            entries.addAll(outflows.timeline(operator, personId));
            entries.sort(java.util.Comparator.comparing(TimelineEntry::at).reversed());
        }
        return entries;
    }

    private void loadTimeline(PersonNavigation.Person person) {
        work.run(() -> timelineOf(person.personId()), entries -> {
            timeline.setAll(entries.stream().map(this::describe).toList());
            timelinePerson.set(person);
            panel.set(Panel.TIMELINE);
        }, this::showFirstProblem, message::set);
    }

    private String describe(TimelineEntry e) {
        return e.at().atZone(clock.getZone()).format(TIME) + "　" + Fxml.text("timeline.kind." + e.kind())
                + "　" + e.reference() + (e.summary() == null ? "" : "　" + e.summary()) + "　" + e.operator();
    }

    private void withSelected(Consumer<RegistrationSummary> action) {
        RegistrationSummary row = selected.get();
        if (row == null) {
            message.set(Fxml.text("query.selectFirst"));
            return;
        }
        action.accept(row);
    }

    private void showFirstProblem(ValidationFailure invalid) {
        message.set(first(invalid));
    }

    private static String first(ValidationFailure invalid) {
        return invalid.fieldMessages().values().iterator().next();
    }
}
