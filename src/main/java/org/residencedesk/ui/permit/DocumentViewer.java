package org.residencedesk.ui.permit;

import java.util.function.Consumer;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;

/**
 * Where a permit view model sends a document to show (notice, receipt, card): in the window the shared print
 * preview ({@link DocumentPreviews}); in view-model tests a list. Each print from it reports its outcome.
 */
@FunctionalInterface
public interface DocumentViewer {
    void open(String title, PrintDocument document, Consumer<PrintOutcome> onOutcome);

    /** Shows a document whose prints need no follow-up. */
    default void show(String title, PrintDocument document) {
        open(title, document, outcome -> { });
    }
}
