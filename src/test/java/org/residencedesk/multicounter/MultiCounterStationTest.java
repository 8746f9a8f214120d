package org.residencedesk.multicounter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.storage.PrivateFiles;
import org.residencedesk.testing.Await;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;

/**
 * Issue 16, "tests that must exist": one Derby Network Server ({@code serve-db}, a child JVM on a free loopback port)
 * and two counter JVMs that register people and accept their permits through the real services at the same time,
 * 1,000 operations each. Afterwards the registration and acceptance numbers are unique and gapless, the outbox seq
 * and the audit chain run 1..N without a hole, and no two counters ever held the uploader's lease at once.
 */
class MultiCounterStationTest {
    /** People each counter registers and accepts a permit for: 2 operations each. */
    static final int PEOPLE = 500;

    @TempDir
    Path mainPc;
    @TempDir
    Path counterA;
    @TempDir
    Path counterB;
    @TempDir
    Path shared;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopChildren() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void twoCountersWritingAtOnceLeaveUniqueGaplessNumbersAndOneUploaderAtATime() throws Exception {
        TestClock clock = TestClock.at(CounterChild.JANUARY.toString());
        try (AppContext ctx = TestStation.open(mainPc, clock)) {
            assertThat(ctx.transactions().readOnly(() -> ctx.stations().find())).isPresent();
        }
        int port = freePort();
        Path counterFile = shared.resolve("counter.properties");
        Process server = java(Main.class.getName(), "--data-dir", mainPc.toString(), "serve-db",
                "--listen", "127.0.0.1", "--port", Integer.toString(port), "--public-host", "127.0.0.1",
                "--counter-file", counterFile.toString());
        BufferedReader serverOut = reader(server);
        String started = serverOut.readLine();
        assertThat(started).as("serve-db's first line").isEqualTo(
                "数据库服务已启动：柜台地址 127.0.0.1:" + port + "。柜台配置文件已写入 " + counterFile
                        + "，请复制到各柜台电脑的数据目录（权限 600）。按 Ctrl+C 或用 systemctl stop 停止。");
        assertThat(PrivateFiles.openToOthers(counterFile)).isFalse();
        String settings = Files.readString(counterFile, StandardCharsets.UTF_8);
        assertThat(settings).contains("database.url=jdbc:derby://127.0.0.1:" + port + "/db\n")
                .doesNotContain("bootPassword");
        install(settings, counterA, "counter-a");
        install(settings, counterB, "counter-b");

        Path marker = shared.resolve("uploader.marker");
        Process a = java(CounterChild.class.getName(), counterA.toString(), "420106", Integer.toString(PEOPLE),
                marker.toString());
        Process b = java(CounterChild.class.getName(), counterB.toString(), "420102", Integer.toString(PEOPLE),
                marker.toString());
        BufferedReader outA = reader(a);
        BufferedReader outB = reader(b);
        assertThat(outA.readLine()).isEqualTo("READY");
        assertThat(outB.readLine()).isEqualTo("READY");
        go(a);
        go(b);
        CompletableFuture<List<String>> linesA = CompletableFuture.supplyAsync(() -> lines(outA));
        CompletableFuture<List<String>> linesB = CompletableFuture.supplyAsync(() -> lines(outB));
        Await.until(Duration.ofMinutes(3), "both counters finish", () -> linesA.isDone() && linesB.isDone());
        List<String> resultA = linesA.get();
        List<String> resultB = linesB.get();
        assertThat(resultA).as("counter A").doesNotContain("OVERLAP").last().asString().startsWith("DONE 1000 ");
        assertThat(resultB).as("counter B").doesNotContain("OVERLAP").last().asString().startsWith("DONE 1000 ");
        int leases = leases(resultA) + leases(resultB);
        assertThat(leases).as("the lease changed hands during the run").isGreaterThan(1);

        server.destroy(); // SIGTERM: the server stops and shuts the database down cleanly
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        try (AppContext ctx = TestStation.reopen(mainPc, clock); Connection c = ctx.database().openConnection()) {
            int people = 2 * PEOPLE;
            String prefix = TestStation.CODE + "2026";
            assertThat(serials(c, "SELECT REG_NUMBER FROM RESIDENCE_REGISTRATION", prefix))
                    .as("registration numbers").isEqualTo(oneTo(people));
            assertThat(serials(c, "SELECT ACCEPTANCE_NO FROM PERMIT_APPLICATION", prefix))
                    .as("acceptance numbers").isEqualTo(oneTo(people));
            List<Long> seqs = longs(c, "SELECT SEQ FROM OUTBOX_EVENT ORDER BY SEQ");
            assertThat(seqs).as("outbox seq").hasSizeGreaterThanOrEqualTo(2 * people).isEqualTo(oneTo(seqs.size()));
            assertThat(ctx.audit().verify().ok()).as("the audit chain both counters wrote").isTrue();
        }
    }

    private static List<Long> serials(Connection c, String sql, String prefix) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String number = rs.getString(1);
                assertThat(number).startsWith(prefix);
                out.add(Long.parseLong(number.substring(prefix.length())));
            }
        }
        return out.stream().sorted().collect(Collectors.toList());
    }

    private static List<Long> longs(Connection c, String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static List<Long> oneTo(int n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }

    /** From the child's last line {@code DONE <operations> <leases> <saves repeated after 数据库正忙>}. */
    private static int leases(List<String> lines) {
        String[] done = lines.get(lines.size() - 1).split(" ");
        return Integer.parseInt(done[2]);
    }

    /** The IT officer's copy of the server's file into a counter's data folder, with this counter's own id. */
    static void install(String settings, Path dataDir, String counterId) throws IOException {
        PrivateFiles.writeAtomically(dataDir.resolve("counter.properties"),
                settings.replace("counter.id=counter-1", "counter.id=" + counterId).getBytes(StandardCharsets.UTF_8),
                true);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    Process java(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(
                Path.of("target", "multicounter-children.err").toFile())).start();
        processes.add(p);
        return p;
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void go(Process p) throws IOException {
        Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
        w.write("GO\n");
        w.flush();
    }

    private static List<String> lines(BufferedReader in) {
        List<String> out = new ArrayList<>();
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.add(line);
            }
        } catch (IOException e) {
            out.add("READ FAILED");
        }
        return out;
    }
}
