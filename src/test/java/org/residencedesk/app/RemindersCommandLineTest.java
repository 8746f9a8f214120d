package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.CommandLines.Run;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.service.Operator;
import org.residencedesk.service.report.ReportFixture;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.SystemTools;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * {@code reminders} through the real command tree on a station (2026-11-28) with two registrations whose intended
 * stay ended and one whose stay goes on: the printed list, the letters and the SMS CSV, each audited; a second run
 * without {@code --overwrite} keeps the file; refusals with their exit codes and Chinese messages.
 */
class RemindersCommandLineTest {
    static final String FIRST = IdNumbers.citizen("420106", "19900315", 101);
    static final String SECOND = IdNumbers.citizen("420106", "19900315", 103);

    @TempDir
    static Path root;
    static Path dataDir;
    static Path files;
    static Path chiefPassword;
    static Path staffPassword;
    static ReportFixture fixture;

    @BeforeAll
    static void build() throws Exception {
        dataDir = root.resolve("station");
        files = Files.createDirectories(root.resolve("out"));
        fixture = new ReportFixture(dataDir, root.resolve("station-keys"));
        TestOperators.signIn(fixture.ctx, "zhanzhang", "张站长", Role.CHIEF);
        Operator staff = TestOperators.signIn(fixture.ctx, "qianjin", "钱进", Role.WINDOW_STAFF);
        register(staff, FIRST, "周甲", "2025-10-28", "1", "13812345678"); // ended 2025-11-27
        register(staff, SECOND, "王丁", "2026-10-28", "1", "13900002222"); // ended 2026-11-27
        register(staff, IdNumbers.citizen("420106", "19900315", 105), "吴乙", "2026-10-29", "1", "13800000000");
        fixture.close();
        chiefPassword = PasswordFiles.write(files, "chief.txt", TestOperators.PASSWORD);
        staffPassword = PasswordFiles.write(files, "staff.txt", TestOperators.PASSWORD);
    }

    static void register(Operator op, String id, String name, String arrival, String stay, String mobile) {
        FormValues values = RegistrationFixture.valid().toBuilder().set("idNumber", id).set("name", name)
                .set("sex", "1").set("birthDate", "1990-03-15").set("arrivalDate", arrival).set("intendedStay", stay)
                .set("mobile", mobile).set("operator", "").set("registrationDate", "").set("registrationNumber", "")
                .build();
        fixture.ctx.registration().register(op, values);
    }

    static Run run(String login, Path password, String... args) {
        List<String> all = new ArrayList<>(List.of("reminders"));
        all.addAll(List.of(args));
        all.addAll(List.of("--operator", login, "--password-file", password.toString()));
        return CommandLines.run(dataDir, fixture.clock, all.toArray(String[]::new));
    }

    static AuditEntry latestAudit() {
        try (AppContext ctx = AppContext.openForTests(dataDir, root.resolve("station-keys"), TestMasterData.shared(),
                fixture.clock)) {
            return ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
        }
    }

    static String pdfText(Path pdf) throws Exception {
        SystemTools.require(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "pdftotext (poppler-utils)");
        Process p = new ProcessBuilder(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"))
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return text.replaceAll("\\s+", "");
    }

    @Test
    void theListPdfIsWrittenOnceAndReplacedOnlyWhenAsked() throws Exception {
        Path pdf = files.resolve("届满名单.pdf");
        Run first = run("qianjin", staffPassword, "--kind", "stay-ended", "--out", pdf.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().strip()).isEqualTo("已导出提醒名单（2 人，1 页）到 届满名单.pdf，已记入审计日志。");
        assertThat(pdfText(pdf)).contains("拟居住期限届满名单", "村（社区）：全部", "名单日期：2026年11月28日", "共2人",
                "1周甲" + IdNumber.mask(FIRST) + "海核社区2025年11月27日有",
                "2王丁" + IdNumber.mask(SECOND) + "海核社区2026年11月27日有")
                .doesNotContain("吴乙", FIRST, SECOND);
        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        AuditEntry audited = latestAudit();
        assertThat(audited.actor()).isEqualTo("qianjin");
        assertThat(audited.detail()).isEqualTo("list STAY_ENDED all count=2 pages=1 pdf");

        Run again = run("qianjin", staffPassword, "--kind", "stay-ended", "--out", pdf.toString());
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err().strip()).isEqualTo("文件已存在，未覆盖：" + pdf);

        Run letters = run("qianjin", staffPassword, "--kind", "stay-ended", "--village", "420111002003", "--letters",
                "--overwrite", "--out", pdf.toString());
        assertThat(letters.exitCode()).as(letters.err()).isZero();
        assertThat(letters.out().strip()).isEqualTo("已导出 2 封提醒函（2 页）到 届满名单.pdf，已记入审计日志。");
        assertThat(pdfText(pdf)).contains("周甲：", "王丁：", "拟居住期限已于2025年11月27日届满");
    }

