package org.residencedesk.port.printing;

import java.util.Objects;

/**
 * Where and how one document type is printed on this counter PC.
 *
 * @param printerName system print service name; {@code null} means the system default printer
 * @param tray        media tray name as the print service reports it; {@code null} = driver default
 */
public record PrinterProfile(DocumentType documentType, String printerName, String tray, int copies,
                             boolean duplex) {

    public PrinterProfile {
        Objects.requireNonNull(documentType, "documentType");
        if (copies < 1 || copies > 99) {
            throw new IllegalArgumentException("copies must be 1..99: " + copies);
        }
        printerName = blankToNull(printerName);
        tray = blankToNull(tray);
    }

    /** Default printer, default tray, one copy; the card is printed on both sides. */
    public static PrinterProfile systemDefault(DocumentType type) {
        return new PrinterProfile(type, null, null, 1, type == DocumentType.PERMIT_CARD);
    }

    public PrinterProfile withPrinter(String name) {
        return new PrinterProfile(documentType, name, tray, copies, duplex);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
