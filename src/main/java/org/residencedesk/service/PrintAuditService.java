package org.residencedesk.service;

import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.printing.PrintOutcome;

/** Every print, reprint and PDF export is audited with its document, printer, outcome and reason. */
public final class PrintAuditService {
    private final Transactions tx;
    private final AuditLog audit;

    public PrintAuditService(Transactions tx, AuditLog audit) {
        this.tx = tx;
        this.audit = audit;
    }

    @Requires(Permission.DOCUMENT_OUTPUT)
    public void recordPrint(Operator op, String documentNumber, PrintOutcome outcome, String reason) {
        op.require(Permission.DOCUMENT_OUTPUT);
        String detail = outcome.documentType().name() + " printer=" + outcome.printerName() + " pages="
                + outcome.pages() + " copies=" + outcome.copies() + " status=" + outcome.status()
                + (reason == null || reason.isBlank() ? "" : " reason=" + reason.strip());
        tx.run(() -> audit.append(new AuditRecord(op.login(), AuditAction.DOCUMENT_PRINTED, "DOCUMENT",
                documentNumber, detail)));
    }

    @Requires(Permission.DOCUMENT_OUTPUT)
    public void recordExport(Operator op, String documentNumber, String documentType) {
        op.require(Permission.DOCUMENT_OUTPUT);
        tx.run(() -> audit.append(new AuditRecord(op.login(), AuditAction.DATA_EXPORTED, "DOCUMENT",
                documentNumber, documentType + " pdf")));
    }

    /** A list written to a file (e.g. 到期签注提醒 for notification): which list and how many rows, never the people. */
    @Requires(Permission.DOCUMENT_OUTPUT)
    public void recordListExport(Operator op, String listName, int rows) {
        op.require(Permission.DOCUMENT_OUTPUT);
        tx.run(() -> audit.append(new AuditRecord(op.login(), AuditAction.DATA_EXPORTED, "LIST", listName,
                listName + " csv rows=" + rows)));
    }
}
