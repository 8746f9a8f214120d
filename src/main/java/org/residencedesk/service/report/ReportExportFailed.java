package org.residencedesk.service.report;

import java.nio.file.Path;

/**
 * A report could not be written to its file; {@link #reason()} tells why in terms the CLI and the window turn
 * into a Chinese message. Nothing is left at the target that was not there before.
 */
public final class ReportExportFailed extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Something has the file's name and replacing it was not asked for (or it is a folder). */
        TARGET_EXISTS,
        /** The file would lie inside the station's data folder (ADR 0159). */
        INSIDE_DATA_FOLDER,
        /** The extension is neither {@code .pdf} nor {@code .xlsx}. */
        UNKNOWN_FORMAT,
        /** Writing or auditing failed; the file was removed. */
        FAILED
    }

    private final Reason reason;
    private final transient Path target;

    ReportExportFailed(Reason reason, Path target, Throwable cause) {
        super("report export: " + reason, cause);
        this.reason = reason;
        this.target = target;
    }

    public Reason reason() {
        return reason;
    }

    public Path target() {
        return target;
    }

    /** The Chinese message for the user. */
    public String userMessage() {
        return ReportTexts.text("report.export." + reason.name(), target);
    }
}
