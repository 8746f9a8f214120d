package org.residencedesk.storage.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.residencedesk.port.report.OverdueItem;
import org.residencedesk.port.report.ReportLists;
import org.residencedesk.storage.CurrentSession;

/**
 * The overdue lists, oldest first, limited (ADR 0401): the first rows are picked from a covering index of
 * PERMIT_APPLICATION alone (PERMIT_STATUS_PROMISED, PERMIT_STATUS_PRINTED) and only those are joined with their person
 * and registration: sorting every open permit with its joined rows took seconds with 300,000 permits.
 */
public final class JdbcReportLists implements ReportLists {
    private static final String COLUMNS = "SELECT p.ID, p.ACCEPTANCE_NO, pe.NAME, pe.ID_NUMBER, r.RESIDENCE_DIVISION, ";
    private static final String JOINS = " JOIN PERMIT_APPLICATION p ON p.ID = f.ID"
            + " JOIN PERSON pe ON pe.ID = p.PERSON_ID"
            + " JOIN RESIDENCE_REGISTRATION r ON r.ID = p.REGISTRATION_ID";
    /** Open permits past their promised day; parameters: the day, the limit. */
    static final String PAST_PROMISED = COLUMNS + "p.PROMISED_ON FROM (SELECT ID, PROMISED_ON FROM PERMIT_APPLICATION"
            + " WHERE STATUS IN " + WorkFigures.OPEN_STATUSES + " AND PROMISED_ON < ? AND ISSUED_ON IS NULL"
            + " ORDER BY PROMISED_ON, ID FETCH FIRST ? ROWS ONLY) f" + JOINS + " ORDER BY p.PROMISED_ON, p.ID";
    /** Printed cards not collected, printed before the day; parameters: the day, the limit. */
    static final String COLLECTION_OVERDUE = COLUMNS + "p.PRINTED_ON FROM (SELECT ID, PRINTED_ON FROM"
            + " PERMIT_APPLICATION WHERE STATUS = 'PRINTED' AND PRINTED_ON < ? ORDER BY PRINTED_ON, ID"
            + " FETCH FIRST ? ROWS ONLY) f" + JOINS + " ORDER BY p.PRINTED_ON, p.ID";
    private final CurrentSession sessions;

    public JdbcReportLists(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<OverdueItem> pastPromisedDate(LocalDate day, int limit) {
        return rows(PAST_PROMISED, day, limit);
    }

    @Override
    public List<OverdueItem> collectionOverdue(LocalDate day, int overdueDays, int limit) {
        return rows(COLLECTION_OVERDUE, day.minusDays(overdueDays), limit);
    }

    private List<OverdueItem> rows(String sql, LocalDate bound, int limit) {
        List<OverdueItem> out = new ArrayList<>();
        Sql.query(sessions, sql, rs -> out.add(new OverdueItem(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), Sql.day(rs, 6))), bound, limit);
        return out;
    }
}
