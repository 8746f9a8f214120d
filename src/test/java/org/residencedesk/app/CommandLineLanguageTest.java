package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.residencedesk.masterdata.ClasspathMasterData;
import org.residencedesk.testing.TestClock;
import picocli.CommandLine;

/**
 * Every command of the real command tree (as {@link Main} builds it) answers {@code --help},
 * {@code --version} and parse errors in Chinese from {@code i18n.cli}, with no picocli English left.
 */
class CommandLineLanguageTest {
    static final Clock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    /** picocli's English boilerplate and the English texts the commands had before. */
    static final List<String> ENGLISH = List.of("Usage:", "Missing required", "Unknown option", "Unmatched argument",
            "Show this help", "Print version", "Invalid value", "expected one of", "Options:", "Commands:",
            "Exit codes", "Default:", "Check an identity", "Read one ID card", "Serial port", "Baud rate");

    @TempDir
    Path dataDir;
    private Main.LazyContext context;

    record Run(int exitCode, String out, String err) { }

    private Run run(String... args) {
        ClasspathMasterData masterData = org.residencedesk.testing.TestMasterData.shared();
        context = new Main.LazyContext(dataDir, dataDir.resolve("keys"), masterData, CLOCK);
        CommandLine cli = Main.commandLine(dataDir, masterData, CLOCK, context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @AfterEach
    void close() {
        context.close();
    }

    static Stream<String> commands() {
        Main.LazyContext unused = new Main.LazyContext(Path.of("unused"), Path.of("unused-keys"), org.residencedesk.testing.TestMasterData.shared(), CLOCK);
        List<String> names = new ArrayList<>();
        names.add("");
        names.addAll(Main.commandLine(Path.of("unused"), org.residencedesk.testing.TestMasterData.shared(), CLOCK, unused)
                .getSubcommands().keySet());
        return names.stream();
    }

    private static String[] withCommand(String command, String... args) {
        List<String> all = new ArrayList<>();
        if (!command.isEmpty()) all.add(command);
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void everyCommandHasAChineseHelp(String command) {
        Run run = run(withCommand(command, "--help"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("用法：").contains("选项：", "显示此帮助并退出", "显示版本并退出")
                .containsPattern("\\p{IsHan}{4,}.*\\R(?s).*"); // a Chinese description
        assertThat(run.out()).doesNotContain(ENGLISH);
        assertThat(run.err()).isEmpty();
        assertThat(dataDir.resolve("db")).as("help never opens the database").doesNotExist();
    }

    @ParameterizedTest(name = "{0} --version")
    @MethodSource("commands")
    void everyCommandHasAVersion(String command) {
        Run run = run(withCommand(command, "--version"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).startsWith("ResidenceDesk").contains("居住登记").endsWith("0.1");
    }

    @Test
    void theRootHelpListsEveryCommandWithItsChineseDescription() {
        Run run = run("--help");

        assertThat(run.out()).contains("命令：", "[命令]", "setup", "初始化服务站及第一位管理员", "export", "导出数据",
                "demo-data", "生成虚构的人员", "id-check", "检查一个证件号码", "read-card", "读取一张居民身份证");
    }

    @Test
    void setupHelpShowsItsOptionsInsteadOfComplainingAboutThem() {
        Run run = run("setup", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--station-code=CODE", "12位服务站编码", "--admin-password-file=FILE",
                "含管理员密码的文件（首行）").doesNotContain("Missing");
    }

    @Test
    void optionHelpShowsDefaultsAndChoicesFromTheBundle() {
        assertThat(run("demo-data", "--help").out()).contains("--persons=N", "人数（1 至 5000000）",
                "（默认 1095）", "（默认 1）");
        assertThat(run("export", "--help").out()).contains("导出内容：REGISTRATIONS, PERMITS", "格式：CSV, JSON");
        assertThat(run("read-card", "--help").out()).contains("退出码：0 读卡成功", "（默认 5）", "（默认 115200）");
    }

    @Test
    void aMissingOptionIsNamedInChineseWithTheUsageAndExitCode2() {
        Run run = run("setup", "--station-code", "420111002001");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("缺少必需的选项或参数：").contains("--station-name", "--admin-user",
                "--admin-password-file").contains("用法：residence-desk setup").doesNotContain(ENGLISH);
        assertThat(run.out()).isEmpty();
        assertThat(dataDir.resolve("db")).as("nothing ran").doesNotExist();
    }

    @Test
    void anUnknownOptionIsNamedInChinese() {
        Run run = run("export", "--what", "permits", "--format", "csv", "--out", "x.csv", "--operator", "admin",
                "--password-file", "pw.txt", "--bogus", "1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElseThrow()).isEqualTo("无法识别的选项或参数：--bogus 1");
        assertThat(run.err()).contains("用法：residence-desk export").doesNotContain(ENGLISH);
    }

    @Test
    void anUnknownCommandIsNamedInChinese() {
        Run run = run("frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("无法识别的选项或参数：frobnicate").contains("命令：").doesNotContain(ENGLISH);
    }

    @Test
    void aValueThatIsNotANumberOrNotAChoiceIsNamedInChinese() {
        Run number = run("demo-data", "--persons", "many");
        assertThat(number.exitCode()).isEqualTo(2);
        assertThat(number.err().lines().findFirst().orElseThrow()).isEqualTo("--persons 的值“many”无效。");
        assertThat(number.err()).doesNotContain(ENGLISH);

        Run choice = run("export", "--what", "people", "--format", "csv", "--out", "x.csv", "--operator", "admin");
        assertThat(choice.exitCode()).isEqualTo(2);
        assertThat(choice.err().lines().findFirst().orElseThrow())
                .isEqualTo("--what 的值“people”无效，可选：registrations、permits、houses、employers。");
        assertThat(choice.err()).doesNotContain(ENGLISH);
        assertThat(Files.exists(Path.of("x.csv"))).isFalse();
    }

    @Test
    void aRepeatedOptionIsNamedInChinese() {
        Run repeated = run("read-card", "--port", "a", "--port", "b");

        assertThat(repeated.exitCode()).isEqualTo(2);
        assertThat(repeated.err().lines().findFirst().orElseThrow()).isEqualTo("选项 --port 只能给出一次。");
    }
}
