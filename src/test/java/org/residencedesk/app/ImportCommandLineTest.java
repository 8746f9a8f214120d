package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.CommandLines.Run;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormColumns;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.service.collection.CollectedPeople;
import org.residencedesk.service.collection.RegisterRows;
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;

/**
 * {@code import} through the real command tree: the template, a file with good and bad rows (JSON report, exit 1),
 * the same file again (nothing added), a 网格员 refused --confirm (exit 5), a missing file (exit 3, one Chinese
 * line), a failed sign-in (exit 4).
 */
class ImportCommandLineTest {
    static final Clock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;
    static String gridPassword;
    static String staffPassword;
    static Path csv;

    static Run run(String... args) {
        return CommandLines.run(dataDir, CLOCK, args);
    }

    @BeforeAll
    static void setUp() throws Exception {
        String adminPw = PasswordFiles.write(files, "admin.txt", "Station#2026").toString();
        Run setup = run("setup", "--station-code", "420111002001", "--station-name", "关山街道流动人口服务站",
                "--division", "420111002", "--issuing-authority", "武汉市公安局洪山分局", "--admin-user", "admin",
                "--admin-password-file", adminPw);
        assertThat(setup.exitCode()).as(setup.err()).isZero();
        List<FormValues> rows = List.of(CollectedPeople.person(1), CollectedPeople.person(2),
                CollectedPeople.person(3).toBuilder().set("mobile", "12345").build(), CollectedPeople.person(4),
                CollectedPeople.person(5).toBuilder().set("arrivalDate", "2027-01-01").build());
        csv = files.resolve("采集表.csv");
        try (AppContext ctx = AppContext.open(dataDir, dataDir.resolveSibling(dataDir.getFileName() + "-keys"),
                TestMasterData.shared(), CLOCK)) {
            TestOperators.signIn(ctx, "liwei", "李伟", Role.GRID_WORKER);
            TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
            CollectedPeople.writeCsv(csv, new FormColumns(ctx.registration().form(), ctx.masterData()), rows);
        }
        gridPassword = PasswordFiles.write(files, "grid.txt", TestOperators.PASSWORD).toString();
        staffPassword = PasswordFiles.write(files, "staff.txt", TestOperators.PASSWORD).toString();
    }

    @Test
    void goodRowsAreQueuedBadRowsReportedAndASecondRunAddsNothing() throws Exception {
        Run first = run("import", "--what", "registrations", "--file", csv.toString(), "--operator", "liwei",
                "--password-file", gridPassword);

        assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(first.out());
        assertThat(report.get("accepted").asLong()).isEqualTo(3);
        assertThat(report.get("rejected").asLong()).isEqualTo(2);
        assertThat(report.get("errors").toString()).isEqualTo("[{\"row\":4,\"field\":\"mobile\",\"message\":"
                + "\"手机号码应为以1开头的11位数字\"},{\"row\":6,\"field\":\"arrivalDate\",\"message\":\"来本地日期不能晚于今天\"}]");
        assertThat(first.err()).isEmpty();

        Run second = run("import", "--what", "registrations", "--file", csv.toString(), "--operator", "liwei",
                "--password-file", gridPassword);
        JsonNode again = new ObjectMapper().readTree(second.out());
        assertThat(again.get("accepted").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(3);
    }

    @Test
    void aGridWorkerMayNotRegisterDirectly() {
        Run refused = run("import", "--what", "registrations", "--file", csv.toString(), "--operator", "liwei",
                "--password-file", gridPassword, "--confirm");

        assertThat(refused.exitCode()).isEqualTo(5);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("账号 liwei 没有确认登记的权限（网格员只能采集），请去掉 --confirm 把行放入采集队列。"
                + System.lineSeparator());
    }

    @Test
    void aMissingFileIsOneChineseLineAndAFailedSignInIsExitFour() throws Exception {
        Path missing = files.resolve("nowhere.xlsx");
        Run run = run("import", "--what", "registrations", "--file", missing.toString(), "--operator", "wangfang",
                "--password-file", staffPassword);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("找不到文件 " + missing + System.lineSeparator());

        String wrong = PasswordFiles.write(files, "wrong.txt", "Wrong#2026").toString();
        Run notIn = run("import", "--what", "registrations", "--file", csv.toString(), "--operator", "wangfang",
                "--password-file", wrong);
        assertThat(notIn.exitCode()).isEqualTo(4);
        assertThat(notIn.out()).isEmpty();
    }

    @Test
    void housesWithConfirmAndOutflowIntoTheQueueAndTheirTemplates() throws Exception {
        Path houses = files.resolve("房屋.csv");
        RegisterRows.writeCsv(houses, RegisterRows.HOUSE, List.of(RegisterRows.house("HBCLI01", "珞喻路", "8号", "801"),
                RegisterRows.with(RegisterRows.house("", "珞喻路", "9号", "901"), RegisterRows.HOUSE, "managerPhone",
                        "")));
        Run registered = run("import", "--what", "houses", "--file", houses.toString(), "--operator", "wangfang",
                "--password-file", staffPassword, "--collector", "LANDLORD", "--confirm");
        assertThat(registered.exitCode()).as(registered.err()).isEqualTo(1);
        assertThat(registered.out().strip()).isEqualTo("{\"accepted\":1,\"rejected\":1,\"duplicates\":0,\"ended\":0,"
                + "\"errors\":[{\"row\":3,\"field\":\"managerPhone\",\"message\":\"此项必填\"}],"
                + "\"registered\":[{\"row\":2,\"recordNumber\":\"HBCLI01\"}]}");

        Path outflow = files.resolve("流出.csv");
        RegisterRows.writeCsv(outflow, RegisterRows.OUTFLOW, List.of(RegisterRows.outflow(71, "2026-03-01")));
        Run queued = run("import", "--what", "outflow", "--file", outflow.toString(), "--operator", "liwei",
                "--password-file", gridPassword);
        assertThat(queued.exitCode()).as(queued.err()).isZero();
        assertThat(new ObjectMapper().readTree(queued.out()).get("accepted").asLong()).isEqualTo(1);

        for (String what : List.of("houses", "employers", "outflow")) {
            Path template = files.resolve(what + "-模板.xlsx");
            Run written = run("import", "--what", what, "--template", template.toString());
            assertThat(written.exitCode()).as(written.err()).isZero();
            assertThat(Files.size(template)).isGreaterThan(1000);
        }
    }

    @Test
    void theTemplateIsWrittenOnceAndNeverReplaced() throws Exception {
        Path template = files.resolve("模板.xlsx");
        Run written = run("import", "--template", template.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).isEqualTo("已生成采集模板 " + template + "。" + System.lineSeparator());
        assertThat(Files.size(template)).isGreaterThan(1000);

        Run again = run("import", "--template", template.toString());
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).isEqualTo("未生成模板：" + template + " 已存在，原有内容未改动。请换一个文件名。"
                + System.lineSeparator());
    }
}
