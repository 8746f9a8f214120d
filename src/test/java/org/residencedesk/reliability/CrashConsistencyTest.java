package org.residencedesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.platform.PlatformConfig;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.platformsim.StoredEvent;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;

/**
 * Issue 18 item 1: a counter process ({@link CrashChild}) doing real work through the services is killed with
 * SIGKILL ({@code Process.destroyForcibly}) after a random number (0 to {@link #MAX_OPS}, seeded) of confirmed
 * operations, so the kill lands inside the next one; the next child is the restart and first checks the station
 * ({@link ConsistencyCheck}) against everything confirmed so far. {@code -Dkills=N} (default 2 in {@code mvn verify};
 * CI runs 20 after it through {@code reliability/run}, which alone runs 100) and {@code -Dcrash.seed}. The figures go to {@code target/reliability/crash.properties}
 * for docs/reliability.md.
 */
class CrashConsistencyTest {
    static final int MAX_OPS = 8;
    /**
     * From this many kills on the warm-up child writes the class-data archive (ADR 0305): writing it costs the
     * warm-up more than it saves a handful of restarts (measured, docs/reliability.md), so {@code mvn verify}'s 2
     * kills start without one.
     */
    static final int ARCHIVE_FROM_KILLS = 20;
    /** Cards and receipts go to the CUPS queue {@code PDF} when the scheduler has it, else to PDF files. */
    private final boolean cups = CardOutput.cupsQueueReady();
    /** The children's stderr (their log: no personal data), kept for a failed run. */
    static final Path ERRORS = Path.of("target", "reliability", "crash-children.err");
    @TempDir
    Path dataDir;
    @TempDir
    Path work;

