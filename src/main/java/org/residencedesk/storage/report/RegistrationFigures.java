package org.residencedesk.storage.report;

import java.util.List;
import org.residencedesk.port.report.FigureDefinition;
import org.residencedesk.port.report.FigureGroup;
import org.residencedesk.port.report.GroupCounts;
import org.residencedesk.port.report.ReportWindow;
import org.residencedesk.storage.CurrentSession;

/**
 * 登记: new registrations (every registration made on a day, 换地登记 included) and 逾期登记 from
 * RESIDENCE_REGISTRATION (REGISTERED_ON, LATE_REGISTRATION, OPERATOR); changes and move-outs (注销) from
 * REGISTRATION_HISTORY (KIND CHANGED / CANCELLED, OCCURRED_AT in UTC), by the registration's residence division.
 */
public final class RegistrationFigures implements FigureGroup {
    private final CurrentSession sessions;

    public RegistrationFigures(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public String id() {
        return "registrations";
    }

    @Override
    public String labelKey() {
        return "report.group.registrations";
    }

    @Override
    public List<FigureDefinition> figures() {
        return List.of(FigureDefinition.flow("new", "report.figure.registrations.new"),
                FigureDefinition.flow("changed", "report.figure.registrations.changed"),
                FigureDefinition.flow("movedOut", "report.figure.registrations.movedOut"),
                FigureDefinition.flow("late", "report.figure.registrations.late"));
    }

    /** Registrations of a range of days: read from the REGISTRATION_DAY index alone (V22, ADR 0368). */
    static final String NEW_BY_DAY = "SELECT OPERATOR, RESIDENCE_DIVISION, REGISTERED_ON, COUNT(*),"
            + " SUM(CASE WHEN LATE_REGISTRATION THEN 1 ELSE 0 END) FROM RESIDENCE_REGISTRATION"
            + " WHERE REGISTERED_ON BETWEEN ? AND ? GROUP BY REGISTERED_ON, OPERATOR, RESIDENCE_DIVISION";
    /**
     * Changes and move-outs of a range of instants: REGISTRATION_HISTORY_KIND and REGISTRATION_ID_DIVISION alone, no
     * row of either table read (V22, ADR 0368; at 1,000,000 persons a month's 26,000 rows cost ≈ 3 s each way).
     */
    static final String CHANGED_OR_MOVED_OUT = "SELECT h.KIND, h.OPERATOR, r.RESIDENCE_DIVISION, COUNT(*)"
            + " FROM REGISTRATION_HISTORY h JOIN RESIDENCE_REGISTRATION r ON r.ID = h.REGISTRATION_ID"
            + " WHERE h.KIND IN ('CHANGED', 'CANCELLED') AND h.OCCURRED_AT >= ? AND h.OCCURRED_AT < ?"
            + " GROUP BY h.KIND, h.OPERATOR, r.RESIDENCE_DIVISION";

    @Override
    public GroupCounts count(ReportWindow w) {
        Tally t = new Tally();
        Sql.query(sessions, NEW_BY_DAY,
                rs -> {
                    t.add("new", rs.getString(1), rs.getString(2), Sql.day(rs, 3), rs.getLong(4));
                    t.add("late", rs.getString(1), rs.getString(2), Sql.day(rs, 3), rs.getLong(5));
                }, w.from(), w.to());
        Sql.query(sessions, CHANGED_OR_MOVED_OUT,
                rs -> t.add("CHANGED".equals(rs.getString(1)) ? "changed" : "movedOut", rs.getString(2),
                        rs.getString(3), null, rs.getLong(4)), w.start(), w.end());
        return t.counts();
    }
}
