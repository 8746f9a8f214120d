package org.residencedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.port.PrinterCatalog;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrinterInfo;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.printing.PrinterSettings;
import org.residencedesk.print.JsonPrinterSettingsStore;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;

/** The main window's state without a window: who and where, the status bar, and signing out. */
class MainViewModelTest {
    @TempDir
    static Path dataDir;
    static AppContext ctx;

    @TempDir
    Path settingsDir;

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:00:00Z"));
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static MainViewModel screen() {
        return new MainViewModel(TestOperators.windowStaff(ctx), ctx.stationSetup().station().orElseThrow(), ctx.authentication(),
                BackgroundWork.inline());
    }

    @Test
    void eachRoleSeesOnlyTheAreasTheMatrixGrants() {
        // 平台同步 (SYNC_VIEW) is every role's: the state of the station's uploads, no personal data (ADR 0207)
        assertThat(areasOf(Role.WINDOW_STAFF)).containsExactly(WorkArea.HOME, WorkArea.REGISTRATION, WorkArea.PERMIT,
                WorkArea.ENDORSEMENT, WorkArea.QUERY, WorkArea.REGISTER, WorkArea.OUTFLOW, WorkArea.VERIFY,
                WorkArea.COLLECTION, WorkArea.SYNC);
        assertThat(areasOf(Role.CLERK)).containsExactly(WorkArea.HOME, WorkArea.PERMIT, WorkArea.QUERY, WorkArea.REGISTER,
                WorkArea.OUTFLOW, WorkArea.VERIFY, WorkArea.SYNC);
        assertThat(areasOf(Role.REVIEWER)).containsExactly(WorkArea.HOME, WorkArea.PERMIT, WorkArea.QUERY, WorkArea.REGISTER,
                WorkArea.REPORT, WorkArea.OUTFLOW, WorkArea.VERIFY, WorkArea.SYNC);
        assertThat(areasOf(Role.CHIEF)).containsExactly(WorkArea.HOME, WorkArea.REGISTRATION, WorkArea.PERMIT,
                WorkArea.ENDORSEMENT, WorkArea.QUERY, WorkArea.REGISTER, WorkArea.REPORT, WorkArea.OUTFLOW,
                WorkArea.VERIFY, WorkArea.COLLECTION, WorkArea.SYNC);
        assertThat(areasOf(Role.GRID_WORKER)).as("collects only").containsExactly(WorkArea.COLLECTION);
        assertThat(areasOf(Role.ADMIN)).as("settings and sync, no personal data")
                .containsExactly(WorkArea.SETTINGS, WorkArea.SYNC);
    }

    private static List<WorkArea> areasOf(Role role) {
        Operator op = TestOperators.signIn(ctx, "areas" + role.ordinal(), "区域" + role.ordinal(), role);
        return new MainViewModel(op, ctx.stationSetup().station().orElseThrow(), ctx.authentication(),
                BackgroundWork.inline()).areas();
    }

    @Test
    void namesTheOperatorAndStationAndSaysUnconfiguredDevicesAreUnconfigured() {
        MainViewModel screen = screen();

        assertThat(screen.operatorText()).isEqualTo("当前用户：王芳");
        assertThat(screen.stationText()).isEqualTo("服务站：关山街道流动人口服务站（420111002001）");
        assertThat(screen.cardReaderStatus().get()).isEqualTo("读卡器：未配置");
        assertThat(screen.printerStatus().get()).isEqualTo("打印机：未配置");
        assertThat(screen.syncStatus().get()).isEqualTo("平台同步：未配置");

        screen.showCardReaderStatus("已连接");
        assertThat(screen.cardReaderStatus().get()).isEqualTo("读卡器：已连接");
    }

    @Test
    void thePrinterStatusFollowsTheChosenPrinterElseTheSystemDefault() {
        JsonPrinterSettingsStore settings = new JsonPrinterSettingsStore(settingsDir);
        PrinterCatalog printers = () -> List.of(new PrinterInfo("Office", true, true, List.of()),
                new PrinterInfo("CardPrinter", false, false, List.of()));
        MainViewModel screen = screen();

        screen.checkPrinter(List::of, settings);
        assertThat(screen.printerStatus().get()).as("no printer at all").isEqualTo("打印机：未配置");

        screen.checkPrinter(printers, settings);
        assertThat(screen.printerStatus().get()).isEqualTo("打印机：Office（就绪）");

        settings.save(PrinterSettings.EMPTY.withProfile(
                new PrinterProfile(DocumentType.REGISTRATION_CERTIFICATE, "CardPrinter", null, 1, false)));
        screen.checkPrinter(printers, settings);
        assertThat(screen.printerStatus().get()).isEqualTo("打印机：CardPrinter（已暂停，请检查打印机）");

        settings.save(PrinterSettings.EMPTY.withProfile(
                new PrinterProfile(DocumentType.REGISTRATION_CERTIFICATE, "Gone", null, 1, false)));
        screen.checkPrinter(printers, settings);
        assertThat(screen.printerStatus().get()).isEqualTo("打印机：找不到已设置的打印机 Gone");
    }

    @Test
    void signingOutIsAuditedBeforeTheLoginScreenReturns() {
        MainViewModel screen = screen();
        AuditEntry[] seen = new AuditEntry[1];

        screen.logout(() -> seen[0] = ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0));

        assertThat(seen[0]).isNotNull();
        assertThat(seen[0].action()).isEqualTo(AuditAction.LOGOUT);
        assertThat(seen[0].actor()).isEqualTo("wangfang");
    }

    @Test
    void theStatusBarNamesWhatTheWizardLeftUntilItIsConfigured() {
        Operator grid = TestOperators.signIn(ctx, "wangge", "网格员", Role.GRID_WORKER);
        MainViewModel model = new MainViewModel(grid, ctx.stationSetup().station().orElseThrow(), ctx.authentication(),
                BackgroundWork.inline());
        assertThat(model.setupStatus().get()).as("nothing is claimed before the check").isEmpty();

        model.checkSetup(ctx.setupChecklist());
        assertThat(model.setupStatus().get())
                .isEqualTo("尚未配置：读卡器、打印机、平台、备份（可在“系统设置”中配置）");

        Operator admin = TestOperators.signIn(ctx, "xitong", "系统管理员", Role.ADMIN);
        ctx.backups().configure(admin, settingsDir, 7);
        ctx.cardReaderSettings().save(admin, "COM3");
        model.refreshSetup();
        assertThat(model.setupStatus().get()).isEqualTo("尚未配置：打印机、平台（可在“系统设置”中配置）");
        assertThat(MainViewModel.describeMissing(List.of())).isEmpty();
    }
}
