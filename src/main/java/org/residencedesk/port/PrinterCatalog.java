package org.residencedesk.port;

import java.util.List;

import org.residencedesk.port.printing.PrinterInfo;

/** The printers this PC's operating system offers. */
public interface PrinterCatalog {

    List<PrinterInfo> listPrinters();
}
