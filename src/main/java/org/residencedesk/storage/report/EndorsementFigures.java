package org.residencedesk.storage.report;

import java.util.List;
import org.residencedesk.port.report.FigureDefinition;
import org.residencedesk.port.report.FigureGroup;
import org.residencedesk.port.report.GroupCounts;
import org.residencedesk.port.report.ReportWindow;
import org.residencedesk.storage.CurrentSession;

/**
 * 签注: endorsements made (and how many of them late, i.e. from 中止) from the permit steps; due within the
 * reminder horizon and lapsed on the window's last day from PERMIT_APPLICATION's NEXT_ANNIVERSARY (the same
 * ranges as the 到期签注提醒 and 逾期未签注 lists).
 */
public final class EndorsementFigures implements FigureGroup {
    private final CurrentSession sessions;
    private final int horizonDays;

    /** @param horizonDays the station policy's reminder horizon (到期签注提醒, default 30) */
    public EndorsementFigures(CurrentSession sessions, int horizonDays) {
        this.sessions = sessions;
        this.horizonDays = horizonDays;
    }

    @Override
    public String id() {
        return "endorsements";
    }

    @Override
    public String labelKey() {
        return "report.group.endorsements";
    }

    @Override
    public List<FigureDefinition> figures() {
        return List.of(FigureDefinition.flow("made", "report.figure.endorsements.made"),
                FigureDefinition.flow("late", "report.figure.endorsements.late"),
                FigureDefinition.stock("dueSoon", "report.figure.endorsements.dueSoon"),
                FigureDefinition.stock("lapsed", "report.figure.endorsements.lapsed"));
    }

    @Override
    public GroupCounts count(ReportWindow w) {
        Tally t = new Tally();
        PermitStepFigures.steps(sessions, w, (action, from, to, operator, division, day, n, fee) -> {
            t.add("made", operator, division, day, n);
            if ("SUSPENDED".equals(from)) {
                t.add("late", operator, division, day, n);
            }
        }, "ENDORSE");
        // last day to endorse = anniversary - 1 within [day, day + horizon]
        t.stock("dueSoon", Sql.count(sessions, "SELECT COUNT(*) FROM PERMIT_APPLICATION WHERE STATUS = 'ISSUED'"
                + " AND NEXT_ANNIVERSARY BETWEEN ? AND ?", w.to().plusDays(1), w.to().plusDays(horizonDays + 1L)));
        t.stock("lapsed", Sql.count(sessions, "SELECT COUNT(*) FROM PERMIT_APPLICATION"
                + " WHERE STATUS IN ('ISSUED', 'SUSPENDED') AND NEXT_ANNIVERSARY <= ?", w.to()));
        return t.counts();
    }
}
