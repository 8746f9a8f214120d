package org.residencedesk.multicounter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.CommandLines;
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.TestClock;

/**
 * A counter whose main PC was not upgraded yet (its server keeps the previous schema) stops with "先升级主机…" and exit
 * code 76; a counter whose {@code counter.properties} holds a password the server refuses (SQLState 08004) stops with
 * its own message and exit code 78 (docs/decisions/0330). Both against one real Derby Network Server
 * ({@link OlderServerChild}, a child JVM), never an incident, nothing changed.
 */
class CounterRefusedTest {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    static Path mainPc;
    @TempDir
    static Path shared;
    @TempDir
    Path counter;
    @TempDir
    Path files;

    private static Process server;
    private static String serverAddress;
    private static String counterSettings;
    private static int previous;
    private static int newest;
    private final TestClock clock = TestClock.at("2026-11-30T01:15:00Z");

    @BeforeAll
    static void startOlderServer() throws Exception {
        Path migrations = Files.createDirectories(shared.resolve("previous-migrations"));
        newest = copyAllButNewest(migrations);
        int port = MultiCounterStationTest.freePort();
        Path counterFile = shared.resolve("counter.properties");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), OlderServerChild.class.getName(), mainPc.toString(),
                Integer.toString(port), migrations.toString(), counterFile.toString()));
        server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(
                Path.of("target", "multicounter-children.err").toFile())).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String ready = out.readLine();
        while (ready != null && !ready.startsWith("READY")) {
            ready = out.readLine(); // the child's console log comes first
        }
        assertThat(ready).as("the older server's first line").isEqualTo("READY " + previous);
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(java.io.Writer.nullWriter());
            } catch (IOException stopped) {
                // the child ended
            }
        }, "older-server-output");
        drain.setDaemon(true); // the child's log must never fill the pipe and stall it
        drain.start();
        serverAddress = "127.0.0.1:" + port;
        counterSettings = Files.readString(counterFile, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.getOutputStream().close(); // the child stops and shuts Derby down cleanly
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void aCounterNewerThanItsMainPcSaysUpgradeTheMainPcFirstAndExitsWith76() throws IOException {
        MultiCounterStationTest.install(counterSettings, counter, "counter-2");

        CommandLines.Run run = CommandLines.run(counter, clock, "backup", "--status", "--operator", "admin",
                "--password-file", PasswordFiles.write(files, "password.txt", "Station#2026").toString());

        assertThat(run.exitCode()).isEqualTo(76);
        assertThat(run.err().strip()).isEqualTo("请先升级主机：主机（" + serverAddress + "）上的数据库还是版本 " + previous
                + "，本柜台的程序需要版本 " + newest + "，主机尚未升级到与本柜台相同的程序版本。请县局信息员先在主机上安装新版本程序并"
                + "重新启动数据库服务 residence-desk-db（或重新运行 residence-desk serve-db，启动时会先自动备份再升级"
                + "数据库），然后再启动本柜台。在此之前本柜台不能使用，数据未作任何改动。");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("事件编号");
        assertThat(counter.resolve("db")).as("a counter makes no database of its own").doesNotExist();
    }

    @Test
    void aPasswordTheServerRefusesHasItsOwnMessageAndExitCode78() throws IOException {
        String wrong = counterSettings.replaceFirst("database\\.password=\\S+", "database.password=" + "ef".repeat(24));
        assertThat(wrong).isNotEqualTo(counterSettings);
        MultiCounterStationTest.install(wrong, counter, "counter-3");

        CommandLines.Run run = CommandLines.run(counter, clock, "backup", "--status", "--operator", "admin",
                "--password-file", PasswordFiles.write(files, "password.txt", "Station#2026").toString());

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.err().strip()).isEqualTo("主机（" + serverAddress + "）上的数据库服务拒绝了本柜台的登录：柜台配置文件 "
                + "counter.properties 中的数据库口令或数据库名与主机不符（旧的或被改动过的副本）。请县局信息员"
                + "把主机数据目录下 server/counter.properties 的最新副本重新复制到本柜台的数据目录（权限 600，保留本柜台的 "
                + "counter.id），然后重新启动；数据未作任何改动。");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("ef".repeat(24));
        assertThat(counter.resolve("db")).doesNotExist();
    }

    /** Copies the packaged migrations except the newest into {@code to}; returns the newest version. */
    private static int copyAllButNewest(Path to) throws IOException, URISyntaxException {
        Path packaged = Path.of(CounterRefusedTest.class.getClassLoader().getResource("db/migration").toURI());
        List<Path> all;
        try (Stream<Path> files = Files.list(packaged)) {
            all = files.filter(p -> VERSION.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(CounterRefusedTest::version)).toList();
        }
        int top = version(all.get(all.size() - 1));
        previous = version(all.get(all.size() - 2));
        for (Path p : all.subList(0, all.size() - 1)) {
            Files.copy(p, to.resolve(p.getFileName()));
        }
        return top;
    }

    private static int version(Path p) {
        Matcher m = VERSION.matcher(p.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(p.toString());
        }
        return Integer.parseInt(m.group(1));
    }
}
