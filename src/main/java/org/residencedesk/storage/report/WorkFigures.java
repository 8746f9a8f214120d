package org.residencedesk.storage.report;

import java.util.List;
import org.residencedesk.port.report.FigureDefinition;
import org.residencedesk.port.report.FigureGroup;
import org.residencedesk.port.report.GroupCounts;
import org.residencedesk.port.report.ReportWindow;
import org.residencedesk.storage.CurrentSession;

/**
 * 待办与超期: the queues as they stand (待审核, 待制证, 待领取) and the overdue work on the window's last day:
 * applications past their promised date without a first card issued (超期未办结) and printed cards not collected
 * for more than the station policy's overdue days (逾期未领). The same rules as the permit lists
 * ({@code PermitApplication.isPastPromisedDateOn}, {@code isCollectionOverdueOn}).
 */
public final class WorkFigures implements FigureGroup {
    static final String OPEN_STATUSES = "('ACCEPTED', 'APPROVED', 'PRINTED')";
    private final CurrentSession sessions;
    private final int overdueCollectionDays;

    /** @param overdueCollectionDays the station policy's days after printing (站点政策, default 30) */
    public WorkFigures(CurrentSession sessions, int overdueCollectionDays) {
        this.sessions = sessions;
        this.overdueCollectionDays = overdueCollectionDays;
    }

    @Override
    public String id() {
        return "work";
    }

    @Override
    public String labelKey() {
        return "report.group.work";
    }

    @Override
    public List<FigureDefinition> figures() {
        return List.of(FigureDefinition.stock("awaitingReview", "report.figure.work.awaitingReview"),
                FigureDefinition.stock("awaitingPrint", "report.figure.work.awaitingPrint"),
                FigureDefinition.stock("awaitingCollection", "report.figure.work.awaitingCollection"),
                FigureDefinition.stock("pastPromisedDate", "report.figure.work.pastPromisedDate"),
                FigureDefinition.stock("collectionOverdue", "report.figure.work.collectionOverdue"));
    }

    @Override
    public GroupCounts count(ReportWindow w) {
        Tally t = new Tally();
        t.stock("awaitingReview", queue("ACCEPTED"));
        t.stock("awaitingPrint", queue("APPROVED"));
        t.stock("awaitingCollection", queue("PRINTED"));
        t.stock("pastPromisedDate", Sql.count(sessions, "SELECT COUNT(*) FROM PERMIT_APPLICATION WHERE STATUS IN "
                + OPEN_STATUSES + " AND PROMISED_ON < ? AND ISSUED_ON IS NULL", w.to()));
        t.stock("collectionOverdue", Sql.count(sessions, "SELECT COUNT(*) FROM PERMIT_APPLICATION"
                + " WHERE STATUS = 'PRINTED' AND PRINTED_ON < ?", w.to().minusDays(overdueCollectionDays)));
        return t.counts();
    }

    private long queue(String status) {
        return Sql.count(sessions, "SELECT COUNT(*) FROM PERMIT_APPLICATION WHERE STATUS = ?", status);
    }
}
