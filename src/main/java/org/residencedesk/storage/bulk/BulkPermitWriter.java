package org.residencedesk.storage.bulk;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.demodata.BulkPermitStore;
import org.residencedesk.port.demodata.BulkWriteException;
import org.residencedesk.storage.DeferredIndexes;
import org.residencedesk.storage.PermitRows;

/**
 * Writes chunks of demo permits with multi-row inserts ({@link RowBlocks}) on one connection: the PERMIT_APPLICATION
 * rows (columns and JSON exactly as the permit repository derives them, {@link PermitRows}), then their PERMIT_STEP
 * rows, then the number counters the chunk reached, then one commit (ADR 0390). Into empty permit tables the rows go
 * without their plain indexes, built again before the statistics ({@link DeferredIndexes}, ADR 0403). No audit
 * entries and no outbox events: like the bulk registrations, the run's one audit entry names what was made, and a
 * demo station never uploads (ADR 0060).
 */
final class BulkPermitWriter implements BulkPermitStore.Session {
    private static final String INSERT_PERMIT = "INSERT INTO PERMIT_APPLICATION (ID, PERSON_ID, REGISTRATION_ID, STATUS,"
            + " STATUS_SINCE, SUBMITTED_ON, ACCEPTANCE_NO, PERMIT_NO, RESERVED_NO, ACCEPTED_ON, PROMISED_ON, APPROVED_ON,"
            + " PRINTED_ON, ISSUED_ON, NEXT_ANNIVERSARY, VALID_UNTIL, ENDORSEMENT_COUNT, CANCELLED_ON, STATE_JSON,"
            + " UPDATED_AT, VERSION)";
    private static final int[] PERMIT_TYPES = {Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.DATE,
            Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.DATE, Types.DATE,
            Types.DATE, Types.DATE, Types.DATE, Types.INTEGER, Types.DATE, Types.CLOB, Types.TIMESTAMP, Types.INTEGER};
    private static final String INSERT_STEP = "INSERT INTO PERMIT_STEP (PERMIT_ID, STEP_NO, STEP_ACTION, FROM_STATUS,"
            + " TO_STATUS, OCCURRED_AT, STEP_DAY, OPERATOR, FEE_FEN)";
    private static final int[] STEP_TYPES = {Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.TIMESTAMP, Types.DATE, Types.VARCHAR, Types.BIGINT};

    private final Connection connection;
    private final PermitRows rows;
    private final RowBlocks permit;
    private final RowBlocks step;
    private final ChunkCounters counters;
    private final BulkTables tables;

    BulkPermitWriter(Connection connection, PermitRows rows) throws SQLException {
        this.connection = connection;
        this.rows = rows;
        connection.setAutoCommit(false);
        tables = new BulkTables(connection, DeferredIndexes.PERMIT_TABLES);
        // Derby TIMESTAMP has no zone; the product stores instants as UTC (as Hibernate and the audit log do)
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        permit = new RowBlocks(connection, INSERT_PERMIT, PERMIT_TYPES, utc);
        step = new RowBlocks(connection, INSERT_STEP, STEP_TYPES, utc);
        counters = new ChunkCounters(connection);
    }

    @Override
    public long counterValue(String counterName) {
        try {
            long last = counters.last(counterName);
            connection.commit();
            return last;
        } catch (SQLException e) {
            throw new BulkWriteException("reading counter " + counterName + " failed", e);
        }
    }

    @Override
    public void writeChunk(List<BulkPermitStore.DemoPermit> permits, Map<String, Long> reached) {
        try {
            for (BulkPermitStore.DemoPermit p : permits) {
                addPermit(p.permit(), p.personId());
            }
            permit.flush(); // the step rows reference the permit rows
            for (BulkPermitStore.DemoPermit p : permits) {
                for (PermitRows.Step s : rows.steps(p.permit())) {
                    step.add(p.permit().id(), s.stepNo(), s.action(), s.fromStatus(), s.toStatus(), instant(s.at()),
                            date(s.day()), s.operator(), s.feeFen());
                }
            }
            step.flush();
            for (Map.Entry<String, Long> c : reached.entrySet()) {
                counters.set(c.getKey(), c.getValue());
            }
            connection.commit();
        } catch (SQLException e) {
            throw new BulkWriteException("writing a chunk of permits failed", e);
        }
    }

    private void addPermit(PermitApplication a, long personId) {
        PermitSummary c = rows.columns(a, personId);
        Instant last = a.history().get(a.history().size() - 1).at();
        // the first card's number stays reserved on the row, as the card production service leaves it (ADR 0072)
        String reserved = a.prints().isEmpty() ? null : a.prints().get(0).permitNumber();
        permit.add(c.id(), c.personId(), c.registrationId(), c.status().name(), date(c.statusSince()),
                date(c.submittedOn()), c.acceptanceNumber(), c.permitNumber(), reserved, date(c.acceptedOn()),
                date(c.promisedOn()), date(c.approvedOn()), date(c.printedOn()), date(c.issuedOn()),
                date(c.nextAnniversary()), date(c.validUntil()), c.endorsementCount(), date(c.cancelledOn()),
                rows.json(a), instant(last), a.history().size() - 1);
    }

    /** Builds the indexes set aside (ADR 0403), then refreshes the planner's statistics of both tables. */
    @Override
    public void updateStatistics() {
        rebuildIndexes();
        try {
            tables.updateStatistics();
        } catch (SQLException e) {
            throw new BulkWriteException("updating the permit statistics failed", e);
        }
    }

    /** A DATE as the calendar date itself (no zone conversion). */
    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    /** {@link RowBlocks} writes timestamps with the UTC calendar. */
    private static Timestamp instant(Instant instant) {
        return Timestamp.from(instant);
    }

    private void rebuildIndexes() {
        try {
            tables.rebuildIndexes();
        } catch (SQLException e) {
            throw new BulkWriteException("building the permit indexes again failed", e);
        }
    }

    @Override
    public void close() {
        try (connection; permit; step; counters) {
            connection.rollback(); // nothing uncommitted may survive: a failed chunk is dropped whole
            rebuildIndexes(); // a load that failed half-way: the station gets its indexes back all the same
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new BulkWriteException("closing the bulk permit writer failed", e);
        }
    }
}
