package org.residencedesk.ui.permit;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.service.Operator;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.DeskServices;

/**
 * The 居住证 area: builds the person finder and one view model per tab, follows which tab is on screen
 * (reading its list when it comes to the front) and routes a swiped card to it — on 互联网申办 it verifies the
 * selected pre-application, on 待领取 it finds the holder's printed card, elsewhere it fills the finder.
 */
public final class PermitAreaViewModel {
    public static final int PAGE_SIZE = 20;

    final ObjectProperty<PermitTab> selectedTab = new SimpleObjectProperty<>();

    private final Operator operator;
    private final PersonFinderViewModel finder;
    private final ApplicationTabViewModel application;
    private final PermitDetailsViewModel details;
    private final ReviewTabViewModel review;
    private final PrintTabViewModel print;
    private final CollectionTabViewModel collection;
    private final MaterialsTabViewModel materials;
    private final OnlineTabViewModel online;
    private final PermitLists lists;
    private DocumentViewer viewer = (title, document, onOutcome) -> { };

    public PermitAreaViewModel(DeskServices services, Operator operator, BackgroundWork background) {
        this.operator = operator;
        var permits = services.permits();
        PersonFinder people = new PersonFinder(services.registration(), permits.queries(), operator);
        DocumentViewer documents = this::openDocument;
        Runnable toApplication = () -> show(PermitTab.APPLY);
        finder = new PersonFinderViewModel(people, background);
        lists = new PermitLists(new org.residencedesk.ui.IdReveal(services.registration(), operator, background),
                services.clock(), permits.queries().policy());
        application = new ApplicationTabViewModel(permits, services.onlineApplications(), services.clock(), operator,
                background, finder, documents);
        details = new PermitDetailsViewModel(permits, services.clock(), operator, background, finder);
        review = new ReviewTabViewModel(permits, operator, background, documents);
        print = new PrintTabViewModel(permits, services.authentication(), services.printerSettings(),
                services.printer(), operator, background, documents);
        collection = new CollectionTabViewModel(permits, people, new IdNumberParser(services.clock(),
                services.masterData()::isKnownCounty), operator, background, documents);
        materials = new MaterialsTabViewModel(permits, services.registration(), operator, background, application,
                toApplication);
        online = new OnlineTabViewModel(services.onlineApplications(), people, services.clock().getZone(), operator,
                background, application, toApplication);
        selectedTab.set(tabs().isEmpty() ? null : tabs().get(0));
        selectedTab.addListener((o, old, tab) -> tabShown(tab));
    }

    /** The tabs this operator may use, in their order; the area shows no other (docs/permissions.md). */
    public List<PermitTab> tabs() {
        return Arrays.stream(PermitTab.values()).filter(tab -> operator.may(tab.permission())).toList();
    }

    public Operator operator() {
        return operator;
    }

    /** Where documents of every tab are shown (the window's print preview). */
    public void showDocumentsWith(DocumentViewer target) {
        this.viewer = target;
    }

    /** Where 转居住登记 sends the pre-filled registration form. */
    public void openRegistrationWith(Consumer<FormValues> target) {
        online.openRegistrationWith(target);
    }

    private void openDocument(String title, PrintDocument document, Consumer<PrintOutcome> onOutcome) {
        viewer.open(title, document, onOutcome);
    }

    /** Brings {@code tab} to the front (its list is read); a tab this operator may not use stays away. */
    public void show(PermitTab tab) {
        if (tab != null && operator.may(tab.permission())) {
            selectedTab.set(tab);
        }
    }

    public PermitTab selectedTab() {
        return selectedTab.get();
    }

    /** A tab came to the front: its list is read again. */
    private void tabShown(PermitTab tab) {
        if (tab == null) {
            return;
        }
        switch (tab) {
            case REVIEW -> review.load(0);
            case PRINT -> print.load(0);
            case COLLECTION -> {
                collection.load(collection.collection, 0);
                collection.load(collection.overdue, 0);
            }
            case MATERIALS -> materials.load(0);
            case ONLINE -> online.load();
            case APPLY -> { }
        }
    }

    /** FX thread: a swiped card goes to the tab on screen. */
    public void cardRead(IdCardData card) {
        PermitTab on = selectedTab.get();
        switch (on == null ? PermitTab.APPLY : on) {
            case ONLINE -> online.cardRead(card);
            case COLLECTION -> collection.cardRead(card);
            default -> {
                show(PermitTab.APPLY);
                finder.takeCard(card);
                finder.find();
            }
        }
    }

    /** The lists' shared reveal, person keys and overdue marks. */
    public PermitLists lists() {
        return lists;
    }

    /**
     * A person reached from another area (Ctrl+Shift+Z): found by their id, shown in the finder with their
     * permits on the 申领 tab (where they are listed), or in the finder alone for an operator without that tab.
     */
    public java.util.concurrent.CompletableFuture<PersonFinder.Found> showPerson(long personId) {
        show(PermitTab.APPLY);
        return finder.findPerson(personId);
    }

    /**
     * 打开更正 of a rejected PERMIT_* event (ADR 0374): the holder found by their id as {@link #showPerson} does, then
     * that permit's own row selected and focused (which opens its details); {@code notFound} runs when the holder
     * has no such permit here.
     */
    public void showPermit(long personId, String permitId, Runnable notFound) {
        showPerson(personId).thenAccept(found -> found.permits().stream().filter(p -> permitId.equals(p.id()))
                .findFirst().ifPresentOrElse(details::choose, notFound));
    }

    public PersonFinderViewModel finder() {
        return finder;
    }

    public ApplicationTabViewModel application() {
        return application;
    }

    public PermitDetailsViewModel details() {
        return details;
    }

    public ReviewTabViewModel review() {
        return review;
    }

    public PrintTabViewModel print() {
        return print;
    }

    public CollectionTabViewModel collection() {
        return collection;
    }

    public MaterialsTabViewModel materials() {
        return materials;
    }

    public OnlineTabViewModel online() {
        return online;
    }
}
