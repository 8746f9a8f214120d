package org.residencedesk.storage.report;

import java.util.List;
import org.residencedesk.port.report.FigureDefinition;
import org.residencedesk.port.report.FigureGroup;
import org.residencedesk.port.report.GroupCounts;
import org.residencedesk.port.report.ReportWindow;
import org.residencedesk.storage.CurrentSession;

/**
 * 申领: applications submitted, accepted (受理), approved and rejected (by staff or the platform's review) from the
 * permit steps; 待补材料 is the number of applications waiting for materials now that were submitted by the
 * window's last day (a stock, read from PERMIT_APPLICATION's STATUS).
 */
public final class ApplicationFigures implements FigureGroup {
    private final CurrentSession sessions;

    public ApplicationFigures(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public String id() {
        return "applications";
    }

    @Override
    public String labelKey() {
        return "report.group.applications";
    }

    @Override
    public List<FigureDefinition> figures() {
        return List.of(FigureDefinition.flow("submitted", "report.figure.applications.submitted"),
                FigureDefinition.flow("accepted", "report.figure.applications.accepted"),
                FigureDefinition.flow("approved", "report.figure.applications.approved"),
                FigureDefinition.flow("rejected", "report.figure.applications.rejected"),
                FigureDefinition.stock("awaitingMaterials", "report.figure.applications.awaitingMaterials"));
    }

    @Override
    public GroupCounts count(ReportWindow w) {
        Tally t = new Tally();
        PermitStepFigures.steps(sessions, w, (action, from, to, operator, division, day, n, fee) -> {
            String figure = switch (action) {
                case "SUBMIT" -> "submitted";
                case "ACCEPT" -> "accepted";
                case "APPROVE" -> "approved";
                case "REJECT" -> "rejected";
                default -> "APPROVED".equals(to) ? "approved" : "rejected"; // PLATFORM_REVIEW
            };
            t.add(figure, operator, division, day, n);
        }, "SUBMIT", "ACCEPT", "APPROVE", "REJECT", "PLATFORM_REVIEW");
        t.stock("awaitingMaterials", Sql.count(sessions, "SELECT COUNT(*) FROM PERMIT_APPLICATION"
                + " WHERE STATUS = 'AWAITING_MATERIALS' AND STATUS_SINCE <= ?", w.to()));
        return t.counts();
    }
}
