package org.residencedesk.port.report;

/**
 * The reminders that reach people (issue 15 item 4, ADR 0287): 到期签注提醒 (the last day to endorse within the
 * policy's reminder days), 逾期未签注 (the anniversary passed unendorsed) and 待领证 (a printed card waiting).
 */
public enum ReminderKind {
    ENDORSEMENT_DUE, LAPSED, AWAITING_COLLECTION;

    public String labelKey() {
        return "report.reminder.kind." + name();
    }
}
