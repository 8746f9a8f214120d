package org.residencedesk.storage.report;

import java.util.List;
import org.residencedesk.port.report.FigureDefinition;
import org.residencedesk.port.report.FigureGroup;
import org.residencedesk.port.report.FigureUnit;
import org.residencedesk.port.report.GroupCounts;
import org.residencedesk.port.report.ReportWindow;
import org.residencedesk.storage.CurrentSession;

/**
 * 同步 (ADR 0285): successful upload runs in the window (SYNC_RUN OUTCOME OK, FINISHED_AT in the window's UTC
 * bounds); the last successful upload before the window's end (an instant, {@link FigureUnit#INSTANT}, read
 * backwards on the SYNC_RUN_OUTCOME index); the outbox backlog (STATUS PENDING) and the events the platform
 * rejected (STATUS REJECTED), both on the OUTBOX_EVENT_STATUS index, as they stand now.
 */
public final class SyncFigures implements FigureGroup {
    private final CurrentSession sessions;

    public SyncFigures(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public String id() {
        return "sync";
    }

    @Override
    public String labelKey() {
        return "report.group.sync";
    }

    @Override
    public List<FigureDefinition> figures() {
        return List.of(new FigureDefinition("uploads", "report.figure.sync.uploads", FigureUnit.COUNT, false, false,
                        false),
                new FigureDefinition("lastUpload", "report.figure.sync.lastUpload", FigureUnit.INSTANT, true, false,
                        false),
                FigureDefinition.stock("backlog", "report.figure.sync.backlog"),
                FigureDefinition.stock("rejected", "report.figure.sync.rejected"));
    }

    @Override
    public GroupCounts count(ReportWindow w) {
        Tally t = new Tally();
        t.add("uploads", null, null, null, Sql.count(sessions, "SELECT COUNT(*) FROM SYNC_RUN WHERE OUTCOME = 'OK'"
                + " AND FINISHED_AT >= ? AND FINISHED_AT < ?", w.start(), w.end()));
        long[] last = {0};
        Sql.query(sessions, "SELECT FINISHED_AT FROM SYNC_RUN WHERE OUTCOME = 'OK' AND FINISHED_AT < ?"
                + " ORDER BY ID DESC FETCH FIRST 1 ROWS ONLY", rs -> last[0] = Sql.instant(rs, 1).getEpochSecond(),
                w.end());
        t.stock("lastUpload", last[0]);
        t.stock("backlog", Sql.count(sessions, "SELECT COUNT(*) FROM OUTBOX_EVENT WHERE STATUS = 'PENDING'"));
        t.stock("rejected", Sql.count(sessions, "SELECT COUNT(*) FROM OUTBOX_EVENT WHERE STATUS = 'REJECTED'"));
        return t.counts();
    }
}
