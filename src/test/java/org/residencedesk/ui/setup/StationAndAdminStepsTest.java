package org.residencedesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.testing.TestClock;
import org.residencedesk.ui.BackgroundWork;

/** Steps 1 站点 and 2 管理员 without a window: an empty data folder, the real setup service, work run inline. */
class StationAndAdminStepsTest {
    @TempDir
    Path dataDir;
    AppContext ctx;
    int moves;

    @BeforeEach
    void open() {
        ctx = AppContext.openForTests(dataDir, org.residencedesk.testing.TestMasterData.shared(),
                TestClock.at("2026-11-28T01:00:00Z"));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private StationStepViewModel station() {
        return new StationStepViewModel(ctx.stationSetup(), ctx.masterData(), BackgroundWork.inline());
    }

    private AdminStepViewModel admin(StationStepViewModel station) {
        return new AdminStepViewModel(station, ctx.stationSetup(), ctx.authentication(), BackgroundWork.inline());
    }

    @Test
    void badStationInputIsShownBesideEachFieldAndTheStepStays() {
        StationStepViewModel step = station();
        step.stationCode.set("42011100200");
        step.stationName.set("珞南街道服务站");

        step.next(() -> moves++);

        assertThat(step.errors.of("stationCode").get()).isEqualTo("服务站编码应为12位数字");
        assertThat(step.errors.of("divisionCode").get()).isEqualTo("此项必填");
        assertThat(step.errors.of("issuingAuthority").get()).isEqualTo("此项必填");
        assertThat(step.errors.of("stationName").get()).isEmpty();
        assertThat(step.errors.of("form").get()).isEmpty();
        assertThat(step.busy.get()).as("the buttons work again").isFalse();
        assertThat(moves).isZero();
        assertThat(ctx.stationSetup().isSetUp()).isFalse();
    }

    @Test
    void anIssuingAuthorityThatIsNoPoliceAuthorityIsRefusedBesideItsField() {
        StationStepViewModel step = station();
        fillStation(step);
        step.issuingAuthority.set("关山街道流动人口服务站");

        step.next(() -> moves++);

        assertThat(step.errors.of("issuingAuthority").get()).isEqualTo("签发机关应为公安机关的全称，如 武汉市公安局洪山分局");
        assertThat(moves).isZero();
    }

    @Test
    void aPickedDivisionCountsByItsLeadingCodeThenTheAdministratorCreatesTheStationAndIsSignedIn() {
        StationStepViewModel step = station();
        List<Division> suggestions = step.suggestDivisions("420111002");
        assertThat(suggestions).isNotEmpty().allSatisfy(d -> assertThat(d.code()).startsWith("420111002"));
        Division township = suggestions.stream().filter(d -> d.code().equals("420111002")).findFirst().orElseThrow();
        fillStation(step);
        step.division.set(StationStepViewModel.describe(township));
        assertThat(step.division.get()).isEqualTo("420111002 湖北省武汉市洪山区关山街道");
        step.next(() -> moves++);
        assertThat(moves).isEqualTo(1);
        assertThat(ctx.stationSetup().isSetUp()).as("step 1 stores nothing").isFalse();

        AdminStepViewModel admin = admin(step);
        fillAdmin(admin);
        admin.next(() -> moves++);

        assertThat(moves).isEqualTo(2);
        assertThat(admin.created()).hasValueSatisfying(c -> {
            assertThat(c.station().code().value()).isEqualTo("420111002001");
            assertThat(c.station().name()).isEqualTo("关山街道流动人口服务站");
            assertThat(c.station().divisionCode()).isEqualTo("420111002");
            assertThat(c.station().issuingAuthority()).hasValue("武汉市公安局洪山分局");
            assertThat(c.administrator().login()).isEqualTo("wangzz");
            assertThat(c.administrator().may(org.residencedesk.domain.account.Permission.SETTINGS_MANAGE)).isTrue();
        });
        assertThat(admin.password.get()).isEmpty();
        assertThat(admin.passwordConfirm.get()).isEmpty();
        assertThat(ctx.authentication().login("wangzz", "Counter2026".toCharArray()).displayName()).isEqualTo("王站长");
    }

    @Test
    void badAdministratorInputIsShownBesideEachFieldAndNothingIsStored() {
        StationStepViewModel step = station();
        fillStation(step);
        AdminStepViewModel admin = admin(step);
        admin.password.set("short");

        admin.next(() -> moves++);

        assertThat(admin.errors.of("adminLogin").get()).isEqualTo("此项必填");
        assertThat(admin.errors.of("adminDisplayName").get()).isEqualTo("此项必填");
        assertThat(admin.errors.of("password").get()).isEqualTo("密码至少10位");
        assertThat(admin.errors.of("form").get()).isEmpty();
        assertThat(admin.password.get()).as("kept for correcting").isEqualTo("short");
        assertThat(admin.busy.get()).isFalse();
        assertThat(admin.created()).isEmpty();
        assertThat(moves).isZero();
        assertThat(ctx.stationSetup().isSetUp()).isFalse();
    }

    @Test
    void mismatchedPasswordsAreNamedAtTheConfirmation() {
        StationStepViewModel step = station();
        fillStation(step);
        AdminStepViewModel admin = admin(step);
        fillAdmin(admin);
        admin.passwordConfirm.set("Counter2027");

        admin.next(() -> moves++);

        assertThat(admin.errors.of("passwordConfirm").get()).isEqualTo("两次输入的密码不一致");
        assertThat(moves).isZero();
    }

    @Test
    void aSecondSetupOfTheSameDatabaseFailsWithAnIncidentNumberNotAStackTrace() {
        StationStepViewModel step = station();
        fillStation(step);
        AdminStepViewModel first = admin(step);
        fillAdmin(first);
        first.next(() -> moves++);
        assertThat(moves).isEqualTo(1);

        AdminStepViewModel second = admin(step);
        fillAdmin(second);
        second.next(() -> moves++);

        assertThat(second.errors.of("form").get())
                .matches("操作未能完成，系统已记录错误编号 [0-9a-f]{8}。请重试或联系服务站信息员。");
        assertThat(second.busy.get()).isFalse();
        assertThat(moves).isEqualTo(1);
    }

    static void fillStation(StationStepViewModel step) {
        step.stationCode.set(" 420111002001 ");
        step.stationName.set("关山街道流动人口服务站");
        step.division.set("420111002");
        step.issuingAuthority.set(" 武汉市公安局洪山分局 ");
    }

    static void fillAdmin(AdminStepViewModel admin) {
        admin.adminLogin.set("wangzz");
        admin.adminDisplayName.set("王站长");
        admin.password.set("Counter2026");
        admin.passwordConfirm.set("Counter2026");
    }
}
