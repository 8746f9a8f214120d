package org.residencedesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Figures of the real window, each in child JVMs with the installer's launcher options ({@link #LAUNCHER},
 * ADR 0184 and 0356) under headless Monocle at the counter's 1366×800: the cold start to the login
 * screen beside a bare JavaFX window with one button (same options), and the resident memory after a counter day.
 */
final class WindowFigures {
    /** bin/residence-desk's and the installer's options (ADR 0184, 0356). */
    static final List<String> LAUNCHER = List.of("-Xmx320m", "-Xms32m", "-Xmn24m", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:TieredStopAtLevel=1",
            "-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=5000", "-Dfile.encoding=UTF-8");
    static final List<String> MONOCLE = List.of("-Dtestfx.headless=true", "-Dprism.order=sw", "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dheadless.geometry=1366x800-32", "-Djava.awt.headless=true");

    private WindowFigures() {
    }

    /**
     * Trying the window figures alone: {@code WindowFigures card WORK_DIR [cards]} prints card-to-form,
     * {@code WindowFigures memory WORK_DIR [transactions]} the resident memory (600 by default). Extra child JVM
     * options for an experiment come from {@code -Dbench.childOptions="..."} (e.g.
     * {@code -XX:NativeMemoryTracking=summary}: the child then prints the JVM's native memory summary).
     */
    public static void main(String[] args) throws Exception {
        Clock clock = Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
        Path work = Path.of(args[1]);
        int n = args.length > 2 ? Integer.parseInt(args[2]) : -1;
        System.out.println(switch (args[0]) {
            case "card" -> cardToForm(work, clock, n > 0 ? n : 3);
            case "memory" -> residentMemory(work, clock, n > 0 ? n : 600);
            default -> throw new IllegalArgumentException("card or memory, not " + args[0]);
        });
        System.exit(0);
    }

