package org.residencedesk.ui.permit;

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
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.port.DocumentPrinter;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrinterSettings;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.permit.CardPrintJob;
import org.residencedesk.service.permit.PermitListItem;
import org.residencedesk.service.permit.PermitServices;
import org.residencedesk.service.permit.CardProductionService;
import org.residencedesk.service.permit.PermitStep;
import org.residencedesk.service.permit.PrintSpec;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;

/**
 * 待制证: 预览打印 of one card (marked printed only when the printer reports success) and 直接打印 of
 * several on this PC's card printer. A reprint's authoriser signs in here with their own password (audited, a
 * wrong one counts toward that account's lockout) and must hold REPRINT_AUTHORISE.
 */
public final class PrintTabViewModel {
    /** How a batch of direct prints went. */
    public record BatchPrint(int printed, List<String> failures) {
    }

    final PermitQueue queue;
    /** The rows the clerk selected, in order. */
    final ObservableList<PermitListItem> selected = FXCollections.observableArrayList();
    final ObjectProperty<PrintType> printType = new SimpleObjectProperty<>(PrintType.FIRST);
    final StringProperty reason = new SimpleStringProperty("");
    final StringProperty authoriserLogin = new SimpleStringProperty("");
    final StringProperty authoriserPassword = new SimpleStringProperty("");
    final FieldErrors errors = new FieldErrors("form", "reason", "authorisedBy");
    final StringProperty notice = new SimpleStringProperty("");

    private final PermitServices permits;
    private final AuthenticationService authentication;
    private final PrinterSettingsStore printerSettings;
    private final DocumentPrinter printer;
    private final Operator operator;
    private final PanelWork work;
    private final DocumentViewer viewer;
    private PermitListItem focused;

    public PrintTabViewModel(PermitServices permits, AuthenticationService authentication,
                             PrinterSettingsStore printerSettings, DocumentPrinter printer, Operator operator,
                             BackgroundWork background, DocumentViewer viewer) {
        this.permits = permits;
        this.authentication = authentication;
        this.printerSettings = printerSettings;
        this.printer = printer;
        this.operator = operator;
        this.work = new PanelWork(background);
        this.viewer = viewer;
        this.queue = new PermitQueue(p -> permits.queries().printQueue(operator, p, PermitAreaViewModel.PAGE_SIZE));
    }

    public CompletableFuture<?> load(int page) {
        return work.load(queue, page, this::failed);
    }

    /**
     * The clerk moved to {@code item}: its print cycle decides the type (遗失补打 after 补领), so the clerk is
     * not refused for the wrong type. A stale answer (the selection moved on) is dropped.
     */
    public CompletableFuture<PrintType> focus(PermitListItem item) {
        focused = item;
        if (item == null) {
            return CompletableFuture.completedFuture(null);
        }
        return work.run(() -> CardProductionService.firstPrintTypeOf(permits.queries().open(operator, item.permit().id())), type -> {
            if (focused == item) {
                printType.set(type);
            }
        }, this::failed);
    }

    /** The clerk's order, read on the FX thread; the authoriser is checked on the worker. */
    private record Order(PrintType type, String reason, String login, char[] password) {
        PrintSpec toSpec(AuthenticationService authentication) {
            if (!type.isReprint()) {
                return PrintSpec.first();
            }
            Operator authoriser;
            try {
                authoriser = authentication.login(login, password);
            } catch (ValidationFailure failed) {
                throw new ValidationFailure(Map.of("authorisedBy", PermitFxml.text("permitui.print.authoriserFailed",
                        String.join("；", failed.fieldMessages().values()))));
            }
            if (!authoriser.may(Permission.REPRINT_AUTHORISE)) {
                throw new ValidationFailure(Map.of("authorisedBy", PermitFxml.text("permitui.print.authoriserNotPermitted",
                        authoriser.displayName())));
            }
            return PrintSpec.reprint(type, reason, authoriser);
        }
    }

    private Order order() {
        return new Order(printType.get() == null ? PrintType.FIRST : printType.get(), reason.get(),
                authoriserLogin.get(), authoriserPassword.get().toCharArray());
    }

    /** 预览打印: exactly one card, prepared (number reserved, status unchanged) and shown in the preview. */
    public CompletableFuture<CardPrintJob> previewPrint() {
        if (selected.size() != 1) {
            PanelWork.fail(errors, notice, PermitFxml.text("permitui.print.selectOne"));
            return CompletableFuture.completedFuture(null);
        }
        String permitId = selected.get(0).permit().id();
        Order order = order();
        return work.run(() -> permits.cardProduction().print(operator, permitId, order.toSpec(authentication)),
                job -> viewer.open(PermitFxml.text("permitui.preview.card"), job.card(), outcome -> printed(job, outcome)),
                errors, notice);
    }

    /** The preview's printer answered: only a success marks the card printed. */
    CompletableFuture<PermitStep> printed(CardPrintJob job, PrintOutcome outcome) {
        if (!outcome.succeeded()) {
            PanelWork.fail(errors, notice, outcome.message());
            return CompletableFuture.completedFuture(null);
        }
        return work.run(() -> permits.cardProduction().markPrinted(operator, job, outcome), step -> {
            notice.set(PermitFxml.text("permitui.print.done", step.permit().permitNumber()));
            work.load(queue, queue.page(), this::failed);
        }, errors, notice);
    }

    /** 直接打印: every selected card straight to this PC's card printer, each marked printed on success. */
    public CompletableFuture<BatchPrint> directPrint() {
        List<PermitSummary> cards = selected.stream().map(PermitListItem::permit).toList();
        if (cards.isEmpty()) {
            failed(PermitFxml.text("permitui.selectFirst"));
            return CompletableFuture.completedFuture(null);
        }
        Order order = order();
        return work.run(() -> printDirectly(cards, order.toSpec(authentication)), batch -> {
            // the count is good news; each failed card is listed in the error style below it
            notice.set(PermitFxml.text("permitui.print.batch", batch.printed(), batch.failures().size()));
            if (!batch.failures().isEmpty()) {
                errors.show(Map.of("form", String.join("\n", batch.failures())), "form");
            }
            work.load(queue, queue.page(), this::failed);
        }, errors, notice);
    }

    /** Worker thread. */
    private BatchPrint printDirectly(List<PermitSummary> cards, PrintSpec spec) {
        PrinterSettings settings = printerSettings.load();
        int printed = 0;
        List<String> failures = new ArrayList<>();
        for (PermitSummary s : cards) {
            String who = s.acceptanceNumber();
            try {
                CardPrintJob job = permits.cardProduction().print(operator, s.id(), spec);
                var profile = settings.profileFor(job.card().type());
                PrintOutcome outcome = printer.print(job.card(), profile, settings.calibrationFor(profile.printerName()));
                if (outcome.succeeded()) {
                    permits.cardProduction().markPrinted(operator, job, outcome);
                    printed++;
                } else {
                    failures.add(who + "：" + outcome.message());
                }
            } catch (ValidationFailure refused) {
                failures.add(who + "：" + String.join("；", refused.fieldMessages().values()));
            }
        }
        return new BatchPrint(printed, failures);
    }

    private void failed(String message) {
        PanelWork.fail(errors, notice, message);
    }
}
