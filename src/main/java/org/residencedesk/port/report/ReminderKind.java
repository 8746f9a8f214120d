package org.residencedesk.port.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reminders that reach people (issue 15 item 4, ADRs 0287, 0327): 到期签注提醒 (the last day to endorse within the
 * policy's reminder days), 逾期未签注 (the anniversary passed unendorsed), 待领证 (a printed card waiting) and
 * 拟居住期限届满 (an active registration whose intended stay ended before today).
 */
public enum ReminderKind {
    ENDORSEMENT_DUE("due"), LAPSED("lapsed"), AWAITING_COLLECTION("collection"), STAY_ENDED("stay-ended");

    private final String cliName;

    ReminderKind(String cliName) {
        this.cliName = cliName;
    }

    public String labelKey() {
        return "report.reminder.kind." + name();
    }

    /** The command line's name of the kind ({@code reminders --kind due|lapsed|collection|stay-ended}). */
    public String cliName() {
        return cliName;
    }

    public static Optional<ReminderKind> ofCliName(String name) {
        return Arrays.stream(values()).filter(k -> k.cliName.equals(name)).findFirst();
    }

    /** Whether the list is about a permit (the other kind is about a registration). */
    public boolean aboutPermit() {
        return this != STAY_ENDED;
    }
}
