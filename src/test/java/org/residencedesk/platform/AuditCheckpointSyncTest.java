package org.residencedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.platformsim.StoredEvent;
import org.residencedesk.port.AuditLog.ChainHead;
import org.residencedesk.service.sync.SyncOutcome;
import org.residencedesk.service.sync.SyncReport;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * AUDIT_CHECKPOINT after a drained run (contract 1.1, ADR 0342): the station's own sync (as the window wires it)
 * sends the newest signed audit checkpoint once, with its audit entry, to the simulator over loopback http; the
 * chain moving only by that entry sends nothing new, a real change of the chain sends the new head; the simulator
 * rejects a checkpoint whose payload is not {@code {"entries": n, "head": "hex"}}.
 */
class AuditCheckpointSyncTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path simState;
    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");

    @Test
    void aDrainedRunSendsTheChainHeadOnceAndAgainOnlyAfterTheChainMoved() {
        try (AppContext ctx = TestStation.open(dataDir, clock);
             PlatformSimulator sim = PlatformSimulator.start(simState, 0, null, new Faults(1), null, clock)) {
            SyncFixture.configureHttp(dataDir, sim);
            ctx.transactions().run(() -> ctx.outbox().append(new PendingEvent(EventType.REGISTRATION_CREATED,
                    "chuangkou", "REGISTRATION", "R-1", Map.of("n", 1))));
            ctx.audit().checkpoint(); // what the 10-minute job does
            ChainHead signed = ctx.transactions().readOnly(() -> ctx.auditLog().head()).orElseThrow();

            SyncReport first = ctx.sync().runAsStation("schedule");

            assertThat(first.outcome()).isEqualTo(SyncOutcome.OK);
            assertThat(first.uploaded()).as("the registration and the checkpoint").isEqualTo(2);
            assertThat(first.backlog()).isZero();
            List<StoredEvent> stored = sim.state().events(SyncFixture.CODE);
            assertThat(stored).extracting(StoredEvent::type).containsExactly("REGISTRATION_CREATED", "AUDIT_CHECKPOINT");
            StoredEvent checkpoint = stored.get(1);
            assertThat(checkpoint.status()).isEqualTo("ACCEPTED");
            assertThat(checkpoint.event().path("payload").toString())
                    .isEqualTo("{\"entries\":" + signed.seq() + ",\"head\":\"" + signed.hash() + "\"}");
            assertThat(checkpoint.event().path("aggregateType").asText()).isEqualTo("AUDIT_CHAIN");
            List<AuditEntry> queued = ctx.transactions().readOnly(() -> ctx.auditLog().latest(20)).stream()
                    .filter(e -> e.action() == AuditAction.AUDIT_CHECKPOINT_QUEUED).toList();
            assertThat(queued).singleElement().satisfies(e -> {
                assertThat(e.targetId()).isEqualTo(Long.toString(signed.seq()));
                assertThat(e.seq()).as("the entry that queued it, right after the signed head").isEqualTo(signed.seq() + 1);
            });

            // the chain moved only by that entry: signed again, nothing new for the platform
            assertThat(ctx.audit().checkpoint()).isTrue();
            SyncReport quiet = ctx.sync().runAsStation("schedule");
            assertThat(quiet.uploaded()).isZero();
            assertThat(sim.state().events(SyncFixture.CODE)).hasSize(2);

            // a real change of the chain (a sign-in) and its checkpoint: the new head goes out
            TestOperators.signIn(ctx, "zhanzhang", "李强", Role.CHIEF);
            ctx.audit().checkpoint();
            ChainHead moved = ctx.transactions().readOnly(() -> ctx.auditLog().head()).orElseThrow();
            assertThat(ctx.sync().runAsStation("schedule").uploaded()).isEqualTo(1);
            StoredEvent second = sim.state().events(SyncFixture.CODE).get(2);
            assertThat(second.type()).isEqualTo("AUDIT_CHECKPOINT");
            assertThat(second.event().path("payload").path("entries").asLong()).isEqualTo(moved.seq());
            assertThat(second.event().path("payload").path("head").asText()).isEqualTo(moved.hash());
        }
    }

    @Test
    void theSimulatorRejectsACheckpointWithoutAHexHead() {
        try (AppContext ctx = TestStation.open(dataDir, clock);
             PlatformSimulator sim = PlatformSimulator.start(simState, 0, null, new Faults(1), null, clock)) {
            SyncFixture.configureHttp(dataDir, sim);
            ctx.transactions().run(() -> ctx.outbox().append(new PendingEvent(EventType.AUDIT_CHECKPOINT,
                    "platform-sync", "AUDIT_CHAIN", "other", Map.of("entries", 3, "head", "not-hex"))));
            SyncReport run = ctx.sync().runAsStation("schedule");
            assertThat(run.rejected()).isEqualTo(1);
            assertThat(sim.state().events(SyncFixture.CODE).get(0).error())
                    .isEqualTo("审计校验点格式错误：条目数须为正整数，链头须为 64 位十六进制");
        }
    }
}
