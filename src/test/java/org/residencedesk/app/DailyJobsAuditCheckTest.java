package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.service.StationSetup;
import org.residencedesk.service.audit.AuditVerdict;
import org.residencedesk.testing.TestClock;

/** The window's jobs check the audit chain right after start and report a broken one (docs/decisions/0138). */
class DailyJobsAuditCheckTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");

    @TempDir
    Path dataDir;
    @TempDir
    Path keyDir;

    @Test
    void aChainEditedBeforeStartIsReportedShortlyAfterStart() throws Exception {
        org.residencedesk.testing.StationTemplate.seed(dataDir, keyDir); // a copy of the migrated template (ADR 0361)
        try (AppContext ctx = AppContext.openForTests(dataDir, keyDir, org.residencedesk.testing.TestMasterData.shared(), CLOCK)) {
            ctx.stationSetup().setUp(new StationSetup("420111002001", "关山街道流动人口服务站", "420111002", "武汉市公安局洪山分局", "admin",
                    "站长", "Station#2026".toCharArray(), "Station#2026".toCharArray()));
            ctx.transactions().run(() -> ctx.auditLog().append(
                    AuditRecord.of("admin", AuditAction.RECORD_VIEWED, "PERSON", "p-1")));
            try (Connection c = ctx.database().openConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE AUDIT_ENTRY SET DETAIL = 'edited' WHERE SEQ = 2");
            }
            CompletableFuture<AuditVerdict> reported = new CompletableFuture<>();
            try (DailyJobs jobs = new DailyJobs(ctx.permitLifecycle(), ctx.audit(), reported::complete)) {
                AuditVerdict verdict = reported.get(DailyJobs.AUDIT_CHECK_DELAY_SECONDS + 20, TimeUnit.SECONDS);
                assertThat(verdict).isEqualTo(new AuditVerdict(false, 3, 2L, AuditVerdict.Problem.ENTRY_ALTERED));
            }
        }
    }
}