    /** Options of one experiment beside the launcher's (none in bench/run-all). */
    private static List<String> experimentOptions() {
        String extra = System.getProperty("bench.childOptions", "").strip();
        return extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));
    }

    /** Cold starts of the program on {@code station} (keys in {@code keys}), alternating with the bare window. */
    static Figure coldStart(Path station, Path keys, boolean quick) throws Exception {
        return coldStart(station, keys, quick ? 2 : 5, null);
    }

    /**
     * The same with class-data sharing archives (AppCDS), one made for the program and one for the bare window by a
     * first run each ({@code -XX:ArchiveClassesAtExit}), then used ({@code -XX:SharedArchiveFile}): what the
     * launcher option would buy (the installer does not pass it yet).
     */
    static Figure coldStartWithAppCds(Path station, Path keys, Path work, boolean quick) throws Exception {
        Path desk = work.resolve("desk.jsa");
        Path bare = work.resolve("bare.jsa");
        java.nio.file.Files.deleteIfExists(desk);
        java.nio.file.Files.deleteIfExists(bare);
        launch(keys, List.of("-XX:ArchiveClassesAtExit=" + desk, "-D" + org.residencedesk.app.ProductLogging.PROPERTY
                + "=product"), "ColdStartChild", "desk", "--data-dir",
                station.toString());
        launch(keys, List.of("-XX:ArchiveClassesAtExit=" + bare), "ColdStartChild", "bare");
        if (!java.nio.file.Files.exists(desk) || !java.nio.file.Files.exists(bare)) {
            throw new IllegalStateException("the JVM wrote no class-data archive");
        }
        return coldStart(station, keys, quick ? 2 : 3, new Path[] {desk, bare});
    }

    private static Figure coldStart(Path station, Path keys, int n, Path[] archives) throws Exception {
        // the product's logging as installed (ADR 0377; Main puts it in the data folder), not the tests'
        // logback-test.xml that is on this class path
        List<String> deskOptions = new ArrayList<>(List.of("-D" + org.residencedesk.app.ProductLogging.PROPERTY
                + "=product"));
        if (archives != null) deskOptions.add("-XX:SharedArchiveFile=" + archives[0]);
        List<String> bareOptions = archives == null ? List.of() : List.of("-XX:SharedArchiveFile=" + archives[1]);
        List<Double> product = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        List<Double> childSaid = new ArrayList<>();
        // one start of each first, not counted: the window remembers the station from then on (ADR 0371) and the
        // files are in the OS cache, as on a counter PC that started yesterday
        launch(keys, deskOptions, "ColdStartChild", "desk", "--data-dir", station.toString());
        launch(keys, bareOptions, "ColdStartChild", "bare");
        for (int i = 0; i < n; i++) {
            Shown desk = launch(keys, deskOptions, "ColdStartChild", "desk", "--data-dir", station.toString());
            product.add(desk.parentMillis());
            childSaid.add(desk.childMillis());
            floor.add(launch(keys, bareOptions, "ColdStartChild", "bare").parentMillis());
        }
        String cds = archives == null ? "" : " with AppCDS";
        return Figure.measured(archives == null ? "cold-start" : "cold-start-appcds",
                "cold start to the login window shown" + cds, "ms", Sample.of(product),
                new Target("≤ 1.5 × a bare JavaFX window with one button", null, 1.5, null),
                "a bare JavaFX window with one button, same JVM options" + cds, Sample.of(floor), false,
                String.format(Locale.ROOT, (archives == null ? "" : "each JVM with a class-data archive its own "
                        + "first run wrote (-XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile); ") + "from starting the child JVM to the login screen's 登录 button showing (the "
                        + "bench station, after the bench closed it and after one start of each not counted: files "
                        + "in the OS cache, so not a cold disk; the window remembers the station); launcher options "
                        + "%s, the product's own logging, headless Monocle; the child's own uptime at that moment: "
                        + "median %.0f ms",
                        String.join(" ", LAUNCHER), Sample.of(childSaid).median()));
    }

    /** The window after a counter day of {@code transactions}, on a fresh station of its own. */
    static Figure residentMemory(Path work, Clock clock, int transactions) throws Exception {
        Path folder = work.resolve("memory");
        try {
            OwnStation.create(folder, clock).close();
            Process p = start(folder.resolve("keys"), experimentOptions(), "ResidentMemoryChild", folder.toString(),
                    Integer.toString(transactions));
            String line = awaitLine(p, "RSS ", true);
            finish(p);
            String[] parts = line.split(" ");
            double mb = Long.parseLong(parts[1]) / 1024.0;
            return Figure.measured("resident-memory", String.format(Locale.ROOT,
                            "resident memory after a %,d-transaction counter day", transactions), "MB",
                    Sample.of(List.of(mb)), Target.p95("≤ 400 MB", 400), null, null, false,
                    String.format(Locale.ROOT, "VmRSS of the child JVM holding the real window (signed in through the"
                            + " login screen) after %,d registrations with a look-up each through the window's "
                            + "services (not typed into the form), no forced GC; Java heap in use %.0f MB; launcher "
                            + "options %s", transactions, Long.parseLong(parts[3]) / 1024.0, String.join(" ", LAUNCHER)));
        } finally {
            OwnStation.delete(folder);
        }
    }

    /** Card reply → form on a fresh station of its own, {@code cards} cards placed one after another. */
    static Figure cardToForm(Path work, Clock clock, int cards) throws Exception {
        if (!socatInstalled()) {
            return Figure.notMeasured("card-to-form", "card reply → form filled on screen", "≤ 50 ms",
                    "socat is not installed on this machine: no pseudo-terminal for the card reader");
        }
        Path folder = work.resolve("card");
        try {
            OwnStation.create(folder, clock).close();
            Process p = start(folder.resolve("keys"), "CardToFormChild", folder.toString(), Integer.toString(cards));
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<Double> ms = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (String line; ms.size() < cards && (line = r.readLine()) != null; ) {
                if (line.startsWith("FILLED ")) ms.add(Double.parseDouble(line.substring(7).trim()));
                else seen.add(line);
            }
            if (ms.size() < cards) {
                throw new IllegalStateException("card-to-form child ended early; its last lines: "
                        + seen.subList(Math.max(0, seen.size() - 10), seen.size()));
            }
            drain(r);
            finish(p);
            return Figure.measured("card-to-form", "card reply → form filled on screen", "ms", Sample.of(ms),
                    Target.p95("≤ 50 ms", 50), null, null, false, String.format(Locale.ROOT, "the real window's "
                            + "serial reader on a socat pseudo-terminal, the simulator answered in the child; from the "
                            + "last byte of the reply carrying the card to the form's ID number and name fields holding"
                            + " it (scene graph, the next pulse draws it); %d demo cards placed and removed in turn",
                            cards));
        } finally {
            OwnStation.delete(folder);
        }
    }

    private static boolean socatInstalled() {
        try {
            return new ProcessBuilder("socat", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void drain(BufferedReader r) {
        Thread drain = new Thread(() -> r.lines().forEach(l -> { }), "child-output");
        drain.setDaemon(true);
        drain.start();
    }

    record Shown(double parentMillis, double childMillis) {
    }

    private static Shown launch(Path keys, List<String> options, String child, String... args) throws Exception {
        long s = System.nanoTime();
        Process p = start(keys, options, child, args);
        String line = awaitLine(p, "SHOWN ");
        double parent = (System.nanoTime() - s) / 1e6;
        finish(p);
        return new Shown(parent, Double.parseDouble(line.substring("SHOWN ".length()).trim()));
    }

    private static Process start(Path keys, String child, String... args) throws IOException {
        return start(keys, List.of(), child, args);
    }

    private static Process start(Path keys, List<String> options, String child, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(LAUNCHER);
        cmd.addAll(options);
        cmd.addAll(MONOCLE);
        cmd.add("-Dresidencedesk.keydir=" + keys);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.residencedesk.bench." + child);
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String awaitLine(Process p, String prefix) throws IOException {
        return awaitLine(p, prefix, false);
    }

    /** The child's first line starting with {@code prefix}; {@code echo}: lines before it (NMT) are printed. */
    private static String awaitLine(Process p, String prefix, boolean echo) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line; (line = r.readLine()) != null; ) {
            if (echo && line.startsWith("NMT ")) System.out.println(line);
            if (line.startsWith(prefix)) {
                drain(r);
                return line;
            }
            seen.add(line);
        }
        throw new IllegalStateException("the child ended without " + prefix.trim() + "; its last lines: "
                + seen.subList(Math.max(0, seen.size() - 10), seen.size()));
    }

    private static void finish(Process p) throws InterruptedException {
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("a bench child did not end within 2 minutes");
        }
    }
}
