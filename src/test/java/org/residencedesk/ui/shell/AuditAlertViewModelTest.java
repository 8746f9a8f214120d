package org.residencedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.StationSetup;
import org.residencedesk.service.audit.AuditVerdict;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.ui.BackgroundWork;

/** A broken audit chain on a real station: the administrator's alert, everyone's status line, the acknowledgement. */
class AuditAlertViewModelTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");

    @TempDir
    Path dataDir;
    @TempDir
    Path keyDir;

    private AppContext station() {
        org.residencedesk.testing.StationTemplate.seed(dataDir, keyDir); // a copy of the migrated template (ADR 0361)
        AppContext ctx = AppContext.openForTests(dataDir, keyDir, org.residencedesk.testing.TestMasterData.shared(), CLOCK);
        ctx.stationSetup().setUp(new StationSetup("420111002001", "关山街道流动人口服务站", "420111002", "武汉市公安局洪山分局", "admin",
                "站长", "Station#2026".toCharArray(), "Station#2026".toCharArray()));
        ctx.transactions().run(() -> {
            for (int i = 0; i < 6; i++) {
                ctx.auditLog().append(AuditRecord.of("admin", AuditAction.RECORD_VIEWED, "PERSON", "p-" + i));
            }
        });
        // signed in after the six entries: each sign-in is entry 9 and 10 of the chain
        administrator = TestOperators.signIn(ctx, "sysadmin", "系统管理员", Role.ADMIN);
        windowStaff = TestOperators.windowStaff(ctx);
        return ctx;
    }

    private Operator administrator;
    private Operator windowStaff;

    private static void edit(AppContext ctx, String sql) throws Exception {
        try (Connection c = ctx.database().openConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    @Test
    void anIntactChainAlertsNobody() {
        try (AppContext ctx = station()) {
            ctx.auditAlarm().report(ctx.audit().verifyAndLog());
            AuditAlertViewModel admin = new AuditAlertViewModel(ctx.auditAlarm(), administrator, BackgroundWork.inline());
            assertThat(admin.alertShowing().get()).isFalse();
            assertThat(admin.statusText().get()).isEmpty();
        }
    }

    @Test
    void aBrokenChainBlocksTheAdministratorUntilAcknowledgedAndOnlyThatBreak() throws Exception {
        try (AppContext ctx = station()) {
            AuditAlertViewModel admin = new AuditAlertViewModel(ctx.auditAlarm(), administrator, BackgroundWork.inline());
            AuditAlertViewModel clerk = new AuditAlertViewModel(ctx.auditAlarm(), windowStaff,
                    BackgroundWork.inline());
            edit(ctx, "UPDATE AUDIT_ENTRY SET TARGET_ID = 'p-x' WHERE SEQ = 6");
            ctx.auditAlarm().report(ctx.audit().verifyAndLog()); // what the check at start does

            assertThat(admin.alertShowing().get()).as("told while signed in").isTrue();
            assertThat(admin.alertText().get()).isEqualTo("""
                    审计日志校验未通过：审计记录被修改、插入或删除，校验值不符。
                    审计日志共 10 条记录，首个异常记录序号：6。

                    请立即联系区县信息化负责人；不要删除、移动或修改数据文件夹；\
                    在本机运行 audit verify 命令并保留其结果。窗口业务可以继续办理。""");
            assertThat(admin.statusText().get()).isEqualTo("审计日志校验未通过，请联系管理员");
            assertThat(clerk.alertShowing().get()).as("other roles keep working").isFalse();
            assertThat(clerk.alertText().get()).isEmpty();
            assertThat(clerk.statusText().get()).isEqualTo("审计日志校验未通过，请联系管理员");

            // reappears at the next login and after the next check
            assertThat(new AuditAlertViewModel(ctx.auditAlarm(), administrator, BackgroundWork.inline()).alertShowing().get())
                    .isTrue();
            ctx.auditAlarm().report(ctx.audit().verifyAndLog());
            assertThat(admin.alertShowing().get()).isTrue();

            // a clerk cannot acknowledge it, not even through the service
            clerk.acknowledge();
            assertThat(clerk.message().get()).isEqualTo(new PermissionDenied().getMessage());
            assertThatThrownBy(() -> ctx.audit().acknowledgeBreak(windowStaff, ctx.auditAlarm().broken().get()))
                    .isInstanceOf(PermissionDenied.class);
            assertThat(admin.alertShowing().get()).isTrue();
            assertThat(latest(ctx).action()).isNotEqualTo(AuditAction.AUDIT_BREAK_ACKNOWLEDGED);

            admin.acknowledge();
            AuditEntry ack = latest(ctx);
            assertThat(ack.action()).isEqualTo(AuditAction.AUDIT_BREAK_ACKNOWLEDGED);
            assertThat(ack.actor()).isEqualTo("sysadmin");
            assertThat(ack.targetType()).isEqualTo("AUDIT");
            assertThat(ack.detail()).isEqualTo("problem=ENTRY_ALTERED,firstBroken=6,entries=10");
            assertThat(admin.alertShowing().get()).isFalse();
            assertThat(admin.alertText().get()).isEmpty();
            assertThat(admin.statusText().get()).as("the status line stays for everyone")
                    .isEqualTo("审计日志校验未通过，请联系管理员");

            // the same break checked again (the acknowledgement added an entry) stays acknowledged
            AuditVerdict again = ctx.audit().verifyAndLog();
            assertThat(again).isEqualTo(new AuditVerdict(false, 11, 6L, AuditVerdict.Problem.ENTRY_ALTERED));
            ctx.auditAlarm().report(again);
            assertThat(admin.alertShowing().get()).isFalse();
            assertThat(new AuditAlertViewModel(ctx.auditAlarm(), administrator, BackgroundWork.inline()).alertShowing().get())
                    .isFalse();

            // a new, different break alerts again
            edit(ctx, "UPDATE AUDIT_ENTRY SET DETAIL = 'edited' WHERE SEQ = 3");
            ctx.auditAlarm().report(ctx.audit().verifyAndLog());
            assertThat(admin.alertShowing().get()).isTrue();
            assertThat(admin.alertText().get()).contains("首个异常记录序号：3。");
            assertThat(clerk.alertShowing().get()).isFalse();
        }
    }

    private static AuditEntry latest(AppContext ctx) {
        List<AuditEntry> entries = ctx.transactions().readOnly(() -> ctx.auditLog().latest(1));
        return entries.get(0);
    }
}
