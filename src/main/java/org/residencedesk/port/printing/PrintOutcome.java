package org.residencedesk.port.printing;

import java.util.Objects;

/**
 * Result of one print job. It carries what an audit entry needs (document type, printer, pages,
 * status) and a Chinese message for the user; never personal data. Callers mark a document as
 * printed only when {@link #succeeded()}.
 *
 * @param printerName the print service actually used, {@code null} if none could be chosen
 * @param pages       pages sent to the printer (per copy), 0 when nothing was sent
 */
public record PrintOutcome(DocumentType documentType, String printerName, int pages, int copies,
                           PrintStatus status, String message) {

    public PrintOutcome {
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    public boolean succeeded() {
        return status == PrintStatus.PRINTED;
    }
}