    @Test
    void theSmsCsvIsTheChiefsAndAudited() throws Exception {
        Path csv = files.resolve("短信.csv");
        Run staff = run("qianjin", staffPassword, "--kind", "stay-ended", "--out", csv.toString());
        assertThat(staff.exitCode()).isEqualTo(2);
        assertThat(staff.err().strip()).isEqualTo("账号 qianjin 没有“导出个人信息”权限（须为站长），不能导出含手机号码的短信名单。");
        assertThat(csv).doesNotExist();

        Run chief = run("zhanzhang", chiefPassword, "--kind", "stay-ended", "--out", csv.toString());
        assertThat(chief.exitCode()).as(chief.err()).isZero();
        assertThat(chief.out().strip()).isEqualTo("已导出 2 人的短信名单到 " + csv + "，已记入审计日志。");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF姓名,手机号码,身份证号码,事项,日期,村（社区）\r\n"
                + "周甲,13812345678," + IdNumber.mask(FIRST) + ",登记的拟居住期限已届满，仍在本地居住的请到服务站变更登记，已离开的请办理注销,"
                + "2025年11月27日,海核社区\r\n"
                + "王丁,13900002222," + IdNumber.mask(SECOND) + ",登记的拟居住期限已届满，仍在本地居住的请到服务站变更登记，已离开的请办理注销,"
                + "2026年11月27日,海核社区\r\n");
        assertThat(latestAudit().detail()).isEqualTo("sms STAY_ENDED all 2");
    }

    @Test
    void wrongInputIsRefusedWithItsExitCode() {
        Path out = files.resolve("x.pdf");
        Run kind = run("qianjin", staffPassword, "--kind", "soon", "--out", out.toString());
        assertThat(kind.exitCode()).isEqualTo(64);
        assertThat(kind.err().strip()).isEqualTo("提醒事项“soon”不对：请填 due、lapsed、collection 或 stay-ended。");
        Run csvLetters = run("qianjin", staffPassword, "--kind", "due", "--letters", "--out",
                files.resolve("x.csv").toString());
        assertThat(csvLetters.exitCode()).isEqualTo(64);
        assertThat(csvLetters.err().strip()).isEqualTo("输出文件 " + files.resolve("x.csv")
                + " 须以 .pdf 或 .csv 结尾；--letters（提醒函）只能输出 .pdf。");
        Run village = run("qianjin", staffPassword, "--kind", "due", "--village", "420111999999", "--out", out.toString());
        assertThat(village.exitCode()).isEqualTo(64);
        assertThat(village.err().strip()).isEqualTo("村（社区）代码 420111999999 不是本站辖区的村（社区）。");
        Run inside = run("qianjin", staffPassword, "--kind", "stay-ended", "--out", dataDir.resolve("x.pdf").toString());
        assertThat(inside.exitCode()).isEqualTo(5);
        assertThat(inside.err().strip()).isEqualTo("不能导出到数据目录中：" + dataDir.resolve("x.pdf"));
        Run wrong = run("qianjin", chiefPassword.resolveSibling("missing.txt"), "--kind", "due", "--out", out.toString());
        assertThat(wrong.exitCode()).isEqualTo(4);
        assertThat(out).doesNotExist();
    }
}
