package org.residencedesk.port.printing;

/**
 * Every printable document the counter produces. The template id is the file name (without
 * {@code .jrxml}) under the classpath folder {@code print-templates/}; parameters are documented
 * in {@code print-templates/README.md}.
 */
public enum DocumentType {
    REGISTRATION_CERTIFICATE("registration-certificate", PaperKind.A4),
    ACCEPTANCE_RECEIPT("acceptance-receipt", PaperKind.A4),
    MISSING_MATERIALS_NOTICE("missing-materials-notice", PaperKind.A4),
    REJECTION_NOTICE("rejection-notice", PaperKind.A4),
    PERMIT_CARD("permit-card", PaperKind.CR80),
    ENDORSEMENT_RECORD("endorsement-record", PaperKind.A4),
    ISSUANCE_RECEIPT("issuance-receipt", PaperKind.A4),
    CALIBRATION_CARD("calibration-card", PaperKind.CR80),
    /** 居住证明 with its verification code (ADR 0223). */
    RESIDENCE_PROOF("residence-proof", PaperKind.A4),
    /** 居住证办理提醒函, one page per person (issue 15 item 4, ADR 0326). */
    REMINDER_LETTER("reminder-letter", PaperKind.A4),
    /** 提醒名单: one reminder kind's people, one row each, ID numbers masked (ADR 0328). */
    REMINDER_LIST("reminder-list", PaperKind.A4),
    /** 日报, printed from the same sheet as its PDF/XLSX export (ADR 0345). */
    DAILY_SUMMARY("daily-summary", PaperKind.A4),
    /** 统计报表 with its two charts (ADR 0345). */
    PERIOD_STATISTICS("period-statistics", PaperKind.A4);

    private final String templateId;
    private final PaperKind paper;

    DocumentType(String templateId, PaperKind paper) {
        this.templateId = templateId;
        this.paper = paper;
    }

    public String templateId() {
        return templateId;
    }

    public PaperKind paper() {
        return paper;
    }

    /** Card documents are overprinted on pre-printed blanks, so the printer's calibration applies. */
    public boolean isCard() {
        return paper == PaperKind.CR80;
    }
}
