package org.residencedesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.station.Station;
import org.residencedesk.service.setup.SetupItem;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.ui.BackgroundWork;

/**
 * The wizard's order, 上一步 and 跳过 without a window, on a fresh data folder with the real services (work inline):
 * steps 3–6 save through the same view models as 系统设置, and what is skipped is what the checklist reports.
 */
class SetupWizardViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path backups;
    AppContext ctx;
    final List<Station> done = new ArrayList<>();
    SetupWizardViewModel wizard;

    @BeforeEach
    void open() {
        ctx = AppContext.openForTests(dataDir, org.residencedesk.testing.TestMasterData.shared(),
                TestClock.at("2026-11-28T01:00:00Z"));
        wizard = SetupWizard.model(Main.deskServices(ctx), BackgroundWork.inline(), done::add);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private void throughTheAdministrator() {
        StationAndAdminStepsTest.fillStation(wizard.station());
        wizard.next();
        StationAndAdminStepsTest.fillAdmin(wizard.admin());
        wizard.next();
    }

    private List<SetupItem> missing() {
        return ctx.setupChecklist().missing(TestOperators.signIn(ctx, "chakan", "查看员", Role.GRID_WORKER));
    }

    @Test
    void stepsOneAndTwoAreRequiredAndBackIsOnlyOfferedWhereSafe() {
        assertThat(wizard.current().get()).isEqualTo(SetupStep.STATION);
        assertThat(wizard.canSkip().get()).isFalse();
        assertThat(wizard.canGoBack().get()).isFalse();
        wizard.skip();
        assertThat(wizard.current().get()).as("step 1 cannot be skipped").isEqualTo(SetupStep.STATION);
        wizard.next();
        assertThat(wizard.current().get()).as("bad input keeps the step").isEqualTo(SetupStep.STATION);
        assertThat(wizard.station().errors.of("stationCode").get()).isEqualTo("此项必填");

        StationAndAdminStepsTest.fillStation(wizard.station());
        wizard.next();
        assertThat(wizard.current().get()).isEqualTo(SetupStep.ADMIN);
        assertThat(wizard.canSkip().get()).isFalse();
        assertThat(wizard.canGoBack().get()).isTrue();
        wizard.back();
        assertThat(wizard.current().get()).isEqualTo(SetupStep.STATION);
        assertThat(wizard.station().stationName.get()).as("kept").isEqualTo("关山街道流动人口服务站");
        wizard.next();
        StationAndAdminStepsTest.fillAdmin(wizard.admin());
        wizard.next();

        assertThat(wizard.current().get()).isEqualTo(SetupStep.CARD_READER);
        assertThat(ctx.stationSetup().isSetUp()).isTrue();
        assertThat(wizard.canGoBack().get()).as("the station exists: steps 1–2 stay closed").isFalse();
        wizard.back();
        assertThat(wizard.current().get()).isEqualTo(SetupStep.CARD_READER);
        assertThat(wizard.canSkip().get()).isTrue();
    }

    @Test
    void skippingThreeToSixLeavesThemForTheStatusBarAndSignsTheAdministratorOut() {
        throughTheAdministrator();
        wizard.skip();
        assertThat(wizard.current().get()).isEqualTo(SetupStep.PRINTERS);
        assertThat(wizard.canGoBack().get()).isTrue();
        wizard.back();
        assertThat(wizard.current().get()).isEqualTo(SetupStep.CARD_READER);
        wizard.skip();
        wizard.skip();
        wizard.skip();
        assertThat(wizard.current().get()).isEqualTo(SetupStep.BACKUP);
        assertThat(wizard.last().get()).isTrue();
        assertThat(done).isEmpty();
        wizard.skip();

        assertThat(done).singleElement().satisfies(s -> assertThat(s.code().value()).isEqualTo("420111002001"));
        assertThat(wizard.skipped()).containsExactly(SetupStep.CARD_READER, SetupStep.PRINTERS, SetupStep.PLATFORM,
                SetupStep.BACKUP);
        assertThat(missing()).containsExactly(SetupItem.CARD_READER, SetupItem.PRINTERS, SetupItem.PLATFORM,
                SetupItem.BACKUP);
        List<AuditAction> admin = new ArrayList<>(ctx.transactions().readOnly(() -> ctx.auditLog().latest(50)).stream()
                .filter(r -> r.actor().equals("wangzz")).map(r -> r.action()).toList());
        java.util.Collections.reverse(admin);
        assertThat(admin).containsSubsequence(AuditAction.STATION_CREATED, AuditAction.LOGIN_SUCCEEDED,
                AuditAction.LOGOUT);
    }

    @Test
    void eachLaterStepSavesTheRealSettingAndLeavesTheChecklist() throws Exception {
        throughTheAdministrator();
        CardReaderStepViewModel reader = (CardReaderStepViewModel) wizard.step(SetupStep.CARD_READER);
        reader.port.set("  ");
        wizard.next();
        assertThat(reader.errors.of("port").get()).isEqualTo("此项必填");
        assertThat(wizard.current().get()).isEqualTo(SetupStep.CARD_READER);
        reader.port.set("/dev/ttyNoSuchReader");
        reader.testRead();
        assertThat(reader.testResult.get()).isEqualTo("找不到读卡器串口");
        assertThat(reader.testPassed.get()).isFalse();
        wizard.next();
        assertThat(wizard.current().get()).isEqualTo(SetupStep.PRINTERS);
        Path devices = dataDir.resolve("devices.properties");
        assertThat(Files.readAllLines(devices, StandardCharsets.UTF_8)).contains("cardReader.port=/dev/ttyNoSuchReader");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(devices))).isEqualTo("rw-------");

        PrinterStepViewModel printers = (PrinterStepViewModel) wizard.step(SetupStep.PRINTERS);
        printers.printers().printerNameProperty().set("Counter-Laser");
        wizard.next();
        assertThat(wizard.current().get()).isEqualTo(SetupStep.PLATFORM);
        wizard.skip();

        BackupStepViewModel backup = (BackupStepViewModel) wizard.step(SetupStep.BACKUP);
        wizard.next();
        assertThat(backup.backup().errorOf("folder").get()).isEqualTo("请填写备份文件夹。");
        assertThat(done).isEmpty();
        backup.backup().folderProperty().set(backups.toString());
        wizard.next();

        assertThat(done).hasSize(1);
        assertThat(wizard.skipped()).containsExactly(SetupStep.PLATFORM);
        assertThat(missing()).containsExactly(SetupItem.PLATFORM);
    }

    @Test
    void theReaderStepOffersTheListedPortsAndAutomaticSearch() throws Exception {
        throughTheAdministrator();
        CardReaderStepViewModel reader = (CardReaderStepViewModel) wizard.step(SetupStep.CARD_READER);

        reader.load();

        List<String> listed = ctx.cardReaderSettings().detectedPorts(wizard.admin().created().orElseThrow()
                .administrator());
        assertThat(reader.ports).containsExactlyElementsOf(java.util.stream.Stream.concat(listed.stream(),
                java.util.stream.Stream.of("自动查找")).toList());
        reader.port.set("自动查找");
        wizard.next();
        assertThat(Files.readAllLines(dataDir.resolve("devices.properties"), StandardCharsets.UTF_8))
                .contains("cardReader.port=auto");

        CardReaderStepViewModel again = new CardReaderStepViewModel(ctx.cardReaderSettings(),
                wizard.admin().created().orElseThrow().administrator(), BackgroundWork.inline());
        again.load();
        assertThat(again.port.get()).as("the saved setting is shown in words").isEqualTo("自动查找");
    }
}
