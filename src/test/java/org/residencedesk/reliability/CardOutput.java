package org.residencedesk.reliability;

import java.io.IOException;
import java.nio.file.Path;
import org.residencedesk.app.AppContext;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.port.printing.PrinterProfile;

/**
 * Where the crash and soak runs send their documents (cards, receipts, endorsement records): the CUPS queue
 * {@link #QUEUE} through the station's real printer adapter when the scheduler has it enabled
 * (.ci/setup-cups.sh), else the same adapter's PDF export into {@code pdfDir}. A PDF export stands for a printed
 * card with the outcome {@code PRINTED} on printer {@link #PDF_PRINTER}, so the card steps run without CUPS too.
 */
final class CardOutput {
    static final String QUEUE = "PDF";
    static final String PDF_PRINTER = "pdf-export";
    private final AppContext ctx;
    final boolean cups;
    private final Path pdfDir;
    int printed;
    int exported;

    CardOutput(AppContext ctx, boolean cups, Path pdfDir) {
        this.ctx = ctx;
        this.cups = cups;
        this.pdfDir = pdfDir;
        if (!cups) {
            try {
                java.nio.file.Files.createDirectories(pdfDir);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Prints (or exports) {@code document}; answers the successful outcome, throws when it failed. */
    PrintOutcome print(PrintDocument document) {
        if (cups) {
            PrintOutcome outcome = ctx.printer().print(document,
                    new PrinterProfile(document.type(), QUEUE, null, 1, false), CardCalibration.NONE);
            if (!outcome.succeeded()) {
                throw new IllegalStateException("print failed: " + outcome.status());
            }
            printed++;
            return outcome;
        }
        var exportedTo = ctx.printer().exportPdf(document, pdfDir.resolve("doc-" + System.nanoTime() + ".pdf"));
        if (!exportedTo.succeeded()) {
            throw new IllegalStateException("PDF export failed");
        }
        exported++;
        return new PrintOutcome(document.type(), PDF_PRINTER, exportedTo.pages(), 1, PrintStatus.PRINTED, "");
    }

    /** Whether {@code lpstat -p PDF} answers that the queue is enabled. */
    static boolean cupsQueueReady() {
        try {
            Process p = new ProcessBuilder("lpstat", "-p", QUEUE).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor() == 0 && out.contains("enabled");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
