package org.residencedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.station.Station;
import org.residencedesk.testing.TestClock;
import org.residencedesk.ui.BackgroundWork;

/** 首次使用 without a window: an empty data folder, the real setup service, commands run inline. */
class SetupViewModelTest {
    @TempDir
    Path dataDir;
    AppContext ctx;
    final List<Station> done = new ArrayList<>();

    @BeforeEach
    void open() {
        ctx = AppContext.openForTests(dataDir, org.residencedesk.testing.TestMasterData.shared(), TestClock.at("2026-11-28T01:00:00Z"));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private SetupViewModel screen() {
        return new SetupViewModel(ctx.stationSetup(), ctx.masterData(), ctx.stationSetup()::setUpDemo,
                BackgroundWork.inline());
    }

    @Test
    void badInputIsShownBesideEachFieldAndNothingIsStored() {
        SetupViewModel screen = screen();
        screen.stationCode.set("42011100200");
        screen.stationName.set("珞南街道服务站");
        screen.password.set("short");

        screen.create(done::add);

        assertThat(screen.errors.of("stationCode").get()).isEqualTo("服务站编码应为12位数字");
        assertThat(screen.errors.of("divisionCode").get()).isEqualTo("此项必填");
        assertThat(screen.errors.of("issuingAuthority").get()).isEqualTo("此项必填");
        assertThat(screen.errors.of("adminLogin").get()).isEqualTo("此项必填");
        assertThat(screen.errors.of("adminDisplayName").get()).isEqualTo("此项必填");
        assertThat(screen.errors.of("password").get()).isEqualTo("密码至少10位");
        assertThat(screen.errors.of("form").get()).isEmpty();
        assertThat(screen.busy.get()).as("the buttons work again").isFalse();
        assertThat(screen.password.get()).as("kept for correcting").isEqualTo("short");
        assertThat(done).isEmpty();
        assertThat(ctx.stationSetup().isSetUp()).isFalse();
    }

    @Test
    void aPickedDivisionCountsByItsLeadingCodeAndTheStationIsCreated() {
        SetupViewModel screen = screen();
        List<Division> suggestions = screen.suggestDivisions("420111002");
        assertThat(suggestions).isNotEmpty().allSatisfy(d -> assertThat(d.code()).startsWith("420111002"));
        Division township = suggestions.stream().filter(d -> d.code().equals("420111002")).findFirst().orElseThrow();
        fillValid(screen);
        screen.division.set(SetupViewModel.describe(township));
        assertThat(screen.division.get()).isEqualTo("420111002 湖北省武汉市洪山区关山街道");

        screen.create(done::add);

        assertThat(done).singleElement().satisfies(s -> {
            assertThat(s.code().value()).isEqualTo("420111002001");
            assertThat(s.name()).isEqualTo("关山街道流动人口服务站");
            assertThat(s.isDemo()).isFalse();
            assertThat(s.issuingAuthority()).hasValue("武汉市公安局洪山分局");
        });
        assertThat(screen.password.get()).isEmpty();
        assertThat(screen.passwordConfirm.get()).isEmpty();
        assertThat(ctx.stationSetup().station()).hasValueSatisfying(s -> assertThat(s.divisionCode()).isEqualTo("420111002"));
        assertThat(ctx.authentication().login("wangzz", "Counter2026".toCharArray()).displayName()).isEqualTo("王站长");
    }

    @Test
    void anIssuingAuthorityThatIsNoPoliceAuthorityIsRefusedBesideItsField() {
        SetupViewModel screen = screen();
        fillValid(screen);
        screen.issuingAuthority.set("关山街道流动人口服务站");

        screen.create(done::add);

        assertThat(screen.errors.of("issuingAuthority").get()).isEqualTo("签发机关应为公安机关的全称，如 武汉市公安局洪山分局");
        assertThat(done).isEmpty();
        assertThat(ctx.stationSetup().isSetUp()).isFalse();
    }

    @Test
    void mismatchedPasswordsAreNamedAtTheConfirmation() {
        SetupViewModel screen = screen();
        fillValid(screen);
        screen.passwordConfirm.set("Counter2027");

        screen.create(done::add);

        assertThat(screen.errors.of("passwordConfirm").get()).isEqualTo("两次输入的密码不一致");
        assertThat(done).isEmpty();
    }

    @Test
    void aSecondSetupOfTheSameDatabaseFailsWithAnIncidentNumberNotAStackTrace() {
        SetupViewModel first = screen();
        fillValid(first);
        first.create(done::add);
        assertThat(done).hasSize(1);

        SetupViewModel second = screen();
        fillValid(second);
        second.create(done::add);

        assertThat(second.errors.of("form").get())
                .matches("操作未能完成，系统已记录错误编号 [0-9a-f]{8}。请重试或联系服务站信息员。");
        assertThat(second.busy.get()).isFalse();
        assertThat(done).hasSize(1);
    }

    @Test
    void theDemoButtonCreatesTheMarkedDemoStation() {
        SetupViewModel screen = screen();

        screen.createDemo(done::add);

        assertThat(done).singleElement().satisfies(s -> assertThat(s.isDemo()).isTrue());
        assertThat(ctx.stationSetup().station()).hasValueSatisfying(s -> assertThat(s.isDemo()).isTrue());
    }

    private static void fillValid(SetupViewModel screen) {
        screen.stationCode.set(" 420111002001 ");
        screen.stationName.set("关山街道流动人口服务站");
        screen.division.set("420111002");
        screen.issuingAuthority.set(" 武汉市公安局洪山分局 ");
        screen.adminLogin.set("wangzz");
        screen.adminDisplayName.set("王站长");
        screen.password.set("Counter2026");
        screen.passwordConfirm.set("Counter2026");
    }
}
