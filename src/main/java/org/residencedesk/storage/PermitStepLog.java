package org.residencedesk.storage;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.Session;
import org.residencedesk.domain.permit.FeeRecord;
import org.residencedesk.domain.permit.PermitAction;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitTransition;

/**
 * Keeps PERMIT_STEP equal to the permit's history (Flyway V15, ADR 0241): on every save the transitions not yet
 * stored are appended, in the caller's transaction, so the reports count steps with aggregate SQL. A history only
 * grows, so a step once stored never changes. The k-th 换领/补领 step carries the k-th fee of the aggregate.
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
            List<PermitTransition> history = permit.history();
            if (stored >= history.size()) {
                return;
            }
            List<FeeRecord> fees = permit.fees();
            int feeIndex = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PERMIT_STEP (PERMIT_ID, STEP_NO, STEP_ACTION,"
                    + " FROM_STATUS, TO_STATUS, OCCURRED_AT, STEP_DAY, OPERATOR, FEE_FEN)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < history.size(); i++) {
                    PermitTransition t = history.get(i);
                    boolean charged = t.action() == PermitAction.REPLACE || t.action() == PermitAction.REISSUE;
                    long fee = charged && feeIndex < fees.size() ? fees.get(feeIndex).amountFen() : 0;
                    if (charged) {
                        feeIndex++;
                    }
                    if (i < stored) {
                        continue;
                    }
                    ps.setString(1, permit.id());
                    ps.setInt(2, i);
                    ps.setString(3, t.action().name());
                    ps.setString(4, t.from() == null ? null : t.from().name());
                    ps.setString(5, t.to().name());
                    UtcTimestamps.set(ps, 6, t.at());
                    ps.setDate(7, Date.valueOf(t.at().atZone(zone).toLocalDate()));
                    ps.setString(8, t.actorLogin());
                    ps.setLong(9, fee);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
