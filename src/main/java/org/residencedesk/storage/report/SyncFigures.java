package org.residencedesk.storage.report;

import java.util.List;
import org.residencedesk.port.report.FigureDefinition;
import org.residencedesk.port.report.FigureGroup;
import org.residencedesk.port.report.GroupCounts;
import org.residencedesk.port.report.ReportWindow;
import org.residencedesk.storage.CurrentSession;

/**
 * 同步: the outbox backlog, events the platform has not acknowledged yet (STATUS PENDING, on the
 * OUTBOX_EVENT_STATUS index). The last upload and the rejected events come with the sync register's tables and
 * are a later addition to this group.
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
        return List.of(FigureDefinition.stock("backlog", "report.figure.sync.backlog"));
    }

    @Override
    public GroupCounts count(ReportWindow w) {
        return new Tally().stock("backlog", Sql.count(sessions,
                "SELECT COUNT(*) FROM OUTBOX_EVENT WHERE STATUS = 'PENDING'")).counts();
    }
}
