package org.residencedesk.storage.report;

import java.util.List;
import org.residencedesk.port.report.FigureDefinition;
import org.residencedesk.port.report.FigureGroup;
import org.residencedesk.port.report.FigureUnit;
import org.residencedesk.port.report.GroupCounts;
import org.residencedesk.port.report.ReportWindow;
import org.residencedesk.storage.CurrentSession;

/**
 * 流出人口 from OUTFLOW_PERIOD (ADR 0285): new outflow records (CREATED_AT in the window, UTC bounds; per operator
 * who recorded it and per hukou village), returns (RETURNED_ON, the station day the person came back, per hukou
 * village — the row keeps only who recorded the period, not who recorded the return) and the people away now
 * (open periods, the unique OPEN_ID_NUMBER index; a stock). Indexes OUTFLOW_CREATED and OUTFLOW_RETURNED (V18).
 */
public final class OutflowFigures implements FigureGroup {
    private final CurrentSession sessions;

    public OutflowFigures(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public String id() {
        return "outflow";
    }

    @Override
    public String labelKey() {
        return "report.group.outflow";
    }

    @Override
    public List<FigureDefinition> figures() {
        return List.of(FigureDefinition.flow("new", "report.figure.outflow.new"),
                new FigureDefinition("returned", "report.figure.outflow.returned", FigureUnit.COUNT, false, false,
                        true),
                FigureDefinition.stock("away", "report.figure.outflow.away"));
    }

    @Override
    public GroupCounts count(ReportWindow w) {
        Tally t = new Tally();
        Sql.query(sessions, "SELECT OPERATOR, HUKOU_DIVISION, COUNT(*) FROM OUTFLOW_PERIOD"
                        + " WHERE CREATED_AT >= ? AND CREATED_AT < ? GROUP BY OPERATOR, HUKOU_DIVISION",
                rs -> t.add("new", rs.getString(1), rs.getString(2), null, rs.getLong(3)), w.start(), w.end());
        Sql.query(sessions, "SELECT HUKOU_DIVISION, RETURNED_ON, COUNT(*) FROM OUTFLOW_PERIOD"
                        + " WHERE RETURNED_ON BETWEEN ? AND ? GROUP BY RETURNED_ON, HUKOU_DIVISION",
                rs -> t.add("returned", null, rs.getString(1), Sql.day(rs, 2), rs.getLong(3)), w.from(), w.to());
        t.stock("away", Sql.count(sessions,
                "SELECT COUNT(*) FROM OUTFLOW_PERIOD WHERE OPEN_ID_NUMBER IS NOT NULL"));
        return t.counts();
    }
}
