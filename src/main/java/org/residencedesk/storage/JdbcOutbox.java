package org.residencedesk.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.residencedesk.domain.outbox.DeliveryStatus;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.port.Outbox;

/** The platform outbox on Derby; the payload is serialised once, here, exactly as it will be sent. */
public final class JdbcOutbox implements Outbox {
    private static final String COLUMNS =
            "SEQ, EVENT_ID, EVENT_TYPE, OCCURRED_AT, OPERATOR, AGGREGATE_TYPE, AGGREGATE_ID, PAYLOAD, STATUS";

    private final CurrentSession sessions;
    private final SequenceCounters counters;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public JdbcOutbox(CurrentSession sessions, SequenceCounters counters, Clock clock) {
        this.sessions = sessions;
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public OutboxEvent append(PendingEvent e) {
        String payload;
        try {
            payload = json.writeValueAsString(e.payload());
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("event payload is not serialisable", ex);
        }
        long seq = counters.next("outbox");
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        OutboxEvent event = new OutboxEvent(seq, UUID.randomUUID().toString(), e.type(), at, e.operator(),
                e.aggregateType(), e.aggregateId(), payload, DeliveryStatus.PENDING);
        sessions.session().doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO OUTBOX_EVENT (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, event.seq());
                ps.setString(2, event.eventId());
                ps.setString(3, event.type().name());
                ps.setString(4, event.occurredAt().toString());
                ps.setString(5, event.operator());
                ps.setString(6, event.aggregateType());
                ps.setString(7, event.aggregateId());
                ps.setString(8, event.payloadJson());
                ps.setString(9, event.status().name());
                ps.executeUpdate();
            }
        });
        return event;
    }

    @Override
    public List<OutboxEvent> pending(int limit) {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM OUTBOX_EVENT WHERE STATUS = 'PENDING' ORDER BY SEQ FETCH FIRST ? ROWS ONLY")) {
                ps.setInt(1, limit);
                List<OutboxEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public java.util.Optional<OutboxEvent> newestOf(String aggregateType, String aggregateId) {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM OUTBOX_EVENT"
                    + " WHERE AGGREGATE_TYPE = ? AND AGGREGATE_ID = ? ORDER BY SEQ DESC FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, aggregateType);
                ps.setString(2, aggregateId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(read(rs)) : java.util.Optional.<OutboxEvent>empty();
                }
            }
        });
    }

    @Override
    public long countPending() {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM OUTBOX_EVENT WHERE STATUS = 'PENDING'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public long lastSeq() {
        return counters.current("outbox");
    }

    @Override
    public void markDelivered(long seq, DeliveryStatus status, java.time.Instant at) {
        if (status != DeliveryStatus.ACCEPTED && status != DeliveryStatus.DUPLICATE) {
            throw new IllegalArgumentException("delivered means ACCEPTED or DUPLICATE, not " + status);
        }
        update(seq, status, null, at);
    }

    @Override
    public void markDelivered(java.util.Collection<Long> seqs, DeliveryStatus status, java.time.Instant at) {
        if (status != DeliveryStatus.ACCEPTED && status != DeliveryStatus.DUPLICATE) {
            throw new IllegalArgumentException("delivered means ACCEPTED or DUPLICATE, not " + status);
        }
        if (seqs.isEmpty()) {
            return;
        }
        long[] sorted = seqs.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        sessions.session().doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE OUTBOX_EVENT SET STATUS = ?, ERROR_TEXT = NULL,"
                    + " ACKED_AT = ? WHERE SEQ BETWEEN ? AND ?")) { // a run of consecutive seqs is exactly its range
                ps.setString(1, status.name());
                UtcTimestamps.set(ps, 2, at);
                for (int i = 0; i < sorted.length; ) {
                    int j = i;
                    while (j + 1 < sorted.length && sorted[j + 1] == sorted[j] + 1) {
                        j++;
                    }
                    ps.setLong(3, sorted[i]);
                    ps.setLong(4, sorted[j]);
                    ps.addBatch();
                    i = j + 1;
                }
                ps.executeBatch();
            }
        });
    }

    @Override
    public void markRejected(long seq, String error, java.time.Instant at) {
        String text = error == null ? "" : error;
        update(seq, DeliveryStatus.REJECTED, text.length() > 2000 ? text.substring(0, 2000) : text, at);
    }

    private void update(long seq, DeliveryStatus status, String error, java.time.Instant at) {
        sessions.session().doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE OUTBOX_EVENT SET STATUS = ?, ERROR_TEXT = ?, ACKED_AT = ? WHERE SEQ = ?")) {
                ps.setString(1, status.name());
                ps.setString(2, error);
                UtcTimestamps.set(ps, 3, at);
                ps.setLong(4, seq);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public long lastDeliveredSeq() {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT MAX(SEQ) FROM OUTBOX_EVENT WHERE STATUS <> 'PENDING'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public int reopenAbove(long seq) {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE OUTBOX_EVENT SET STATUS = 'PENDING', "
                    + "ERROR_TEXT = NULL, ACKED_AT = NULL WHERE SEQ > ? AND STATUS <> 'PENDING'")) {
                ps.setLong(1, seq);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Rejected events, newest first, each with the first later event of the same record (its correction, ADR 0307)
     * and that event's state: one correlated look-up per row over the (AGGREGATE_TYPE, AGGREGATE_ID) index.
     */
    @Override
    public List<org.residencedesk.domain.outbox.RejectedEvent> rejected(int limit) {
        return sessions.session().doReturningWork(c -> {
            List<org.residencedesk.domain.outbox.RejectedEvent> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", ERROR_TEXT, ACKED_AT,"
                    + " (SELECT MIN(L.SEQ) FROM OUTBOX_EVENT L WHERE L.AGGREGATE_TYPE = R.AGGREGATE_TYPE"
                    + " AND L.AGGREGATE_ID = R.AGGREGATE_ID AND L.SEQ > R.SEQ)"
                    + " FROM OUTBOX_EVENT R WHERE STATUS = 'REJECTED' ORDER BY SEQ DESC FETCH FIRST ? ROWS ONLY");
                 PreparedStatement status = c.prepareStatement("SELECT STATUS FROM OUTBOX_EVENT WHERE SEQ = ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long next = rs.getLong(12);
                        Long correction = rs.wasNull() ? null : next;
                        DeliveryStatus correctionStatus = null;
                        if (correction != null) {
                            status.setLong(1, correction);
                            try (ResultSet st = status.executeQuery()) {
                                correctionStatus = st.next() ? DeliveryStatus.valueOf(st.getString(1)) : null;
                            }
                        }
                        out.add(new org.residencedesk.domain.outbox.RejectedEvent(read(rs), rs.getString(10),
                                UtcTimestamps.get(rs, 11), correction, correctionStatus));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public boolean advanceSeqTo(long seq) {
        return sessions.session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE SEQUENCE_COUNTER SET LAST_VALUE = ? WHERE NAME = 'outbox' AND LAST_VALUE < ?")) {
                ps.setLong(1, seq);
                ps.setLong(2, seq);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static OutboxEvent read(ResultSet rs) throws SQLException {
        return new OutboxEvent(rs.getLong(1), rs.getString(2), EventType.valueOf(rs.getString(3)),
                OffsetDateTime.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), DeliveryStatus.valueOf(rs.getString(9)));
    }
}
