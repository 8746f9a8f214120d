package org.residencedesk.ui.permit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.identity.IdNumberCheck;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.PermitServices;
import org.residencedesk.service.permit.PermitStep;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;

/**
 * 待领取 and 逾期未领: the holder swipes their card (or the clerk picks a row) and the printed card is handed
 * to the holder or to a collector whose data is checked before anything is sent (发证 → 领取回执).
 */
public final class CollectionTabViewModel {
    final PermitQueue collection;
    final PermitQueue overdue;
    final ObjectProperty<PermitSummary> target = new SimpleObjectProperty<>();
    final BooleanProperty byHolder = new SimpleBooleanProperty(true);
    final StringProperty collectorName = new SimpleStringProperty("");
    final StringProperty collectorId = new SimpleStringProperty("");
    final StringProperty relationship = new SimpleStringProperty("");
    final FieldErrors errors = new FieldErrors("form", "collectorName", "collectorId", "relationship");
    final StringProperty notice = new SimpleStringProperty("");

    private final PermitServices permits;
    private final PersonFinder finder;
    private final IdNumberParser idParser;
    private final Operator operator;
    private final PanelWork work;
    private final DocumentViewer viewer;

    public CollectionTabViewModel(PermitServices permits, PersonFinder finder, IdNumberParser idParser,
                                  Operator operator, BackgroundWork background, DocumentViewer viewer) {
        this.permits = permits;
        this.finder = finder;
        this.idParser = idParser;
        this.operator = operator;
        this.work = new PanelWork(background);
        this.viewer = viewer;
        collection = new PermitQueue(p -> permits.queries().awaitingCollection(operator, 0, p, PermitAreaViewModel.PAGE_SIZE));
        overdue = new PermitQueue(p -> permits.queries().overdueCollection(operator, p, PermitAreaViewModel.PAGE_SIZE));
    }

    /** Reads a page of 待领取 or of 逾期未领; problems go to the error line. */
    public CompletableFuture<?> load(PermitQueue queue, int page) {
        return work.load(queue, page, m -> errors.show(Map.of("form", m), "form"));
    }

    /** The clerk picked a row of either list. */
    public void choose(PermitSummary permit) {
        if (permit != null) {
            target.set(permit);
        }
    }

    /** A swiped holder's card picks their printed card (待领取) and hands it to the holder. */
    public CompletableFuture<PersonFinder.Found> cardRead(IdCardData card) {
        return work.run(() -> finder.findHolder(operator, card.idNumber()), found -> {
            Optional<PermitSummary> ready = readyPermitOf(found.permits());
            if (ready.isEmpty()) {
                target.set(null);
                errors.show(Map.of("form", PermitFxml.text("permitui.collect.noneReady")), "form");
                return;
            }
            target.set(ready.get());
            byHolder.set(true);
            notice.set(PermitFxml.text("permitui.collect.found", found.registration().name()));
        }, errors, notice);
    }

    private static Optional<PermitSummary> readyPermitOf(List<PermitSummary> permits) {
        return permits.stream().filter(p -> p.status() == PermitStatus.PRINTED).findFirst();
    }

    /** 发证 of the chosen card → 领取回执 in the preview; both lists are read again. */
    public CompletableFuture<PermitStep> issue() {
        PermitSummary chosen = target.get();
        if (chosen == null) {
            PanelWork.fail(errors, notice, PermitFxml.text("permitui.collect.swipeOrSelect"));
            return CompletableFuture.completedFuture(null);
        }
        notice.set("");
        Optional<Handover> handover = handover();
        if (handover.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return work.run(() -> permits.cardProduction().issue(operator, chosen.id(), handover.get()), step -> {
            target.set(null);
            notice.set(PermitFxml.text("permitui.collect.issued", step.permit().permitNumber()));
            step.document().ifPresent(doc -> viewer.show(PermitFxml.text("permitui.preview.issuance"), doc));
            work.load(collection, 0, m -> { });
            work.load(overdue, 0, m -> { });
        }, errors, notice);
    }

    /** Checks the collector's data before anything is sent. */
    private Optional<Handover> handover() {
        errors.clear();
        if (byHolder.get()) {
            return Optional.of(Handover.holder());
        }
        Map<String, String> problems = new HashMap<>();
        if (collectorName.get().isBlank()) {
            problems.put("collectorName", PermitFxml.text("permitui.collect.nameRequired"));
        }
        if (relationship.get().isBlank()) {
            problems.put("relationship", PermitFxml.text("permitui.collect.relationshipRequired"));
        }
        IdNumberCheck check = idParser.check(collectorId.get());
        if (!check.valid()) {
            problems.put("collectorId", PermitFxml.text("permitui.collect.badId"));
        }
        if (!problems.isEmpty()) {
            errors.show(problems, "form");
            return Optional.empty();
        }
        IdNumber id = check.idNumber().orElseThrow();
        return Optional.of(Handover.collector(collectorName.get().strip(), id, relationship.get().strip()));
    }

    /** The line naming the card to hand over. */
    String targetText() {
        PermitSummary s = target.get();
        return s == null ? "" : PermitFxml.text("permitui.collect.target", s.acceptanceNumber(),
                s.permitNumber() == null ? "" : s.permitNumber());
    }
}
