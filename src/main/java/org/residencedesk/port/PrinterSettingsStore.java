package org.residencedesk.port;

import org.residencedesk.port.printing.PrinterSettings;

/**
 * Printer profiles and card calibrations of this counter PC (not of the station database: several
 * counters may share one database, each with its own printers; ADR 0031).
 */
public interface PrinterSettingsStore {

    /** Never fails: a missing or unreadable file yields {@link PrinterSettings#EMPTY} (logged). */
    PrinterSettings load();

    /** @throws java.io.UncheckedIOException when the settings file cannot be written */
    void save(PrinterSettings settings);
}
