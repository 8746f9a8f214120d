package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.CommandLines.Run;
import org.residencedesk.masterdata.ClasspathMasterData;
import org.residencedesk.testing.TestClock;

/**
 * {@code audit verify} and {@code audit list} through the real command tree of {@link Main}, on a station set up
 * with {@code setup}: the JSON and exit codes of an intact and a tampered chain, and a listing that needs the
 * operator's password; and the window's lockout stopping an {@code export} through the same command tree.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditCommandLineTest {
    static final Clock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;

    static Run run(String... args) {
        return CommandLines.run(dataDir, CLOCK, args);
    }

    static Path passwordFile(String name, String password) throws Exception {
        return org.residencedesk.testing.PasswordFiles.write(files, name, password);
    }

    @BeforeAll
    static void setUp() throws Exception {
        Run setup = run("setup", "--station-code", "420111002001", "--station-name", "关山街道流动人口服务站",
                "--division", "420111002", "--issuing-authority", "武汉市公安局洪山分局", "--admin-user", "admin", "--admin-password-file",
                passwordFile("admin.txt", "Station#2026").toString());
        assertThat(setup.exitCode()).as(setup.err()).isZero();
    }

    @Test
    @Order(1)
    void verifyPrintsOneJsonObjectAndExitsZeroWhenIntact() throws Exception {
        Run run = run("audit", "verify");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("entries").asLong()).isEqualTo(2); // station and administrator created
        assertThat(json.get("firstBroken").isNull()).isTrue();
        assertThat(json.get("reason").asText()).isEqualTo("审计日志完整");
    }

    @Test
    @Order(2)
    void listRefusesWithoutAPasswordFileAndWithAWrongPassword() throws Exception {
        Run missing = run("audit", "list", "--from", "2026-11-28", "--to", "2026-11-28", "--operator", "admin");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("缺少必需的选项或参数", "--password-file");
        assertThat(missing.out()).isEmpty();

        Run wrong = run("audit", "list", "--from", "2026-11-28", "--to", "2026-11-28", "--operator", "admin",
                "--password-file", passwordFile("wrong.txt", "Wrong2026").toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.out()).as("nothing listed").isEmpty();
        assertThat(wrong.err()).containsPattern("\\p{IsHan}{4,}").doesNotContain("Exception");

        Run unknown = run("audit", "list", "--from", "2026-11-28", "--to", "2026-11-28", "--operator", "nobody",
                "--password-file", passwordFile("nobody.txt", "Station#2026").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).as("unknown logins and wrong passwords look the same").isEqualTo(wrong.err());
    }

    @Test
    @Order(3)
    void listShowsChineseColumnsAndMaskedIdsWithTheRightPassword() throws Exception {
        Run run = run("audit", "list", "--from", "2026-11-28", "--to", "2026-11-28", "--operator", "admin",
                "--password-file", passwordFile("admin.txt", "Station#2026").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().split("\\R");
        assertThat(lines[0]).isEqualTo("序号\t时间\t操作人\t操作\t对象类型\t对象编号\t说明");
        assertThat(run.out()).contains("1\t2026-11-28 09:15:00\tadmin\t创建服务站\t服务站\t420*******01\t")
                .contains("2\t2026-11-28 09:15:00\tadmin\t创建账号\t账号\ta***n\t")
                .contains("登录失败", "登录成功")
                .doesNotContain("420111002001");
        assertThat(run.err()).contains("条记录");

        Run others = run("audit", "list", "--from", "2026-11-28", "--to", "2026-11-28", "--user", "nobody",
                "--operator", "admin", "--password-file", passwordFile("admin.txt", "Station#2026").toString());
        assertThat(others.exitCode()).isZero();
        String[] rows = others.out().split("\\R");
        assertThat(rows).hasSize(2);
        assertThat(rows[1]).contains("\tnobody\t", "登录失败");
    }

    @Test
    @Order(4)
    void verifyExitsOneAndNamesTheFirstBrokenEntryAfterARowWasEdited() throws Exception {
        ClasspathMasterData masterData = org.residencedesk.testing.TestMasterData.shared();
        try (Main.LazyContext context = new Main.LazyContext(dataDir,
                dataDir.resolveSibling(dataDir.getFileName() + "-keys"), masterData, CLOCK);
             Connection c = context.get().database().openConnection(); Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE AUDIT_ENTRY SET ACTOR = 'someone' WHERE SEQ = 3")).isOne();
        }

        Run run = run("audit", "verify");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("firstBroken").asLong()).isEqualTo(3);
        assertThat(json.get("entries").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(json.get("reason").asText()).contains("校验值不符");
    }

    @Test
    @Order(5)
    void theLockoutOfTheWindowAppliesToTheCommandLine() throws Exception {
        String wrong = passwordFile("wrong.txt", "Wrong2026").toString();
        for (int i = 0; i < 5; i++) {
            assertThat(run("audit", "list", "--from", "2026-11-28", "--to", "2026-11-28", "--operator", "admin",
                    "--password-file", wrong).exitCode()).isEqualTo(2);
        }
        Run locked = run("audit", "list", "--from", "2026-11-28", "--to", "2026-11-28", "--operator", "admin",
                "--password-file", passwordFile("admin.txt", "Station#2026").toString());
        assertThat(locked.exitCode()).isEqualTo(2);
        assertThat(locked.out()).isEmpty();
        assertThat(locked.err()).contains("锁定");
    }

    @Test
    @Order(6)
    void exportThroughTheCommandTreeIsRefusedWhileTheAccountIsLocked() throws Exception {
        Path file = files.resolve("locked-export.csv");

        Run locked = run("export", "--what", "registrations", "--format", "csv", "--out", file.toString(),
                "--operator", "admin", "--password-file", passwordFile("admin.txt", "Station#2026").toString());

        assertThat(locked.exitCode()).isEqualTo(4);
        assertThat(locked.out()).isEmpty();
        assertThat(locked.err()).isEqualTo("连续输错密码次数过多，账号已锁定15分钟" + System.lineSeparator());
        assertThat(file).doesNotExist();
    }

    @Test
    @Order(7)
    void theSubcommandsAnswerHelpInChinese() {
        for (String sub : new String[] {"verify", "list"}) {
            Run help = run("audit", sub, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).startsWith("用法：").contains("选项：", "显示此帮助并退出")
                    .doesNotContain("Usage:", "Show this help");
        }
        assertThat(run("audit", "list", "--help").out()).contains("起始日期", "密码文件");
        assertThat(run("audit", "verify", "--help").out()).contains("退出码");
    }
}
