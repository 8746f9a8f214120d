package org.residencedesk.ui.print;

import org.residencedesk.port.printing.ExportOutcome;
import org.residencedesk.port.printing.PrintOutcome;

/**
 * How the prints and PDF exports made from one print preview are audited (ADR 0347): a document that knows what it
 * is (a report with its days, a reminder list with its kind, village and count) records that instead of the generic
 * document-type entry. Called off the FX thread, once per print (a stopped queue too) and per successful export.
 */
public interface PreviewAudit {

    void printed(PrintOutcome outcome);

    void exported(ExportOutcome outcome);
}
