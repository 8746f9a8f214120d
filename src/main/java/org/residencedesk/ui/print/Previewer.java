package org.residencedesk.ui.print;

import org.residencedesk.port.printing.PrintDocument;

/**
 * Shows a document in the window's print preview (FX thread); the prints and PDF exports made there are recorded by
 * {@code audit} (ADR 0347). In view-model tests a list.
 */
@FunctionalInterface
public interface Previewer {
    void show(String title, PrintDocument document, PreviewAudit audit);
}
