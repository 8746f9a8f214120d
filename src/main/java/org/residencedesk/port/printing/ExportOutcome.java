package org.residencedesk.port.printing;

import java.nio.file.Path;
import java.util.Objects;

/** Result of a PDF export, with a Chinese message for the user. */
public record ExportOutcome(DocumentType documentType, Path target, int pages, boolean succeeded,
                            String message) {

    public ExportOutcome {
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(message, "message");
    }
}
