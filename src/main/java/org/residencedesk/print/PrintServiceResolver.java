package org.residencedesk.print;

import java.util.Arrays;
import java.util.Optional;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashAttributeSet;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterName;

import org.residencedesk.port.printing.PrintStatus;

/**
 * Finds the print service a profile names (or the system default) and checks it can take a job.
 * Where a CUPS scheduler answers, its own view of the queue decides (Java reports neither stopped
 * nor missing CUPS queues); elsewhere (Windows spooler) javax.print's attributes decide.
 */
class PrintServiceResolver {

    record Resolution(PrintStatus status, PrintService service, String printerName) {
    }

    private final CupsQueueProbe cups;

    PrintServiceResolver() {
        this(new CupsQueueProbe());
    }

    PrintServiceResolver(CupsQueueProbe cups) {
        this.cups = cups;
    }

    Resolution resolve(String printerName) {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        String name = printerName;
        if (name == null) {
            PrintService defaultService = PrintServiceLookup.lookupDefaultPrintService();
            if (defaultService == null) {
                return new Resolution(PrintStatus.NO_PRINTER, null, null);
            }
            name = defaultService.getName();
        }
        return resolveNamed(services, name);
    }

    private Resolution resolveNamed(PrintService[] services, String name) {
        Optional<CupsQueueProbe.QueueState> queue = cups.probe(name);
        if (queue.isPresent()) {
            return switch (queue.get()) {
                case NOT_FOUND -> new Resolution(notFound(services), null, name);
                case STOPPED, NOT_ACCEPTING -> new Resolution(PrintStatus.PRINTER_OFFLINE, null, name);
                case READY -> byName(services, name).or(() -> lookupByName(name))
                        .map(s -> new Resolution(PrintStatus.PRINTED, s, s.getName()))
                        .orElseGet(() -> new Resolution(PrintStatus.PRINTER_NOT_FOUND, null, name));
            };
        }
        Optional<PrintService> service = byName(services, name);
        if (service.isEmpty()) {
            return new Resolution(notFound(services), null, name);
        }
        PrintService found = service.get();
        return new Resolution(acceptsJobs(found) ? PrintStatus.PRINTED : PrintStatus.PRINTER_OFFLINE, found,
                found.getName());
    }

    /** Whether the printer can take a job now, as far as this machine can tell. */
    boolean isOnline(PrintService service) {
        return cups.probe(service.getName())
                .map(state -> state == CupsQueueProbe.QueueState.READY)
                .orElseGet(() -> acceptsJobs(service));
    }

    private static PrintStatus notFound(PrintService[] services) {
        return services.length == 0 ? PrintStatus.NO_PRINTER : PrintStatus.PRINTER_NOT_FOUND;
    }

    /** A queue added after the JVM's cached printer list (refreshed every ~2 min) is found this way. */
    private static Optional<PrintService> lookupByName(String name) {
        HashAttributeSet attributes = new HashAttributeSet();
        attributes.add(new PrinterName(name, null));
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, attributes)).findFirst();
    }

    static Optional<PrintService> byName(PrintService[] services, String name) {
        return Arrays.stream(services).filter(s -> s.getName().equals(name)).findFirst()
                .or(() -> Arrays.stream(services).filter(s -> s.getName().equalsIgnoreCase(name)).findFirst());
    }

    private static boolean acceptsJobs(PrintService service) {
        return service.getAttribute(PrinterIsAcceptingJobs.class) != PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS;
    }
}