    @Test
    void killedAtRandomMomentsNothingConfirmedIsLostAndNothingIsHalfWritten() throws Exception {
        int kills = Integer.getInteger("kills", 2);
        long seed = Long.getLong("crash.seed", 18);
        long started = System.nanoTime();
        Files.createDirectories(ERRORS.getParent());
        Files.deleteIfExists(ERRORS);
        Clock start = TestClock.at(CrashChild.START.toString());
        try (PlatformSimulator sim = PlatformSimulator.start(work.resolve("sim"), 0, null,
                new Faults(seed).slowMillis(30), null, Clock.systemUTC())) {
            try (AppContext ctx = TestStation.open(dataDir, start)) {
                assertThat(ctx.databaseDamaged()).isFalse();
            }
            Files.writeString(dataDir.resolve(PlatformConfig.FILE), "platform.url=" + sim.url() + "\n");
            Random random = new Random(seed);
            Confirmed confirmed = new Confirmed();
            List<String> problems = new ArrayList<>();
            int killedAfterNone = 0;
            long warm = System.nanoTime();
            warmUp(confirmed, kills >= ARCHIVE_FROM_KILLS);
            System.out.printf("warm-up child: %d ms%n", (System.nanoTime() - warm) / 1_000_000);
            for (int i = 1; i <= kills; i++) {
                int target = random.nextInt(MAX_OPS + 1);
                if (target == 0) {
                    killedAfterNone++;
                }
                long t0 = System.nanoTime();
                problems.addAll(runAndKill(i, random.nextLong(), target, confirmed));
                System.out.printf("kill %d after %d ops: %d ms, ready after %d ms%n", i, target,
                        (System.nanoTime() - t0) / 1_000_000, readyMillis);
                assertThat(problems).as("problems found after restart %d", i).isEmpty();
            }
            // the last restart, in this process: the same checks, and the platform holds each seq once, in order
            try (AppContext ctx = TestStation.reopen(dataDir,
                    Clock.offset(start, Duration.ofMinutes(3L * (kills + 1))))) {
                assertThat(ctx.databaseDamaged()).isFalse();
                assertThat(ConsistencyCheck.of(ctx, confirmed)).as("after the last kill").isEmpty();
                List<Long> seqs = sim.state().events(TestStation.CODE).stream().map(StoredEvent::seq).toList();
                assertThat(seqs).as("the platform holds every seq once, in order")
                        .isEqualTo(LongStream.rangeClosed(1, seqs.size()).boxed().toList());
                assertThat((long) seqs.size()).isGreaterThanOrEqualTo(confirmed.uploadedSeq);
                assertThat(confirmed.registrations).as("registrations confirmed over all kills").isNotEmpty();
                CrashFigures.write(kills, seed, cups, confirmed, killedAfterNone, problems.size(), seqs.size(),
                        Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }

    /** One child: its check of the last kill, then {@code target} confirmed operations, then SIGKILL. */
    private long readyMillis;
    private String childClasspath;

    private List<String> runAndKill(int i, long seed, int target, Confirmed confirmed) throws IOException,
            InterruptedException {
        Path expected = work.resolve("confirmed.txt");
        Files.write(expected, confirmed.lines());
        long born = System.nanoTime();
        Process child = child(i, seed, expected);
        List<String> problems = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean ready = false;
            int done = 0;
            while (done < target && (line = out.readLine()) != null) {
                if (line.startsWith("PROBLEM ") || line.startsWith("FAILED ")) {
                    problems.add("restart " + i + ": " + line);
                } else if (line.equals("READY")) {
                    ready = true;
                    readyMillis = (System.nanoTime() - born) / 1_000_000;
                } else if (ready && confirmed.take(line)) {
                    done++;
                }
            }
            while (!ready && (line = out.readLine()) != null) { // target 0: killed as soon as the work begins
                if (line.startsWith("PROBLEM ") || line.startsWith("FAILED ")) {
                    problems.add("restart " + i + ": " + line);
                }
                ready = line.equals("READY");
                readyMillis = (System.nanoTime() - born) / 1_000_000;
            }
            if (!ready || done < target) {
                problems.add("child " + i + " ended before it was killed (see " + ERRORS.toAbsolutePath() + ")");
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return problems;
    }

    /**
     * Child 0 does one operation of each kind and exits cleanly, writing the class-data archive every killed
     * child starts from when {@code archive} (ADR 0305, from {@link #ARCHIVE_FROM_KILLS} kills on). Its confirmations
     * count like the others, and it must confirm one of each kind.
     */
    private void warmUp(Confirmed confirmed, boolean archive) throws IOException, InterruptedException {
        Path expected = work.resolve("confirmed.txt");
        Files.write(expected, confirmed.lines());
        Process child = start(archive ? List.of("-XX:ArchiveClassesAtExit=" + archive()) : List.of(), 0, 0, expected,
                "warm");
        List<String> lines;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            lines = out.lines().toList();
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(lines).as("the warm-up child (see %s)", ERRORS.toAbsolutePath()).contains("CHECKED 0", "DONE");
        for (String kind : List.of("REG", "CHANGE", "SUBMIT", "ACCEPT", "APPROVE", "PRINT", "ISSUE", "ENDORSE", "MOVEOUT",
                "REREG", "DRAFT", "DISCARD", "UPLOAD")) {
            assertThat(lines).as("the warm-up child confirmed a %s", kind).anyMatch(l -> l.startsWith("OK " + kind + " "));
        }
        lines.stream().filter(l -> !l.startsWith("OK ")).forEach(l -> System.out.println("warm-up: " + l));
        lines.forEach(confirmed::take);
    }

    private Path archive() {
        return work.resolve("crash-child.jsa");
    }

    /**
     * The children's class path: each folder of this JVM's class path packed into a jar (stored, not compressed) in
     * the work folder once, since a dynamic class-data archive takes classes only from jars ("Cannot have non-empty
     * directory in paths" otherwise, and no archive is written).
     */
    private String childClasspath() throws IOException {
        if (childClasspath == null) {
            List<String> entries = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    Path jar = work.resolve("classpath-" + entries.size() + ".jar");
                    jar(path, jar);
                    entries.add(jar.toString());
                } else {
                    entries.add(entry);
                }
            }
            childClasspath = String.join(File.pathSeparator, entries);
        }
        return childClasspath;
    }

    private static void jar(Path dir, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> walk = Files.walk(dir)) {
            out.setLevel(Deflater.NO_COMPRESSION);
            for (Path path : walk.sorted().toList()) {
                String name = dir.relativize(path).toString().replace(File.separatorChar, '/');
                if (name.isEmpty()) {
                    continue;
                }
                boolean folder = Files.isDirectory(path);
                out.putNextEntry(new JarEntry(folder ? name + "/" : name));
                if (!folder) {
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
    }

    private Process child(int i, long seed, Path expected) throws IOException {
        List<String> options = Files.exists(archive()) ? List.of("-XX:SharedArchiveFile=" + archive()) : List.of();
        return start(options, i, seed, expected, "work");
    }

    private Process start(List<String> options, int i, long seed, Path expected, String mode) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        command.addAll(options);
        // the archive takes classes only from jars; without one the class path is this JVM's
        String classpath = options.isEmpty() ? System.getProperty("java.class.path") : childClasspath();
        command.addAll(List.of("-cp", classpath, CrashChild.class.getName(),
                dataDir.toString(), expected.toString(), Integer.toString(i), Long.toString(seed), mode,
                cups ? "cups" : "pdf"));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(ERRORS.toFile())).start();
    }
}
