package org.residencedesk.print;

import java.util.Arrays;
import java.util.Optional;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterState;

import org.residencedesk.port.printing.PrintStatus;

/** Finds the print service a profile names (or the system default) and checks it can take a job. */
class PrintServiceResolver {

    record Resolution(PrintStatus status, PrintService service, String printerName) {
    }

    Resolution resolve(String printerName) {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        if (services.length == 0) {
            return new Resolution(PrintStatus.NO_PRINTER, null, printerName);
        }
        Optional<PrintService> service = printerName == null
                ? Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService())
                : byName(services, printerName);
        if (service.isEmpty()) {
            return new Resolution(printerName == null ? PrintStatus.NO_PRINTER : PrintStatus.PRINTER_NOT_FOUND,
                    null, printerName);
        }
        PrintService found = service.get();
        return new Resolution(isOnline(found) ? PrintStatus.PRINTED : PrintStatus.PRINTER_OFFLINE, found,
                found.getName());
    }

    static Optional<PrintService> byName(PrintService[] services, String name) {
        return Arrays.stream(services).filter(s -> s.getName().equals(name)).findFirst()
                .or(() -> Arrays.stream(services).filter(s -> s.getName().equalsIgnoreCase(name)).findFirst());
    }

    /** A stopped CUPS queue or a paused/rejecting spooler queue would hold the job forever. */
    static boolean isOnline(PrintService service) {
        PrinterIsAcceptingJobs accepting = service.getAttribute(PrinterIsAcceptingJobs.class);
        if (accepting == PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS) {
            return false;
        }
        PrinterState state = service.getAttribute(PrinterState.class);
        return state != PrinterState.STOPPED;
    }
}
