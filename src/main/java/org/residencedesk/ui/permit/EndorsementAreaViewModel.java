package org.residencedesk.ui.permit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.permit.EndorsementSchedule;
import org.residencedesk.domain.permit.EndorsementWindow;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitMessages;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.permit.PermitStep;
import org.residencedesk.port.report.ReminderKind;
import org.residencedesk.service.report.ReportExportFailed;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.DeskServices;
import org.residencedesk.ui.FieldErrors;

/**
 * State of the 签注 area: the person's issued (or suspended) permit with its endorsement window, the
 * endorsement itself, and the reminder lists 即将到期 / 已逾期 with their CSV export.
 */
public final class EndorsementAreaViewModel {
    public static final int PAGE_SIZE = 20;

    /** Which reminder list. */
    public enum ReminderList { DUE, LAPSED }

    /** The found person and the permit that can be endorsed. */
    public record Endorsable(RegistrationSummary person, PermitApplication permit) {
    }

    private final DeskServices services;
    private final Operator operator;
    private final Clock clock;
    private final PersonFinder finder;
    private final PanelWork work;
    private DocumentViewer viewer = (title, document, onOutcome) -> { };

    final StringProperty idNumber = new SimpleStringProperty("");
    final ObjectProperty<Endorsable> found = new SimpleObjectProperty<>();
    final ObservableList<String> windowLines = FXCollections.observableArrayList();
    final FieldErrors errors = new FieldErrors("idNumber", "form");
    /** What went well (签注完成), shown in the normal style; problems go to {@link #errors}. */
    final StringProperty notice = new SimpleStringProperty("");
    final StringProperty listMessage = new SimpleStringProperty("");
    final StringProperty listError = new SimpleStringProperty("");
    final PermitQueue due;
    final PermitQueue lapsed;
    /** Revealed ID numbers, the person keys and the overdue marks of the reminder lists. */
    final PermitLists lists;

    /** 签注 is offered only to an operator who may endorse. */
    public boolean mayEndorse() {
        return operator.may(Permission.ENDORSE);
    }

    /** The reminder list's file export is offered only to an operator who may output documents. */
    public boolean mayExportList() {
        return operator.may(Permission.DOCUMENT_OUTPUT);
    }

    public EndorsementAreaViewModel(DeskServices services, Operator operator, BackgroundWork background) {
        this.services = services;
        this.operator = operator;
        this.work = new PanelWork(background);
        this.clock = services.clock();
        this.finder = new PersonFinder(services.registration(), services.permits().queries(), operator);
        due = new PermitQueue(p -> services.permits().queries().endorsementsDue(operator, p, PAGE_SIZE));
        lapsed = new PermitQueue(p -> services.permits().queries().lapsed(operator, p, PAGE_SIZE));
        lists = new PermitLists(new org.residencedesk.ui.IdReveal(services.registration(), operator, background),
                clock, services.permits().queries().policy());
    }

    PermitQueue list(ReminderList which) {
        return which == ReminderList.DUE ? due : lapsed;
    }

    /** Where the 签注凭证 is shown (the window's print preview). */
    public void showDocumentsWith(DocumentViewer target) {
        this.viewer = target;
    }

    /** A swiped card looks the person up at once. */
    public CompletableFuture<Endorsable> cardRead(IdCardData card) {
        idNumber.set(card.idNumber());
        return find();
    }

    /** 查找 of the typed number. */
    public CompletableFuture<Endorsable> find() {
        String typed = idNumber.get();
        return work.run(() -> findOnWorker(typed), this::show, errors, notice);
    }

    /** A person reached from another list by their id (Ctrl+Shift+Q): the number field stays empty. */
    public CompletableFuture<Endorsable> findPerson(long personId) {
        idNumber.set("");
        return work.run(() -> endorsable(finder.findPerson(personId)), this::show, errors, notice);
    }

    public PermitLists lists() {
        return lists;
    }

    /** 签注 of the found permit → 签注凭证 in the preview; both reminder lists are read again. */
    public CompletableFuture<Endorsed> endorse() {
        Endorsable e = found.get();
        return work.run(() -> endorseOnWorker(e), done -> {
            show(done.after());
            notice.set(PermitFxml.text("permitui.endorse.done"));
            done.step().document().ifPresent(doc -> viewer.show(PermitFxml.text("permitui.preview.endorsement"), doc));
            loadLists();
        }, errors, notice);
    }

