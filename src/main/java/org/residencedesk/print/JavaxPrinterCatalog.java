package org.residencedesk.print;

import java.util.Arrays;
import java.util.List;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.standard.MediaTray;

import org.residencedesk.port.PrinterCatalog;
import org.residencedesk.port.printing.PrinterInfo;

/** Printers from javax.print (CUPS on Linux, the spooler on Windows). */
public final class JavaxPrinterCatalog implements PrinterCatalog {

    private final PrintServiceResolver resolver = new PrintServiceResolver();

    @Override
    public List<PrinterInfo> listPrinters() {
        PrintService defaultService = PrintServiceLookup.lookupDefaultPrintService();
        String defaultName = defaultService == null ? null : defaultService.getName();
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .map(s -> new PrinterInfo(s.getName(), s.getName().equals(defaultName),
                        resolver.isOnline(s), trays(s)))
                .toList();
    }

    private static List<String> trays(PrintService service) {
        return MediaChoice.supportedMedia(service).filter(m -> m instanceof MediaTray).map(Object::toString)
                .toList();
    }
}
