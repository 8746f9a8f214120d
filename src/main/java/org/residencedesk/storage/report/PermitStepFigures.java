package org.residencedesk.storage.report;

import java.time.LocalDate;

import org.residencedesk.port.report.ReportWindow;
import org.residencedesk.storage.CurrentSession;

/**
 * The one query over PERMIT_STEP (Flyway V15) the permit groups share: steps of the given actions on the
 * window's days, grouped by action, statuses, operator, the registration's division and day; an indexed range
 * on PERMIT_STEP_DAY per action.
 */
final class PermitStepFigures {
    private PermitStepFigures() {
    }

    interface StepRow {
        void add(String action, String from, String to, String operator, String division, LocalDate day, long n,
                 long feeFen);
    }

    /**
     * The steps of some actions in a range of days, counted and their fees summed by action, statuses, operator, the
     * registration's division and day; parameters: the actions, the first and the last day. Read from the covering
     * indexes PERMIT_STEP_DAY, PERMIT_ID_REGISTRATION and REGISTRATION_ID_DIVISION only (ADR 0401).
     */
    static String sql(int actions) {
        return "SELECT s.STEP_ACTION, s.FROM_STATUS, s.TO_STATUS, s.OPERATOR, r.RESIDENCE_DIVISION,"
                + " s.STEP_DAY, COUNT(*), SUM(s.FEE_FEN) FROM PERMIT_STEP s"
                + " JOIN PERMIT_APPLICATION p ON p.ID = s.PERMIT_ID"
                + " JOIN RESIDENCE_REGISTRATION r ON r.ID = p.REGISTRATION_ID"
                + " WHERE s.STEP_ACTION IN (" + String.join(", ", java.util.Collections.nCopies(actions, "?"))
                + ") AND s.STEP_DAY BETWEEN ? AND ?"
                + " GROUP BY s.STEP_ACTION, s.FROM_STATUS, s.TO_STATUS, s.OPERATOR, r.RESIDENCE_DIVISION, s.STEP_DAY";
    }

    static void steps(CurrentSession sessions, ReportWindow w, StepRow row, String... actions) {
        Object[] params = new Object[actions.length + 2];
        System.arraycopy(actions, 0, params, 0, actions.length);
        params[actions.length] = w.from();
        params[actions.length + 1] = w.to();
        Sql.query(sessions, sql(actions.length),
                rs -> row.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Sql.day(rs, 6), rs.getLong(7), rs.getLong(8)), params);
    }
}
