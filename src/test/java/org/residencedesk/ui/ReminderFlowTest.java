package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.service.report.ReminderRow;
import org.residencedesk.testing.CupsPdfOutput;
import org.residencedesk.testing.IdNumbers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * TestFX (headless, 1366×800): the 工作台's 提醒 panel with people in it (issue 15 item 4). Three permits issued in
 * December 2025 are due for endorsement on 28 November 2026, two in 海核社区, one in 南望社区.
 * The chief filters by village, writes the SMS list (mobiles, masked ID numbers) and the list PDF, prints the list on
 * the real CUPS queue {@code PDF} and prints it again from its preview; every view, export and print is audited with
 * the kind, the village and the count.
 */
@ExtendWith(ApplicationExtension.class)
class ReminderFlowTest {
    private static final String HAIHE = "420111002003";
    private static final String NANWANG = "420111002005";
    private static final String BAI = IdNumbers.citizen("420106", "19900315", 3);
    private static final String KE = IdNumbers.citizen("420106", "19851120", 5);
    private static final String QU = IdNumbers.citizen("420106", "19800101", 7);
    @TempDir
    static Path dataDir;
    @TempDir
    static Path out;
    DeskWindowFixture desk;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = new DeskWindowFixture(dataDir, Role.CHIEF, Role.REVIEWER, Role.CLERK, Role.WINDOW_STAFF);
        LocalDate arrived = LocalDate.of(2025, 3, 1);
        desk.issued(desk.register(BAI, "柏一鸣", HAIHE, "13900001111", arrived), LocalDate.of(2025, 12, 20));
        desk.issued(desk.register(KE, "柯二鸣", HAIHE, "13900002222", arrived), LocalDate.of(2025, 12, 25));
        desk.issued(desk.register(QU, "瞿三鸣", NANWANG, "13900003333", arrived), LocalDate.of(2025, 12, 22));
        desk.context.printerSettings().save(desk.context.printerSettings().load().withProfile(
                new PrinterProfile(DocumentType.REMINDER_LIST, CupsPdfOutput.QUEUE, null, 1, false)));
        desk.show(stage, 1366, 800, (owner, title, name) -> Optional.of(out.resolve(name)));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theChiefFiltersExportsPrintsAndPreviewsTheDueList(FxRobot robot) throws Exception {
        CupsPdfOutput.require();
        desk.signIn(robot);
        Node root = robot.lookup("#dashboardArea").query();
        TitledPane pane = robot.from(root).lookup("#reminderPane").queryAs(TitledPane.class);
        robot.clickOn(robot.from(pane).lookup(".title").<Node>query());
        DeskWindowFixture.waitUntil(() -> robot.from(root).lookup("#reminderArea").tryQuery().isPresent());
        Node panel = robot.from(root).lookup("#reminderArea").query();
        DeskWindowFixture.waitUntil(() -> "共 3 人".equals(message(robot, panel)));
        TableView<?> table = robot.from(panel).lookup("#table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(r -> ((ReminderRow) r).name() + " " + ((ReminderRow) r).maskedIdNumber()
                + " " + ((ReminderRow) r).village() + " " + ((ReminderRow) r).day()).containsExactly(
                "柏一鸣 " + masked(BAI) + " 海核社区 2026-12-19", "瞿三鸣 " + masked(QU) + " 南望社区 2026-12-21",
                "柯二鸣 " + masked(KE) + " 海核社区 2026-12-24");

        @SuppressWarnings("unchecked")
        ComboBox<Division> villages = robot.from(panel).lookup("#villageChoice").queryAs(ComboBox.class);
        robot.interact(() -> villages.setValue(villages.getItems().stream().filter(d -> d.code().equals(HAIHE))
                .findFirst().orElseThrow()));
        DeskWindowFixture.waitUntil(() -> "共 2 人".equals(message(robot, panel)));
        assertThat(table.getItems()).extracting(r -> ((ReminderRow) r).name()).containsExactly("柏一鸣", "柯二鸣");

        // 导出短信名单: the two with mobiles, masked ID numbers, owner-only
        robot.clickOn(robot.from(panel).lookup("#smsButton").queryButton());
        DeskWindowFixture.waitUntil(() -> message(robot, panel).startsWith("已导出 2 人"));
        assertThat(message(robot, panel)).isEqualTo("已导出 2 人的短信名单到 短信名单.csv，已记入审计日志。");
        Path csv = out.resolve("短信名单.csv");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
                "\uFEFF姓名,手机号码,身份证号码,事项,日期,村（社区）",
                "柏一鸣,13900001111," + masked(BAI) + ",居住证签注即将到期，请在到期前到服务站办理签注,2026年12月19日,海核社区",
                "柯二鸣,13900002222," + masked(KE) + ",居住证签注即将到期，请在到期前到服务站办理签注,2026年12月24日,海核社区");
        assertThat(Files.getPosixFilePermissions(csv)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        // 导出提醒名单 PDF: names and masked ID numbers, never the whole number
        robot.clickOn(robot.from(panel).lookup("#listButton").queryButton());
        DeskWindowFixture.waitUntil(() -> message(robot, panel).startsWith("已导出提醒名单"));
        assertThat(message(robot, panel)).isEqualTo("已导出提醒名单（2 人，1 页）到 提醒名单.pdf，已记入审计日志。");
        String listText = CupsPdfOutput.squeeze(CupsPdfOutput.run("pdftotext", "-enc", "UTF-8",
                out.resolve("提醒名单.pdf").toString(), "-"));
        assertThat(listText).contains("到期签注提醒名单", "村（社区）：海核社区", "柏一鸣", masked(BAI), "柯二鸣", masked(KE))
                .doesNotContain(BAI, KE, "瞿三鸣");

        // 打印提醒名单 on the real queue (the printed PDF found by its job and page count: its pages are images)
        Set<Path> before = CupsPdfOutput.before();
        robot.clickOn(robot.from(panel).lookup("#printListButton").queryButton());
        DeskWindowFixture.waitUntil(() -> message(robot, panel).startsWith("已将提醒名单"));
        assertThat(message(robot, panel)).isEqualTo("已将提醒名单（2 人）送到打印机（1 页），已记入审计日志。");
        assertThat(CupsPdfOutput.awaitPrinted(before, "reminder-list", 1)).isNotNull();

        // 预览提醒名单, then 打印 in the preview: audited with the kind, the village and the count
        before = CupsPdfOutput.before();
        robot.clickOn(robot.from(panel).lookup("#previewListButton").queryButton());
        DeskWindowFixture.waitUntil(() -> preview().isPresent()
                && robot.from(preview().get().getScene().getRoot()).lookup("#pageView").tryQuery().isPresent()
                && !robot.from(preview().get().getScene().getRoot()).lookup("#printButton").queryButton().isDisabled());
        Node previewRoot = preview().orElseThrow().getScene().getRoot();
        robot.interact(() -> robot.from(previewRoot).lookup("#printButton").queryButton().fire());
        DeskWindowFixture.waitUntil(() -> preview().isEmpty());
        assertThat(CupsPdfOutput.awaitPrinted(before, "reminder-list", 1)).isNotNull();
        DeskWindowFixture.waitUntil(() -> audit().stream().anyMatch(e -> e.detail().endsWith(" preview")));

        assertThat(audit()).extracting(e -> e.action() + " " + e.targetType() + " " + e.detail()).containsSubsequence(
                "RECORD_VIEWED REMINDER view ENDORSEMENT_DUE all count=3",
                "RECORD_VIEWED REMINDER view ENDORSEMENT_DUE " + HAIHE + " count=2",
                "DATA_EXPORTED REMINDER sms ENDORSEMENT_DUE " + HAIHE + " 2",
                "DATA_EXPORTED REMINDER_LIST list ENDORSEMENT_DUE " + HAIHE + " count=2 pages=1 pdf",
                "DOCUMENT_PRINTED REMINDER_LIST list ENDORSEMENT_DUE " + HAIHE
                        + " count=2 printer=PDF pages=1 copies=1 status=PRINTED",
                "RECORD_VIEWED REMINDER_LIST preview list ENDORSEMENT_DUE " + HAIHE + " count=2",
                "DOCUMENT_PRINTED REMINDER_LIST list ENDORSEMENT_DUE " + HAIHE
                        + " count=2 printer=PDF pages=1 copies=1 status=PRINTED preview");
    }

    private Optional<Window> preview() {
        return Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage s
                && "提醒名单预览".equals(s.getTitle())).findFirst();
    }

    /** The chief's reminder entries, oldest first. */
    private List<AuditEntry> audit() {
        List<AuditEntry> latest = new java.util.ArrayList<>(desk.context.transactions().readOnly(
                () -> desk.context.auditLog().latest(100)));
        java.util.Collections.reverse(latest);
        return latest.stream().filter(e -> e.actor().equals(DeskWindowFixture.LOGIN)
                && e.targetType() != null && e.targetType().startsWith("REMINDER")).toList();
    }

    private static String message(FxRobot robot, Node panel) {
        return robot.from(panel).lookup("#messageLabel").queryLabeled().getText();
    }

    private static String masked(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }
}
