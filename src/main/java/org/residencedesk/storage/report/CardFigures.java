package org.residencedesk.storage.report;

import java.util.List;
import org.residencedesk.port.report.FigureDefinition;
import org.residencedesk.port.report.FigureGroup;
import org.residencedesk.port.report.GroupCounts;
import org.residencedesk.port.report.ReportWindow;
import org.residencedesk.storage.CurrentSession;

/**
 * 制发证: cards printed (the first card of a print cycle: a PRINT step from APPROVED), reprinted (a PRINT step
 * from PRINTED: lost or wrong before handover), issued (发证), 换领, 补领 and 注销, from the permit steps.
 */
public final class CardFigures implements FigureGroup {
    private final CurrentSession sessions;

    public CardFigures(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public String id() {
        return "permits";
    }

    @Override
    public String labelKey() {
        return "report.group.permits";
    }

    @Override
    public List<FigureDefinition> figures() {
        return List.of(FigureDefinition.flow("printed", "report.figure.permits.printed"),
                FigureDefinition.flow("issued", "report.figure.permits.issued"),
                FigureDefinition.flow("reprinted", "report.figure.permits.reprinted"),
                FigureDefinition.flow("replaced", "report.figure.permits.replaced"),
                FigureDefinition.flow("reissued", "report.figure.permits.reissued"),
                FigureDefinition.flow("cancelled", "report.figure.permits.cancelled"));
    }

    @Override
    public GroupCounts count(ReportWindow w) {
        Tally t = new Tally();
        PermitStepFigures.steps(sessions, w, (action, from, to, operator, division, day, n, fee) -> {
            String figure = switch (action) {
                case "PRINT" -> "PRINTED".equals(from) ? "reprinted" : "printed";
                case "ISSUE" -> "issued";
                case "REPLACE" -> "replaced";
                case "REISSUE" -> "reissued";
                default -> "cancelled";
            };
            t.add(figure, operator, division, day, n);
        }, "PRINT", "ISSUE", "REPLACE", "REISSUE", "CANCEL");
        return t.counts();
    }
}
