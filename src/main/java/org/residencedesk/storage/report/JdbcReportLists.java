package org.residencedesk.storage.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.residencedesk.port.report.OverdueItem;
import org.residencedesk.port.report.ReportLists;
import org.residencedesk.storage.CurrentSession;

/** The overdue lists: indexed ranges (PERMIT_STATUS_PROMISED, PERMIT_STATUS_SINCE), oldest first, limited. */
public final class JdbcReportLists implements ReportLists {
    private static final String COLUMNS = "SELECT p.ID, p.ACCEPTANCE_NO, pe.NAME, pe.ID_NUMBER, r.RESIDENCE_DIVISION, ";
    private static final String JOINS = " FROM PERMIT_APPLICATION p JOIN PERSON pe ON pe.ID = p.PERSON_ID"
            + " JOIN RESIDENCE_REGISTRATION r ON r.ID = p.REGISTRATION_ID";
    private final CurrentSession sessions;

    public JdbcReportLists(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<OverdueItem> pastPromisedDate(LocalDate day, int limit) {
        return rows(COLUMNS + "p.PROMISED_ON" + JOINS + " WHERE p.STATUS IN " + WorkFigures.OPEN_STATUSES
                + " AND p.PROMISED_ON < ? AND p.ISSUED_ON IS NULL ORDER BY p.PROMISED_ON, p.ID"
                + " FETCH FIRST " + limit + " ROWS ONLY", day);
    }

    @Override
    public List<OverdueItem> collectionOverdue(LocalDate day, int overdueDays, int limit) {
        return rows(COLUMNS + "p.PRINTED_ON" + JOINS + " WHERE p.STATUS = 'PRINTED' AND p.PRINTED_ON < ?"
                + " ORDER BY p.PRINTED_ON, p.ID FETCH FIRST " + limit + " ROWS ONLY", day.minusDays(overdueDays));
    }

    private List<OverdueItem> rows(String sql, LocalDate bound) {
        List<OverdueItem> out = new ArrayList<>();
        Sql.query(sessions, sql, rs -> out.add(new OverdueItem(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), Sql.day(rs, 6))), bound);
        return out;
    }
}
