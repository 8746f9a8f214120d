package org.residencedesk.ui.registration;

import java.nio.file.Path;
import org.residencedesk.port.DocumentPrinter;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.port.printing.ExportOutcome;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PrintAuditService;
import org.residencedesk.service.registration.RegistrationCertificates;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.print.PrintPreviewViewModel;
import org.residencedesk.ui.registration.RegistrationViewModel.CertificateRequest;

/**
 * The 居住登记凭证 of a saved registration: preview, print and PDF export, every print and export audited.
 * Part of {@link RegistrationViewModel}; outcomes are reported in its notice line.
 */
final class CertificateOutput {
    private final RegistrationViewModel screen;
    private final RegistrationCertificates certificates;
    private final DocumentPrinter printer;
    private final PrintAuditService printAudit;
    private final Operator operator;
    private final BackgroundWork work;

    CertificateOutput(RegistrationViewModel screen, RegistrationCertificates certificates, DocumentPrinter printer,
                      PrintAuditService printAudit, Operator operator, BackgroundWork work) {
        this.screen = screen;
        this.certificates = certificates;
        this.printer = printer;
        this.printAudit = printAudit;
        this.operator = operator;
        this.work = work;
    }

    /** A preview that fills the certificate off the FX thread; its prints and exports are audited. */
    PrintPreviewViewModel openPreview(CertificateRequest request, PrinterSettingsStore settings) {
        PrintPreviewViewModel preview = new PrintPreviewViewModel(printer, settings, work);
        // An invalidation listener, not a change listener: a reprint with the same outcome is a new print too.
        preview.lastOutcomeProperty().addListener(observable -> {
            PrintOutcome outcome = preview.lastOutcomeProperty().get();
            if (outcome != null) {
                work.run(() -> {
                    printAudit.recordPrint(operator, request.registrationNumber(), outcome, null);
                    return outcome;
                }, this::reportPrint, invalid -> { }, screen::showFailure);
            }
        });
        preview.lastExportProperty().addListener(observable -> {
            ExportOutcome export = preview.lastExportProperty().get();
            if (export != null && export.succeeded()) {
                work.run(() -> {
                    recordExportOnWorker(request, export);
                    return null;
                }, ignored -> { }, invalid -> { }, screen::showFailure);
            }
        });
        work.run(() -> certificateOnWorker(request), preview::load,
                invalid -> screen.showProblems(invalid.fieldMessages()), screen::showFailure);
        return preview;
    }

    private void reportPrint(PrintOutcome done) {
        if (done.succeeded()) {
            screen.showInfo(Fxml.text("registration.notice.printed", done.printerName()));
        } else {
            screen.showFailure(done.message());
        }
    }

    /** The certificate written to {@code target} off the FX thread; the outcome shows in the notice. */
    void export(CertificateRequest request, Path target) {
        work.run(() -> exportOnWorker(request, target), outcome -> {
            if (outcome.succeeded()) {
                screen.showInfo(Fxml.text("registration.notice.exported", target.getFileName()));
            } else {
                screen.showFailure(outcome.message());
            }
        }, invalid -> screen.showProblems(invalid.fieldMessages()), screen::showFailure);
    }

    /** Worker thread: the certificate as a PDF file; audited. */
    ExportOutcome exportOnWorker(CertificateRequest request, Path target) {
        ExportOutcome outcome = printer.exportPdf(certificateOnWorker(request), target);
        recordExportOnWorker(request, outcome);
        return outcome;
    }

    private PrintDocument certificateOnWorker(CertificateRequest request) {
        return certificates.certificate(operator, request.registrationId());
    }

    /** Worker thread: a PDF of the certificate was written (here or from the preview): audited. */
    private void recordExportOnWorker(CertificateRequest request, ExportOutcome outcome) {
        if (outcome.succeeded()) {
            printAudit.recordExport(operator, request.registrationNumber(), outcome.documentType().name());
        }
    }
}
