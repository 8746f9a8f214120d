package org.residencedesk.port.report;

import java.time.LocalDate;
import java.util.List;

/** The people behind each reminder kind, on indexed ranges of PERMIT_APPLICATION, soonest or oldest first. */
public interface ReminderLists {

    /**
     * @param today       the station day
     * @param horizonDays the policy's endorsement reminder days (到期签注提醒)
     * @param village     a residence division code, or null for the whole station
     */
    List<ReminderItem> reminders(ReminderKind kind, LocalDate today, int horizonDays, String village, int limit);
}
