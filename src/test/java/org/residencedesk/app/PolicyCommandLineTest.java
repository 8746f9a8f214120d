package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.masterdata.ClasspathMasterData;
import picocli.CommandLine;

/** {@code setup --issuing-authority} and a refused policy file on the real command tree (ADRs 0165, 0168). */
class PolicyCommandLineTest {
    @TempDir
    Path dataDir;
    private Main.LazyContext context;

    record Run(int exitCode, String out, String err) { }

    private Run run(String... args) {
        ClasspathMasterData masterData = org.residencedesk.testing.TestMasterData.shared();
        context = new Main.LazyContext(dataDir, dataDir.resolve("keys"), masterData, CommandLineLanguageTest.CLOCK);
        CommandLine cli = Main.commandLine(dataDir, masterData, CommandLineLanguageTest.CLOCK, context);
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

    private Run setup(String authority) throws IOException {
        Path password = org.residencedesk.testing.PasswordFiles.write(dataDir, "pw.txt", "Station#2026");
        return run("setup", "--station-code", "420111002001", "--station-name", "关山街道流动人口服务站",
                "--division", "420111002", "--issuing-authority", authority, "--admin-user", "admin",
                "--admin-password-file", password.toString());
    }

    @Test
    void setupStoresTheIssuingAuthority() throws IOException {
        Run run = setup("武汉市公安局洪山分局");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(context.get().stationSetup().station().orElseThrow().issuingAuthority())
                .hasValue("武汉市公安局洪山分局");
    }

    @Test
    void setupRefusesAnAuthorityThatIsNoPoliceAuthorityNamingTheOption() throws IOException {
        Run run = setup("关山街道流动人口服务站");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("--issuing-authority：签发机关应为公安机关的全称，如 武汉市公安局洪山分局"
                + System.lineSeparator());
        assertThat(context.get().stationSetup().isSetUp()).isFalse();
    }

    @Test
    void aBadPolicyFileIsNamedAndTheCommandExits78() throws IOException {
        Files.writeString(dataDir.resolve("station-policy.properties"), "version = 1\nfee.reissue = 二十元\n");

        Run run = setup("武汉市公安局洪山分局");

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err()).isEqualTo("站点政策文件 station-policy.properties 第 2 行：设置 fee.reissue 的值无效："
                + "补领工本费（元）须为 0 至 1000 元之间的金额，最多两位小数。请改正或删除该文件后重新启动（删除后使用湖北省默认值）。"
                + System.lineSeparator());
        assertThat(dataDir.resolve("db")).doesNotExist();
    }
}
