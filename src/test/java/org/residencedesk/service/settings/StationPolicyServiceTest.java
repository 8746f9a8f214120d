package org.residencedesk.service.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.policy.PolicyKey;
import org.residencedesk.domain.policy.StationPolicy;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/** 站点政策 and 签发机关 changed by an administrator on a real station: validated, audited, applied (ADR 0166). */
class StationPolicyServiceTest {
    @TempDir
    Path dataDir;
    private final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    private AppContext ctx;
    private Operator admin;

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, clock);
        admin = TestOperators.signIn(ctx, "sysadmin", "系统管理员", Role.ADMIN);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aFreshStationShowsTheHubeiDefaultsWithoutAFile() {
        PolicySettings s = ctx.stationPolicy().settings(admin);

        assertThat(s.fileExists()).isFalse();
        assertThat(s.running()).isEqualTo(StationPolicy.hubeiDefaults());
        assertThat(s.saved()).isEqualTo(StationPolicy.hubeiDefaults());
        assertThat(s.restartNeeded()).isFalse();
        assertThat(s.issuingAuthority()).hasValue("武汉市公安局洪山分局");
        assertThat(s.holidays().years()).containsExactly(2026, 2027);
    }

    @Test
    void aChangeIsWrittenAuditedWithOldAndNewAndAppliesAfterARestart() throws IOException {
        Map<PolicyKey, String> typed = new EnumMap<>(ctx.stationPolicy().settings(admin).saved().texts());
        typed.put(PolicyKey.RESIDENCE_MONTHS, "3");
        typed.put(PolicyKey.REISSUE_FEE, "25");

        PolicySettings s = ctx.stationPolicy().change(admin, typed);

        assertThat(s.saved().residenceMonths()).isEqualTo(3);
        assertThat(s.saved().reissueFeeFen()).isEqualTo(2500);
        assertThat(s.running().residenceMonths()).as("the running services keep their values").isEqualTo(6);
        assertThat(s.restartNeeded()).isTrue();
        assertThat(ctx.permitQueries().policy().requiredResidenceMonths()).isEqualTo(6);
        assertThat(Files.readString(dataDir.resolve("station-policy.properties"))).contains("residence.months = 3\n",
                "fee.reissue = 25.00\n");
        AuditEntry entry = latestSettingsChange();
        assertThat(entry.actor()).isEqualTo("sysadmin");
        assertThat(entry.targetType()).isEqualTo("STATION_POLICY");
        assertThat(entry.detail()).isEqualTo("residence.months: 6 → 3; fee.reissue: 20.00 → 25.00");

        ctx.close();
        ctx = TestStation.reopen(dataDir, clock);
        assertThat(ctx.permitQueries().policy().requiredResidenceMonths()).isEqualTo(3);
        assertThat(ctx.permitQueries().policy().reissueFeeFen()).isEqualTo(2500);
        admin = TestOperators.signIn(ctx, "sysadmin", "系统管理员", Role.ADMIN);
        assertThat(ctx.stationPolicy().settings(admin).restartNeeded()).isFalse();
    }

    @Test
    void badValuesAreRefusedPerFieldAndNothingIsWrittenOrAudited() {
        long before = settingsChanges();
        Map<PolicyKey, String> typed = new EnumMap<>(PolicyKey.class);
        typed.put(PolicyKey.ISSUING_DAYS, "31");
        typed.put(PolicyKey.REPLACEMENT_FEE, "二十");
        typed.put(PolicyKey.VALIDITY_YEARS, "2");

        assertThatThrownBy(() -> ctx.stationPolicy().change(admin, typed)).isInstanceOfSatisfying(ValidationFailure.class,
                f -> assertThat(f.fieldMessages()).containsExactly(
                        Map.entry("issuing.days", "承诺制证天数须在 1 至 30 之间"),
                        Map.entry("fee.replacement", "换领工本费（元）须为 0 至 1000 元之间的金额，最多两位小数")));
        assertThat(dataDir.resolve("station-policy.properties")).doesNotExist();
        assertThat(settingsChanges()).isEqualTo(before);
    }

    @Test
    void savingTheSameValuesAgainChangesNothing() {
        Map<PolicyKey, String> typed = Map.of(PolicyKey.ENDORSEMENT_REMINDER_DAYS, "45");
        ctx.stationPolicy().change(admin, typed);
        long after = settingsChanges();

        ctx.stationPolicy().change(admin, typed);

        assertThat(settingsChanges()).isEqualTo(after);
    }

    @Test
    void onlyAnAdministratorMayReadOrChangeThePolicy() {
        Operator chief = TestOperators.signIn(ctx, "chief", "站长", Role.CHIEF, Role.CLERK, Role.WINDOW_STAFF);

        assertThatThrownBy(() -> ctx.stationPolicy().settings(chief)).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> ctx.stationPolicy().change(chief, Map.of(PolicyKey.RESIDENCE_MONTHS, "3")))
                .isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> ctx.stationPolicy().changeIssuingAuthority(chief, "武汉市公安局武昌分局"))
                .isInstanceOf(PermissionDenied.class);
        assertThat(dataDir.resolve("station-policy.properties")).doesNotExist();
    }

    @Test
    void theIssuingAuthorityIsValidatedAuditedAndAppliesAtOnce() {
        assertThatThrownBy(() -> ctx.stationPolicy().changeIssuingAuthority(admin, "关山街道流动人口服务站"))
                .isInstanceOfSatisfying(ValidationFailure.class, f -> assertThat(f.fieldMessages())
                        .containsExactly(Map.entry("issuingAuthority", "签发机关应为公安机关的全称，如 武汉市公安局洪山分局")));
        assertThatThrownBy(() -> ctx.stationPolicy().changeIssuingAuthority(admin, " "))
                .isInstanceOfSatisfying(ValidationFailure.class, f -> assertThat(f.fieldMessages())
                        .containsExactly(Map.entry("issuingAuthority", "此项必填")));

        PolicySettings s = ctx.stationPolicy().changeIssuingAuthority(admin, " 武汉市公安局东湖新技术开发区分局 ");

        assertThat(s.issuingAuthority()).hasValue("武汉市公安局东湖新技术开发区分局");
        assertThat(ctx.stationSetup().station().orElseThrow().issuingAuthority())
                .hasValue("武汉市公安局东湖新技术开发区分局");
        AuditEntry entry = latestSettingsChange();
        assertThat(entry.targetType()).isEqualTo("STATION");
        assertThat(entry.targetId()).isEqualTo(TestStation.CODE);
        assertThat(entry.detail()).isEqualTo("issuingAuthority: 武汉市公安局洪山分局 → 武汉市公安局东湖新技术开发区分局");
    }

    private AuditEntry latestSettingsChange() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(50)).stream()
                .filter(e -> e.action() == AuditAction.SETTINGS_CHANGED).findFirst().orElseThrow();
    }

    private long settingsChanges() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(1000)).stream()
                .filter(e -> e.action() == AuditAction.SETTINGS_CHANGED).count();
    }
}