    /** Reads the first page of both reminder lists. */
    public void loadLists() {
        if (!operator.may(Permission.PERMIT_VIEW)) {
            return; // the area is not shown to this operator
        }
        load(due, 0);
        load(lapsed, 0);
    }

    /** Reads a page of a reminder list. */
    public CompletableFuture<?> load(PermitQueue queue, int page) {
        return work.load(queue, page, this::listFailed);
    }

    /** Exports the whole list to {@code target}. */
    public CompletableFuture<Integer> export(ReminderList which, Path target) {
        return work.run(() -> exportOnWorker(which, target), rows -> {
            listError.set("");
            listMessage.set(PermitFxml.text("permitui.reminder.exported", rows, target.getFileName()));
        }, this::listFailed);
    }

    /** List and export problems in the error style; the last success message gives way. */
    private void listFailed(String message) {
        listMessage.set("");
        listError.set(message);
    }

    /**
     * Worker thread: the person's permit in force (issued) or suspended for a missed endorsement; the
     * holder is found by ID number even when their registration has ended.
     */
    private Endorsable findOnWorker(String typed) {
        return endorsable(finder.findHolder(operator, typed));
    }

    /** Worker thread: the permit of a found person that can be endorsed. */
    private Endorsable endorsable(PersonFinder.Found f) {
        PermitSummary permit = f.permits().stream()
                .filter(p -> p.status() == PermitStatus.ISSUED || p.status() == PermitStatus.SUSPENDED)
                .findFirst()
                .orElseThrow(() -> new ValidationFailure(Map.of("idNumber",
                        PermitFxml.text("permitui.endorse.noPermit"))));
        return new Endorsable(f.registration(), services.permits().queries().open(operator, permit.id()));
    }

    /** FX thread: window first/last day, anniversary and days left, as of today. */
    private void show(Endorsable e) {
        found.set(e);
        LocalDate today = LocalDate.now(clock);
        List<String> lines = new ArrayList<>();
        lines.add(PermitFxml.text("permitui.endorse.person", e.person().name(), e.person().maskedIdNumber()));
        lines.add(PermitFxml.text("permitui.details.status", PermitMessages.label(e.permit().status())));
        e.permit().permitNumber().ifPresent(n -> lines.add(PermitFxml.text("permitui.details.number", n)));
        e.permit().endorsementSchedule().ifPresent(s -> lines.addAll(windowLines(s, today)));
        lines.add(PermitFxml.text("permitui.details.endorsements", e.permit().endorsements().size()));
        windowLines.setAll(lines);
    }

    static List<String> windowLines(EndorsementSchedule s, LocalDate today) {
        EndorsementWindow w = s.window();
        long left = s.daysLeft(today);
        return List.of(
                PermitFxml.text("permitui.endorse.window", PermitMessages.date(w.firstDay()),
                        PermitMessages.date(w.lastDay())),
                PermitFxml.text("permitui.endorse.anniversary", PermitMessages.date(w.anniversary())),
                left >= 0 ? PermitFxml.text(w.contains(today) ? "permitui.endorse.open" : "permitui.endorse.notYet",
                        left) : PermitFxml.text("permitui.endorse.lapsed", -left));
    }

    /** Worker thread: 签注 → 签注凭证; the permit is read again for the new window. */
    private Endorsed endorseOnWorker(Endorsable e) {
        if (e == null) {
            throw new ValidationFailure(Map.of("idNumber", PermitFxml.text("permitui.finder.first")));
        }
        PermitStep step = services.permits().lifecycle().endorse(operator, e.permit().id());
        return new Endorsed(step, new Endorsable(e.person(), services.permits().queries().open(operator, e.permit().id())));
    }

    /** The endorsement step and the permit as it is afterwards. */
    public record Endorsed(PermitStep step, Endorsable after) {
    }

    /**
     * Worker thread: the whole list written to {@code target} by the 工作台's reminder service (ADR 0329: one CSV for
     * both areas), audited there with the list and the count; the file chooser asked before replacing.
     */
    private int exportOnWorker(ReminderList which, Path target) {
        ReminderKind kind = which == ReminderList.DUE ? ReminderKind.ENDORSEMENT_DUE : ReminderKind.LAPSED;
        try {
            return services.reminders().exportList(operator, kind, null, target, true);
        } catch (ReportExportFailed e) {
            throw new ValidationFailure(Map.of("form", e.reason() == ReportExportFailed.Reason.FAILED
                    ? PermitFxml.text("permitui.reminder.writeFailed", target.getFileName()) : e.userMessage()));
        }
    }
}
