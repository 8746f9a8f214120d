package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.testing.SmallMasterData;
import org.residencedesk.testing.TestClock;

/**
 * A counter PC loses power mid-write: a real child JVM writing to Derby is killed with SIGKILL
 * (Process.destroyForcibly on Linux), then the database must open cleanly with every reported commit
 * present, no half-stored change, and numbering that carries on without a gap.
 */
class KillRestartTest {
    @TempDir
    Path dataDir;

    @Test
    void databaseComesBackAfterKillDashNine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long lastReported = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (lastReported < 40 && (line = out.readLine()) != null) {
                if (line.startsWith("COMMITTED ")) {
                    lastReported = Long.parseLong(line.substring(10));
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastReported).as("child reported commits before it was killed").isGreaterThanOrEqualTo(40);

        try (AppContext ctx = AppContext.openForTests(dataDir, new SmallMasterData(),
                TestClock.at("2026-11-28T02:00:00Z"))) {
            long outboxSeq = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());
            long auditCount = ctx.transactions().readOnly(() -> ctx.auditLog().count());
            long pending = ctx.transactions().readOnly(() -> ctx.outbox().countPending());
            assertThat(outboxSeq).isGreaterThanOrEqualTo(lastReported);
            assertThat(auditCount).as("audit and outbox commit together").isEqualTo(outboxSeq);
            assertThat(pending).isEqualTo(outboxSeq);
            assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().firstBrokenLink())).isEqualTo(-1);

            long next = ctx.transactions().inTransaction(() -> ctx.outbox().append(new PendingEvent(
                    EventType.REGISTRATION_CHANGED, "clerk", "REGISTRATION", "after-crash", Map.of()))).seq();
            assertThat(next).isEqualTo(outboxSeq + 1);
        }
    }
}
