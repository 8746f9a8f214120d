package org.residencedesk.service.export;

/** Writing the file, reading the data or auditing the export failed; no partial file is left behind. */
public final class ExportFailed extends Exception {
    private static final long serialVersionUID = 1L;

    ExportFailed(Throwable cause) {
        super("export failed", cause);
    }
}
