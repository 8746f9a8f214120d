package org.residencedesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;

/** The checks after a kill find what they are meant to find (and nothing on an intact station). */
class ConsistencyCheckTest {
    @TempDir
    Path dataDir;

    @Test
    void anIntactStationPassesAndAHalfWrittenOneIsNamed() throws Exception {
        TestClock clock = new TestClock(CrashChild.START);
        try (AppContext ctx = TestStation.open(dataDir, clock)) {
            CounterWork work = new CounterWork(ctx, clock);
            String first = work.register();
            String second = work.register();
            String permit = work.submit().orElseThrow();
            assertThat(work.accept()).contains(permit);
            work.saveDraft(3);
            Confirmed confirmed = Confirmed.of(List.of("OK REG " + first, "OK REG " + second, "OK SUBMIT " + permit,
                    "OK ACCEPT " + permit, "OK DRAFT 3"));
            assertThat(ConsistencyCheck.of(ctx, confirmed)).isEmpty();

            confirmed.take("OK APPROVE " + permit);
            confirmed.take("OK REG R-never-stored");
            confirmed.take("OK DRAFT 7");
            confirmed.take("OK MOVEOUT " + second);
            try (Connection c = ctx.database().openConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM OUTBOX_EVENT WHERE AGGREGATE_ID = '" + first + "'");
            }
            assertThat(ConsistencyCheck.of(ctx, confirmed)).containsExactlyInAnyOrder(
                    "outbox seq has a gap: 2 events, seq 2..3",
                    "registration without its event: " + first,
                    "confirmed registration missing: R-never-stored",
                    "confirmed approval missing: " + permit,
                    "confirmed move-out missing: " + second,
                    "draft key 1: confirmed version 7, read back nothing");
        }
    }
}
