package org.residencedesk.port.printing;

import java.util.List;

/**
 * A printer known to the operating system (CUPS on Linux, the spooler on Windows).
 *
 * @param acceptingJobs {@code false} when the queue is stopped or rejects jobs
 * @param trays         media tray names the driver reports, possibly empty
 */
public record PrinterInfo(String name, boolean systemDefault, boolean acceptingJobs, List<String> trays) {

    public PrinterInfo {
        trays = List.copyOf(trays);
    }
}
