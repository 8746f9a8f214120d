package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.service.StationSetup;
import org.residencedesk.testing.SmallMasterData;
import org.residencedesk.testing.TestClock;

/** Real Derby in a temporary folder: migrate, write, close, reopen. */
class DatabaseIntegrationTest {
    @TempDir
    Path dataDir;

    private final TestClock clock = TestClock.at("2026-11-28T01:15:02Z");

    private AppContext open() {
        return AppContext.openForTests(dataDir, new SmallMasterData(), clock);
    }

    @Test
    void migratesWritesAndReopens() {
        try (AppContext ctx = open()) {
            assertThat(ctx.stationSetup().isSetUp()).isFalse();
            ctx.stationSetup().setUp(new StationSetup("420111002001", "珞南街道流动人口服务站", "420111002", "武汉市公安局洪山分局",
                    "admin", "王站长", "Luonan#2026".toCharArray(), "Luonan#2026".toCharArray()));
        }
        try (AppContext ctx = open()) {
            assertThat(ctx.stationSetup().station()).hasValueSatisfying(s -> {
                assertThat(s.code().value()).isEqualTo("420111002001");
                assertThat(s.name()).isEqualTo("珞南街道流动人口服务站");
                assertThat(s.isDemo()).isFalse();
            });
            assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).isEqualTo(2);
            assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().latest(5)))
                    .extracting(e -> e.action())
                    .containsExactly(AuditAction.USER_CREATED, AuditAction.STATION_CREATED);
            assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().firstBrokenLink())).isEqualTo(-1);
        }
    }

    @Test
    void outboxSeqIsGaplessAcrossRollbacks() {
        try (AppContext ctx = open()) {
            OutboxEvent first = ctx.transactions().inTransaction(() -> ctx.outbox().append(event("p-1")));
            assertThatThrownBy(() -> ctx.transactions().run(() -> {
                ctx.outbox().append(event("p-2"));
                ctx.auditLog().append(AuditRecord.of("clerk", AuditAction.RECORD_CREATED, "REGISTRATION", "p-2"));
                throw new IllegalStateException("the business change failed after numbering");
            })).isInstanceOf(IllegalStateException.class);
            OutboxEvent second = ctx.transactions().inTransaction(() -> ctx.outbox().append(event("p-3")));

            assertThat(first.seq()).isEqualTo(1);
            assertThat(second.seq()).isEqualTo(2);
            assertThat(ctx.transactions().readOnly(() -> ctx.outbox().pending(10)))
                    .extracting(OutboxEvent::aggregateId).containsExactly("p-1", "p-3");
            assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).isZero();
            assertThat(first.occurredAt().toString()).isEqualTo("2026-11-28T09:15:02+08:00");
            assertThat(first.payloadJson()).isEqualTo("{\"name\":\"𠮷\"}");
        }
    }

    @Test
    void tamperingWithAnAuditRowBreaksTheChain() throws Exception {
        try (AppContext ctx = open()) {
            ctx.transactions().run(() -> {
                for (int i = 0; i < 3; i++) {
                    ctx.auditLog().append(AuditRecord.of("clerk", AuditAction.RECORD_VIEWED, "PERSON", "id-" + i));
                }
            });
            // Plain JDBC with the station's database account, past every service and the audit writer.
            try (Connection c = ctx.database().openConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE AUDIT_ENTRY SET ACTOR = 'someone' WHERE SEQ = 2");
            }
            assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().firstBrokenLink())).isEqualTo(2);
        }
    }

    private static PendingEvent event(String id) {
        return new PendingEvent(EventType.REGISTRATION_CREATED, "clerk", "REGISTRATION", id, Map.of("name", "𠮷"));
    }
}
