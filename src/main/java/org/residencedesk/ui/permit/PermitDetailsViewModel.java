package org.residencedesk.ui.permit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.FeeKind;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitMessages;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.PermitServices;
import org.residencedesk.service.permit.PermitStep;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;

/** The found person's permits, one permit's details, and 换领 / 补领 / 注销 on it (beside the 申领 panel). */
public final class PermitDetailsViewModel {
    final ObjectProperty<PermitApplication> opened = new SimpleObjectProperty<>();
    /** A permit another area asked for (同步's 打开更正, ADR 0374): the view selects and focuses its row. */
    final ObjectProperty<PermitSummary> chosen = new SimpleObjectProperty<>();
    final ObservableList<String> lines = FXCollections.observableArrayList();
    final BooleanProperty oldCardReturned = new SimpleBooleanProperty(true);
    final ObjectProperty<CancellationReason> cancelReason = new SimpleObjectProperty<>();
    final StringProperty cancelNote = new SimpleStringProperty("");
    final FieldErrors errors = new FieldErrors("form", "reason", "note", "oldCardReturned");
    final StringProperty notice = new SimpleStringProperty("");

    private final PermitServices permits;
    private final Clock clock;
    private final Operator operator;
    private final PanelWork work;
    private final PersonFinderViewModel finder;

    /** 换领, 补领 and 注销 are shown only to an operator who may change permits. */
    public boolean mayChangePermit() {
        return operator.may(Permission.PERMIT_CHANGE);
    }

    public PermitDetailsViewModel(PermitServices permits, Clock clock, Operator operator, BackgroundWork background,
                                  PersonFinderViewModel finder) {
        this.permits = permits;
        this.clock = clock;
        this.operator = operator;
        this.work = new PanelWork(background);
        this.finder = finder;
        finder.onFound(found -> {
            opened.set(null);
            lines.clear();
        });
    }

    /** The found person's permits (the table above the details). */
    ObservableList<PermitSummary> permitsOfPerson() {
        return finder.permits;
    }

    /** Selects {@code s} in the person's permits (the view focuses its row, whose selection opens it). */
    void choose(PermitSummary s) {
        chosen.set(null);
        chosen.set(s);
    }

    /** Opens a permit of the list (an audited look). */
    public CompletableFuture<PermitApplication> open(PermitSummary s) {
        return work.run(() -> permits.queries().open(operator, s.id()), this::show, errors, notice);
    }

    private void show(PermitApplication a) {
        opened.set(a);
        List<String> l = new ArrayList<>();
        l.add(PermitFxml.text("permitui.details.status", PermitMessages.label(a.status())));
        a.acceptanceNumber().ifPresent(n -> l.add(PermitFxml.text("permitui.details.acceptance", n)));
        a.promisedOn().ifPresent(d -> l.add(PermitFxml.text("permitui.details.promised", PermitMessages.date(d))));
        a.permitNumber().ifPresent(n -> l.add(PermitFxml.text("permitui.details.number", n)));
        a.validUntil(permits.queries().policy()).ifPresent(d -> l.add(
                PermitFxml.text("permitui.details.validUntil", PermitMessages.date(d))));
        a.endorsementSchedule().ifPresent(s -> l.add(PermitFxml.text("permitui.details.nextAnniversary",
                PermitMessages.date(s.nextAnniversary()))));
        l.add(PermitFxml.text("permitui.details.endorsements", a.endorsements().size()));
        a.fees().forEach(f -> l.add(PermitFxml.text("permitui.details.fee", PermitMessages.label(f.kind()),
                yuan(f.amountFen()))));
        a.history().forEach(t -> l.add(PermitFxml.text("permitui.details.history",
                t.at().atZone(clock.getZone()).toLocalDate(), PermitMessages.label(t.action()),
                PermitMessages.label(t.to()), t.actorLogin())));
        lines.setAll(l);
    }

    String feeText(FeeKind kind) {
        return PermitFxml.text("permitui.details.feeDue", yuan(permits.queries().policy().feeFen(kind)));
    }

    static String yuan(long fen) {
        return String.format("%d.%02d", fen / 100, fen % 100);
    }

    /** 换领 (only with the old card handed back). */
    public CompletableFuture<PermitStep> replace() {
        boolean returned = oldCardReturned.get();
        return onOpened(id -> () -> permits.lifecycle().replace(operator, id, returned), "permitui.details.replaced");
    }

    /** 补领: the card is lost. */
    public CompletableFuture<PermitStep> reissue() {
        return onOpened(id -> () -> permits.lifecycle().reissue(operator, id), "permitui.details.reissued");
    }

    /**
     * The question before 注销 of the opened permit; empty when none is opened or no reason is chosen
     * ({@link #cancel} then says what is missing).
     */
    public java.util.Optional<String> cancelQuestion() {
        PermitApplication a = opened.get();
        if (a == null || cancelReason.get() == null) {
            return java.util.Optional.empty();
        }
        String number = a.permitNumber().orElse(a.acceptanceNumber().orElse(""));
        String name = finder.person.get() == null ? "" : finder.person.get().name();
        return java.util.Optional.of(PermitFxml.text("permitui.confirm.cancel", name, number,
                PermitMessages.label(cancelReason.get())));
    }

    /** 注销 (其他 needs a note). */
    public CompletableFuture<PermitStep> cancel() {
        CancellationReason reason = cancelReason.get();
        String note = cancelNote.get();
        return onOpened(id -> () -> permits.lifecycle().cancel(operator, id, reason, note), "permitui.details.cancelled");
    }

    private CompletableFuture<PermitStep> onOpened(java.util.function.Function<String, Supplier<PermitStep>> step,
                                                   String doneKey) {
        if (opened.get() == null) {
            PanelWork.fail(errors, notice, PermitFxml.text("permitui.selectFirst"));
            return CompletableFuture.completedFuture(null);
        }
        return work.run(step.apply(opened.get().id()), done -> {
            finder.replacePermit(done.permit());
            notice.set(PermitFxml.text(doneKey));
        }, errors, notice);
    }
}
