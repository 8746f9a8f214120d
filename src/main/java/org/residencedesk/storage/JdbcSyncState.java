package org.residencedesk.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.residencedesk.port.platform.SyncStateStore;

/** The uploader's lease, run history and alert on Derby (V14); joins the caller's transaction. */
public final class JdbcSyncState implements SyncStateStore {
    private static final String RUN_COLUMNS = "ID, STARTED_AT, FINISHED_AT, RUN_TRIGGER, OUTCOME, UPLOADED, "
            + "DUPLICATES, REJECTED, BACKLOG, LAST_ACCEPTED_SEQ, MESSAGE, INBOX";

    private final CurrentSession sessions;

    public JdbcSyncState(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean acquireLease(String holder, Instant now, Instant until) {
        // one UPDATE: its row lock makes two takers wait for each other, and only one finds the condition true
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE SYNC_LEASE SET HOLDER = ?, EXPIRES_AT = ? "
                    + "WHERE NAME = 'uploader' AND (HOLDER IS NULL OR HOLDER = ? OR EXPIRES_AT < ?)")) {
                ps.setString(1, holder);
                UtcTimestamps.set(ps, 2, until);
                ps.setString(3, holder);
                UtcTimestamps.set(ps, 4, now);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void releaseLease(String holder) {
        sessions.session().doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE SYNC_LEASE SET HOLDER = NULL, EXPIRES_AT = NULL "
                    + "WHERE NAME = 'uploader' AND HOLDER = ?")) {
                ps.setString(1, holder);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public long recordRun(SyncRun run) {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO SYNC_RUN (STARTED_AT, FINISHED_AT, "
                    + "RUN_TRIGGER, OUTCOME, UPLOADED, DUPLICATES, REJECTED, BACKLOG, LAST_ACCEPTED_SEQ, MESSAGE, INBOX) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
                UtcTimestamps.set(ps, 1, run.startedAt());
                UtcTimestamps.set(ps, 2, run.finishedAt());
                ps.setString(3, run.trigger());
                ps.setString(4, run.outcome());
                ps.setInt(5, run.uploaded());
                ps.setInt(6, run.duplicates());
                ps.setInt(7, run.rejected());
                ps.setLong(8, run.backlog());
                ps.setLong(9, run.lastAcceptedSeq());
                ps.setString(10, clip(run.message()));
                ps.setInt(11, run.inbox());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public List<SyncRun> recentRuns(int limit) {
        return runs("SELECT " + RUN_COLUMNS + " FROM SYNC_RUN ORDER BY ID DESC FETCH FIRST ? ROWS ONLY", limit);
    }

    @Override
    public Optional<SyncRun> lastSuccessfulRun() {
        return runs("SELECT " + RUN_COLUMNS + " FROM SYNC_RUN WHERE OUTCOME = 'OK' ORDER BY ID DESC "
                + "FETCH FIRST ? ROWS ONLY", 1).stream().findFirst();
    }

    private List<SyncRun> runs(String sql, int limit) {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, limit);
                List<SyncRun> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SyncRun(rs.getLong(1), UtcTimestamps.get(rs, 2), UtcTimestamps.get(rs, 3),
                                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                                rs.getLong(9), rs.getLong(10), rs.getString(11), rs.getInt(12)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<SyncAlert> openAlert() {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT RAISED_AT, KIND, SEQ, MESSAGE FROM SYNC_ALERT "
                    + "WHERE CLEARED_AT IS NULL ORDER BY ID FETCH FIRST 1 ROWS ONLY");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new SyncAlert(UtcTimestamps.get(rs, 1), rs.getString(2), rs.getLong(3),
                        rs.getString(4))) : Optional.<SyncAlert>empty();
            }
        });
    }

    @Override
    public void raiseAlert(SyncAlert alert) {
        sessions.session().doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO SYNC_ALERT (RAISED_AT, KIND, SEQ, MESSAGE) VALUES (?, ?, ?, ?)")) {
                UtcTimestamps.set(ps, 1, alert.raisedAt());
                ps.setString(2, alert.kind());
                ps.setLong(3, alert.seq());
                ps.setString(4, clip(alert.message()));
                ps.executeUpdate();
            }
        });
    }

    @Override
    public boolean clearAlert(String clearedBy, Instant at) {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE SYNC_ALERT SET CLEARED_AT = ?, CLEARED_BY = ? WHERE CLEARED_AT IS NULL")) {
                UtcTimestamps.set(ps, 1, at);
                ps.setString(2, clearedBy);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static String clip(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }

}
