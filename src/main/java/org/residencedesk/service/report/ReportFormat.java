package org.residencedesk.service.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The files a report is exported as. */
public enum ReportFormat {
    PDF, XLSX;

    /** The format a file name asks for by its extension ({@code .pdf}, {@code .xlsx}), if any. */
    public static Optional<ReportFormat> ofFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        return name.endsWith(".xlsx") ? Optional.of(XLSX) : Optional.empty();
    }
}
