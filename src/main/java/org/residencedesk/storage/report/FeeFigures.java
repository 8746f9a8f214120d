package org.residencedesk.storage.report;

import java.util.List;
import org.residencedesk.port.report.FigureDefinition;
import org.residencedesk.port.report.FigureGroup;
import org.residencedesk.port.report.GroupCounts;
import org.residencedesk.port.report.ReportWindow;
import org.residencedesk.storage.CurrentSession;

/** 收费: fees charged for 换领 and 补领 (the only charged steps; amounts in fen as the policy set them then). */
public final class FeeFigures implements FigureGroup {
    private final CurrentSession sessions;

    public FeeFigures(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public String id() {
        return "fees";
    }

    @Override
    public String labelKey() {
        return "report.group.fees";
    }

    @Override
    public List<FigureDefinition> figures() {
        return List.of(FigureDefinition.flow("charged", "report.figure.fees.charged"),
                FigureDefinition.flow("taken", "report.figure.fees.taken").inFen());
    }

    @Override
    public GroupCounts count(ReportWindow w) {
        Tally t = new Tally();
        PermitStepFigures.steps(sessions, w, (action, from, to, operator, division, day, n, fee) -> {
            if (fee > 0) {
                t.add("charged", operator, division, day, n);
                t.add("taken", operator, division, day, fee);
            }
        }, "REPLACE", "REISSUE");
        return t.counts();
    }
}
