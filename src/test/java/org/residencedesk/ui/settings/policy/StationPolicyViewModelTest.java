package org.residencedesk.ui.settings.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.policy.PolicyKey;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;

/** The 站点政策 screen without a window, on a real station. */
class StationPolicyViewModelTest {
    @TempDir
    Path dataDir;
    private AppContext ctx;
    private StationPolicyViewModel screen;

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        screen = new StationPolicyViewModel(ctx.stationPolicy(),
                TestOperators.signIn(ctx, "sysadmin", "系统管理员", Role.ADMIN), BackgroundWork.inline());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void loadingShowsTheValuesTheHolidayTableAndThatNoFileExistsYet() {
        screen.load();

        assertThat(screen.value(PolicyKey.RESIDENCE_MONTHS).get()).isEqualTo("6");
        assertThat(screen.value(PolicyKey.ISSUING_DAY_KIND).get()).isEqualTo("calendar");
        assertThat(screen.value(PolicyKey.REPLACEMENT_FEE).get()).isEqualTo("20.00");
        assertThat(screen.issuingAuthority.get()).isEqualTo("武汉市公安局洪山分局");
        assertThat(screen.runningNote(PolicyKey.RESIDENCE_MONTHS).get()).isEmpty();
        assertThat(screen.holidays.get())
                .isEqualTo("节假日表：程序内置（2026、2027 年）。如需替换，请把新表存为数据文件夹中的 holidays.csv 后重新启动。");
        assertThat(screen.notices).containsExactly("数据文件夹中还没有站点政策文件，正在使用湖北省默认值。");
        assertThat(screen.status.get()).isEmpty();
        assertThat(screen.busy.get()).isFalse();
    }

    @Test
    void aBadValueIsShownBesideItsFieldAndNothingIsSaved() {
        screen.load();
        screen.value(PolicyKey.RESIDENCE_MONTHS).set("半年");

        screen.save();

        assertThat(screen.error("residence.months").get()).isEqualTo("申领前须居住的月数须为整数（0 至 60）");
        assertThat(screen.error("issuing.days").get()).isEmpty();
        assertThat(screen.status.get()).isEmpty();
        assertThat(dataDir.resolve("station-policy.properties")).doesNotExist();
        assertThat(screen.busy.get()).isFalse();
    }

    @Test
    void aSavedChangeSaysItAppliesAfterARestartAndShowsTheRunningValue() throws Exception {
        screen.load();
        screen.value(PolicyKey.ISSUING_DAYS).set("20");
        screen.value(PolicyKey.ISSUING_DAY_KIND).set("working");

        screen.save();

        assertThat(screen.status.get()).isEqualTo("已保存并记入审计日志。新的政策数值在重新启动本程序后生效。");
        assertThat(screen.value(PolicyKey.ISSUING_DAYS).get()).isEqualTo("20");
        assertThat(screen.runningNote(PolicyKey.ISSUING_DAYS).get()).isEqualTo("正在使用：15");
        assertThat(screen.runningNote(PolicyKey.ISSUING_DAY_KIND).get()).isEqualTo("正在使用：calendar");
        assertThat(screen.notices).isEmpty();
        assertThat(Files.readString(dataDir.resolve("station-policy.properties")))
                .contains("issuing.days = 20\n", "issuing.dayKind = working\n");

        StationPolicyViewModel again = new StationPolicyViewModel(ctx.stationPolicy(),
                TestOperators.signIn(ctx, "sysadmin", "系统管理员", Role.ADMIN), BackgroundWork.inline());
        again.load();
        assertThat(again.status.get()).isEqualTo("已保存的政策与正在使用的不同，重新启动本程序后生效。");
    }

    @Test
    void theIssuingAuthorityIsSavedOrItsProblemShownBesideIt() {
        screen.load();
        screen.issuingAuthority.set("关山街道服务站");

        screen.saveIssuingAuthority();

        assertThat(screen.error("issuingAuthority").get()).isEqualTo("签发机关应为公安机关的全称，如 武汉市公安局洪山分局");

        screen.issuingAuthority.set("武汉市公安局武昌分局");
        screen.saveIssuingAuthority();

        assertThat(screen.error("issuingAuthority").get()).isEmpty();
        assertThat(screen.status.get()).isEqualTo("签发机关已保存并记入审计日志，自下一张居住证起印在卡面上。");
        assertThat(ctx.stationSetup().station().orElseThrow().issuingAuthority()).hasValue("武汉市公安局武昌分局");
    }

    @Test
    void aStationOperatorWithoutTheSettingsPermissionIsTurnedAway() {
        StationPolicyViewModel chiefScreen = new StationPolicyViewModel(ctx.stationPolicy(),
                TestOperators.signIn(ctx, "chief", "站长", Role.CHIEF), BackgroundWork.inline());

        chiefScreen.load();

        assertThat(chiefScreen.error("form").get()).isEqualTo("当前账号没有办理此业务的权限");
        assertThat(chiefScreen.value(PolicyKey.RESIDENCE_MONTHS).get()).isEmpty();
    }
}
