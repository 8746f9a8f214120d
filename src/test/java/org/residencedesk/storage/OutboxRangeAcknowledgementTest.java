package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.outbox.DeliveryStatus;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;

/**
 * A batch's acknowledgements are stored in one statement per run of consecutive seqs (ADR 0367): exactly the events
 * named leave the queue with their status and time, those between two runs stay queued.
 */
class OutboxRangeAcknowledgementTest {
    static final TestClock CLOCK = TestClock.at("2026-11-30T02:00:00Z");

    @TempDir
    Path dataDir;
    AppContext ctx;
    final List<Long> seqs = new ArrayList<>();

    @BeforeEach
    void tenQueuedEvents() {
        ctx = TestStation.open(dataDir, CLOCK);
        ctx.transactions().run(() -> {
            for (int i = 0; i < 10; i++) {
                OutboxEvent e = ctx.outbox().append(new PendingEvent(EventType.REGISTRATION_CREATED, "chuangkou",
                        "REGISTRATION", "R-" + i, Map.of("n", i)));
                seqs.add(e.seq());
            }
        });
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void only_the_named_events_leave_the_queue_with_their_status_and_time() throws Exception {
        Instant at = Instant.parse("2026-11-30T02:05:00Z");
        // runs [0..2] and [4..5] and [8] accepted, [6] a duplicate; 3, 7 and 9 stay queued
        List<Long> accepted = List.of(seqs.get(5), seqs.get(0), seqs.get(1), seqs.get(2), seqs.get(4), seqs.get(8));
        ctx.transactions().run(() -> {
            ctx.outbox().markDelivered(accepted, DeliveryStatus.ACCEPTED, at);
            ctx.outbox().markDelivered(List.of(seqs.get(6)), DeliveryStatus.DUPLICATE, at);
            ctx.outbox().markDelivered(List.of(), DeliveryStatus.ACCEPTED, at); // nothing to do
        });

        Map<Long, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            expected.put(seqs.get(i), switch (i) {
                case 0, 1, 2, 4, 5, 8 -> "ACCEPTED 2026-11-30T02:05:00Z";
                case 6 -> "DUPLICATE 2026-11-30T02:05:00Z";
                default -> "PENDING null";
            });
        }
        assertThat(stored()).isEqualTo(expected);
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().pending(100)).stream().map(OutboxEvent::seq)
                .filter(seqs::contains).toList()).containsExactly(seqs.get(3), seqs.get(7), seqs.get(9));
    }

    private Map<Long, String> stored() throws Exception {
        Map<Long, String> out = new LinkedHashMap<>();
        try (Connection c = ctx.database().openConnection();
             PreparedStatement ps = c.prepareStatement("SELECT SEQ, STATUS, ACKED_AT FROM OUTBOX_EVENT WHERE SEQ BETWEEN"
                     + " ? AND ? ORDER BY SEQ")) {
            ps.setLong(1, seqs.get(0));
            ps.setLong(2, seqs.get(9));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant acked = UtcTimestamps.get(rs, 3);
                    out.put(rs.getLong(1), rs.getString(2) + " " + acked);
                }
            }
        }
        return out;
    }
}
