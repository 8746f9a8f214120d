package org.residencedesk.storage.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.residencedesk.port.report.ReminderItem;
import org.residencedesk.port.report.ReminderKind;
import org.residencedesk.port.report.ReminderLists;
import org.residencedesk.storage.CurrentSession;

/**
 * The reminder lists on the PERMIT_STATUS_ANNIVERSARY and PERMIT_STATUS_SINCE indexes, joined to the holder
 * (name, ID number, mobile) and the registration (village, address). The same rules as {@code PermitQueries}:
 * due = an issued permit whose last day to endorse (anniversary − 1) lies in [today, today + horizon]; lapsed =
 * issued or suspended with the anniversary on or before today; waiting = printed. 拟居住期限届满 (ADR 0327) reads
 * RESIDENCE_REGISTRATION on REGISTRATION_STAY_END: active, the intended stay's last day before today.
 */
public final class JdbcReminderLists implements ReminderLists {
    private static final String SELECT = "SELECT p.ID, pe.NAME, pe.ID_NUMBER, pe.MOBILE, r.RESIDENCE_DIVISION,"
            + " r.ADDRESS_TEXT, p.PERMIT_NO, ";
    private static final String JOINS = " FROM PERMIT_APPLICATION p JOIN PERSON pe ON pe.ID = p.PERSON_ID"
            + " JOIN RESIDENCE_REGISTRATION r ON r.ID = p.REGISTRATION_ID WHERE ";
    private final CurrentSession sessions;

    public JdbcReminderLists(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<ReminderItem> reminders(ReminderKind kind, LocalDate today, int horizonDays, String village,
                                        int limit) {
        if (kind == ReminderKind.STAY_ENDED) {
            return stayEnded(today, village, limit);
        }
        String where;
        String order;
        List<Object> params = new ArrayList<>();
        switch (kind) {
            case ENDORSEMENT_DUE -> {
                where = "p.STATUS = 'ISSUED' AND p.NEXT_ANNIVERSARY BETWEEN ? AND ?";
                order = "p.NEXT_ANNIVERSARY";
                params.add(today.plusDays(1));
                params.add(today.plusDays(horizonDays + 1L));
            }
            case LAPSED -> {
                where = "p.STATUS IN ('ISSUED', 'SUSPENDED') AND p.NEXT_ANNIVERSARY <= ?";
                order = "p.NEXT_ANNIVERSARY";
                params.add(today);
            }
            default -> {
                where = "p.STATUS = 'PRINTED'";
                order = "p.PRINTED_ON";
            }
        }
        if (village != null) {
            where += " AND r.RESIDENCE_DIVISION = ?";
            params.add(village);
        }
        String dayColumn = kind == ReminderKind.AWAITING_COLLECTION ? "p.PRINTED_ON" : "p.NEXT_ANNIVERSARY";
        List<ReminderItem> out = new ArrayList<>();
        Sql.query(sessions, SELECT + dayColumn + JOINS + where + " ORDER BY " + order + ", p.ID FETCH FIRST " + limit
                + " ROWS ONLY", rs -> {
                    LocalDate day = Sql.day(rs, 8);
                    out.add(new ReminderItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6),
                            kind == ReminderKind.ENDORSEMENT_DUE && day != null ? day.minusDays(1) : day,
                            rs.getString(7)));
                }, params.toArray());
        return out;
    }

    /** Active registrations whose intended stay's last day lies before today, the longest ended first. */
    private List<ReminderItem> stayEnded(LocalDate today, String village, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(today);
        String where = "r.STATUS = 'ACTIVE' AND r.INTENDED_STAY_END < ?";
        if (village != null) {
            where += " AND r.RESIDENCE_DIVISION = ?";
            params.add(village);
        }
        List<ReminderItem> out = new ArrayList<>();
        Sql.query(sessions, "SELECT r.ID, pe.NAME, pe.ID_NUMBER, pe.MOBILE, r.RESIDENCE_DIVISION, r.ADDRESS_TEXT,"
                + " r.REG_NUMBER, r.INTENDED_STAY_END FROM RESIDENCE_REGISTRATION r JOIN PERSON pe ON pe.ID = r.PERSON_ID"
                + " WHERE " + where + " ORDER BY r.INTENDED_STAY_END, r.ID FETCH FIRST " + limit + " ROWS ONLY",
                rs -> out.add(new ReminderItem(Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), Sql.day(rs, 8), rs.getString(7))),
                params.toArray());
        return out;
    }
}
