package org.residencedesk.port;

import java.nio.file.Path;

import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.DocumentPreparationException;
import org.residencedesk.port.printing.ExportOutcome;
import org.residencedesk.port.printing.PreparedDocument;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrinterProfile;

/**
 * Prints, previews and exports documents (居住登记凭证, 受理回执, 居住证卡片 ...). Implementations never
 * throw for printer problems: they report them in the outcome. Blocking; call off the FX thread.
 */
public interface DocumentPrinter {

    /** Fills the template; throws only for template/data errors (a bug, not a user situation). */
    PreparedDocument prepare(PrintDocument document) throws DocumentPreparationException;

    /**
     * Prints on the profile's printer; for card documents the calibration is applied to the page
     * content (never to the PDF export).
     */
    PrintOutcome print(PrintDocument document, PrinterProfile profile, CardCalibration calibration);

    PrintOutcome print(PreparedDocument document, PrinterProfile profile, CardCalibration calibration);

    ExportOutcome exportPdf(PrintDocument document, Path target);

    ExportOutcome exportPdf(PreparedDocument document, Path target);

    /**
     * Writes the prepared document as PDF on a stream the caller opened (a safe export file, ADR 0326); the
     * caller closes it. @throws IOException writing failed (nothing about the document's content in the message)
     */
    void writePdf(PreparedDocument document, java.io.OutputStream out) throws java.io.IOException;
}
