package org.residencedesk.ui.permit;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.residencedesk.port.DocumentPrinter;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PrintAuditService;
import org.residencedesk.port.printing.ExportOutcome;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.print.PreviewAudit;
import org.residencedesk.ui.print.PrintPreviewView;
import org.residencedesk.ui.print.PrintPreviewViewModel;

/**
 * Opens a document of the permit area (notice, receipt, card, endorsement record) in the shared print
 * preview. The last opened preview stays reachable so the counter (and tests) can see what was shown.
 */
public final class DocumentPreviews {
    private final DocumentPrinter printer;
    private final PrinterSettingsStore settings;
    private final PrintAuditService printAudit;
    private final Operator operator;
    private final BackgroundWork background;
    private final ReadOnlyObjectWrapper<PrintPreviewViewModel> last = new ReadOnlyObjectWrapper<>();

    public DocumentPreviews(DocumentPrinter printer, PrinterSettingsStore settings, PrintAuditService printAudit,
                            Operator operator, BackgroundWork background) {
        this.background = background;
        this.printer = printer;
        this.settings = settings;
        this.printAudit = printAudit;
        this.operator = operator;
    }

    /**
     * FX thread. Shows {@code document} in a preview window; each print from it reports its outcome to
     * {@code onOutcome} (on the FX thread), so a card is marked printed only after the printer accepted it.
     */
    public PrintPreviewViewModel open(Window owner, String title, PrintDocument document,
                                      Consumer<PrintOutcome> onOutcome) {
        Object number = document.parameters().get("documentNumber");
        String documentNumber = number == null ? null : number.toString();
        return open(owner, title, document, onOutcome, new PreviewAudit() {
            @Override
            public void printed(PrintOutcome outcome) {
                if (!document.type().isCard()) {
                    // cards are audited by CardProductionService.markPrinted together with the permit's new state
                    printAudit.recordPrint(operator, documentNumber, outcome, null);
                }
            }

            @Override
            public void exported(ExportOutcome export) {
                printAudit.recordExport(operator, documentNumber, export.documentType().name());
            }
        });
    }

    /**
     * FX thread. As {@link #open(Window, String, PrintDocument, Consumer)}, each print (printed or not) and each
     * successful PDF export from the preview recorded by {@code audit} off the FX thread (ADR 0347).
     */
    public PrintPreviewViewModel open(Window owner, String title, PrintDocument document,
                                      Consumer<PrintOutcome> onOutcome, PreviewAudit audit) {
        PrintPreviewViewModel preview = new PrintPreviewViewModel(printer, settings, background);
        // An invalidation listener: a reprint with an identical outcome is still a print to report and audit.
        preview.lastOutcomeProperty().addListener(observable -> {
            PrintOutcome outcome = preview.lastOutcomeProperty().get();
            if (outcome != null) {
                background.run(() -> {
                    audit.printed(outcome);
                    return null;
                }, ignored -> { }, invalid -> { }, message -> { });
                onOutcome.accept(outcome);
            }
        });
        preview.lastExportProperty().addListener(observable -> {
            ExportOutcome export = preview.lastExportProperty().get();
            if (export != null && export.succeeded()) {
                background.run(() -> {
                    audit.exported(export);
                    return null;
                }, ignored -> { }, invalid -> { }, message -> { });
            }
        });
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        stage.setScene(org.residencedesk.ui.ScreenFit.scene(PrintPreviewView.load(preview), 900, 700, owner));
        stage.show();
        preview.load(document);
        last.set(preview);
        return preview;
    }

    /** Opens documents in this preview over the window {@code owner} gives (null: no owner yet). */
    public org.residencedesk.ui.print.Previewer previewer(java.util.function.Supplier<Window> owner) {
        return (title, document, audit) -> open(owner.get(), title, document, outcome -> { }, audit);
    }

    public DocumentPrinter printer() {
        return printer;
    }

    public PrinterSettingsStore settings() {
        return settings;
    }

    /** The preview opened last (null before the first). */
    public ReadOnlyObjectProperty<PrintPreviewViewModel> lastProperty() {
        return last.getReadOnlyProperty();
    }
}
