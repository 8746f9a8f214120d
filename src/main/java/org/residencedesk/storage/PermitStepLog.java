package org.residencedesk.storage;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.Session;
import org.residencedesk.domain.permit.PermitApplication;

/**
 * Keeps PERMIT_STEP equal to the permit's history (Flyway V15, ADR 0241): on every save the transitions not yet
 * stored are appended, in the caller's transaction, so the reports count steps with aggregate SQL. A history only
 * grows, so a step once stored never changes; the rows are {@link PermitRows#steps}.
 */
final class PermitStepLog {
    private PermitStepLog() {
    }

    static void append(Session session, PermitApplication permit, ZoneId zone) {
        session.doWork(c -> {
            int stored;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM PERMIT_STEP WHERE PERMIT_ID = ?")) {
                ps.setString(1, permit.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    stored = rs.getInt(1);
                }
            }
            List<PermitRows.Step> steps = PermitRows.steps(permit, zone);
            if (stored >= steps.size()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERMIT_STEP (PERMIT_ID, STEP_NO, STEP_ACTION,"
                    + " FROM_STATUS, TO_STATUS, OCCURRED_AT, STEP_DAY, OPERATOR, FEE_FEN)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (PermitRows.Step step : steps.subList(stored, steps.size())) {
                    ps.setString(1, permit.id());
                    ps.setInt(2, step.stepNo());
                    ps.setString(3, step.action());
                    ps.setString(4, step.fromStatus());
                    ps.setString(5, step.toStatus());
                    UtcTimestamps.set(ps, 6, step.at());
                    ps.setDate(7, Date.valueOf(step.day()));
                    ps.setString(8, step.operator());
                    ps.setLong(9, step.feeFen());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
