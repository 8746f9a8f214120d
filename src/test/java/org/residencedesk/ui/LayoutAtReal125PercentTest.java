package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.testing.StationTemplate;

/**
 * The window at a real 125 % output scale (issue 12 item 6, ADR 0386), not a smaller logical window on the 100 %
 * Monocle screen: the test starts its own X server (Xvfb, 1366×768×24, on a display number the server picks
 * itself), then a child JVM with JavaFX's GTK glass at {@code glass.gtk.uiScale=1.25} that opens the real window
 * on a station prepared here ({@link RealScaleChild}) and walks the areas and tabs of {@link LayoutTour}. It proves
 * that JavaFX renders at 1.25 (output and render scale), that the window the program places itself fits the
 * 1092×614 logical screen, that nothing is cut to "…" or lies outside the window, and — from the X server's own
 * framebuffer ({@code import -window root}) — that the screen is 1366×768 device pixels and the 登录 button is drawn
 * where JavaFX says it is. Screenshots for a person: {@code target/real-125/}. Xvfb and ImageMagick are required
 * (CI installs them, .ci/run); without them the test fails and says so.
 */
class LayoutAtReal125PercentTest {
    private static final int SCREEN_WIDTH = 1366;
    private static final int SCREEN_HEIGHT = 768;
    private static final Path SHOTS = Path.of("target", "real-125");
    @TempDir
    Path folder;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process p = started.get(i);
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void theRealWindowAt125PercentFitsTheScreenWithNothingCut() throws Exception {
        long begin = System.nanoTime();
        long cpuBefore = RealScaleChild.cpuMillis();
        String display = startXvfb();
        Path data = folder.resolve("station");
        Path keys = folder.resolve("keys");
        Path wizard = folder.resolve("wizard");
        Files.createDirectories(SHOTS);
        Process child = start(display, data, keys, wizard); // its JVM and toolkit start while the station is prepared
        Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
        DeskWindowFixture fixture = new DeskWindowFixture(data, keys, Role.WINDOW_STAFF, Role.CLERK, Role.REVIEWER,
                Role.CHIEF, Role.ADMIN);
        try {
            LayoutTour.residents(fixture);
        } finally {
            fixture.close();
        }
        StationTemplate.seed(wizard, keys); // a migrated station not set up: the first-run wizard shows
        System.out.printf("station prepared (test at %d ms, %d ms of this JVM's CPU)%n",
                (System.nanoTime() - begin) / 1_000_000, RealScaleChild.cpuMillis() - cpuBefore);
        tell(in, "station ready");

        Map<String, String> facts = new HashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Path loginShot = SHOTS.resolve("x-screen-login.png");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                in) {
            for (String said; (said = out.readLine()) != null; ) {
                String line = said.replaceFirst(" @[0-9]+$", "");
                if (!line.equals(said)) { // a report line, with the child's uptime: kept in the test's output
                    System.out.printf("child: %s (test at %d ms)%n", said, (System.nanoTime() - begin) / 1_000_000);
                }
                String word = line.split(" ", 2)[0];
                String rest = line.contains(" ") ? line.substring(line.indexOf(' ') + 1) : "";
                switch (word) {
                    case "SCREEN", "WINDOW", "SCREENS", "FAILED" -> facts.put(word, rest);
                    case "PROBLEM" -> problems.add(rest);
                    case "LOGIN" -> {
                        facts.put(word, rest);
                        grabScreen(display, loginShot);
                        tell(in, "shot taken");
                    }
                    case "DONE" -> facts.put(word, "");
                    case "SHOWN", "CPU" -> { }
                    default -> seen.add(line);
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        assertThat(facts.get("FAILED")).as("the child's failure; its other output: %s", tail(seen)).isNull();
        assertThat(facts).as("the child's output: %s", tail(seen)).containsKey("DONE");

        String[] screen = facts.get("SCREEN").split(" ");
        assertThat(Double.parseDouble(screen[0])).as("JavaFX's output scale X").isEqualTo(1.25);
        assertThat(Double.parseDouble(screen[1])).as("JavaFX's output scale Y").isEqualTo(1.25);
        double logicalWidth = Double.parseDouble(screen[2]);
        double logicalHeight = Double.parseDouble(screen[3]);
        assertThat(logicalWidth).as("1366 / 1.25, whole pixels").isEqualTo(1092);
        assertThat(logicalHeight).as("768 / 1.25").isEqualTo(614);
        String[] window = facts.get("WINDOW").split(" ");
        // in device pixels: a logical 614 is 767.5 pixels, which the window rounds to the screen's 768 (614.4)
        long left = Math.round(Double.parseDouble(window[0]) * 1.25);
        long top = Math.round(Double.parseDouble(window[1]) * 1.25);
        assertThat(left).as("window left").isGreaterThanOrEqualTo(0);
        assertThat(top).as("window top").isGreaterThanOrEqualTo(0);
        assertThat(Math.round((Double.parseDouble(window[0]) + Double.parseDouble(window[2])) * 1.25))
                .as("window right in device pixels").isLessThanOrEqualTo(SCREEN_WIDTH);
        assertThat(Math.round((Double.parseDouble(window[1]) + Double.parseDouble(window[3])) * 1.25))
                .as("window bottom in device pixels").isLessThanOrEqualTo(SCREEN_HEIGHT);
        assertThat(Double.parseDouble(window[2])).as("the window's own default size fills the logical screen's width")
                .isGreaterThanOrEqualTo(logicalWidth - 1);
        assertThat(Double.parseDouble(window[4])).as("the window's render scale").isEqualTo(1.25);
        assertThat(Integer.parseInt(facts.get("SCREENS"))).as("screens walked").isEqualTo(34);

        BufferedImage shot = ImageIO.read(loginShot.toFile());
        assertThat(shot.getWidth()).isEqualTo(SCREEN_WIDTH);
        assertThat(shot.getHeight()).isEqualTo(SCREEN_HEIGHT);
        String[] button = facts.get("LOGIN").split(" ");
        assertThat(inkShare(shot, Integer.parseInt(button[0]), Integer.parseInt(button[1]), Integer.parseInt(button[2]),
                Integer.parseInt(button[3]))).as("share of the 登录 button's pixels that differ from its fill")
                .isGreaterThan(0.03);

        assertThat(problems).isEmpty();
    }

    /** A line to the child; when it has already ended, its output (read next) tells why. */
    private static void tell(Writer in, String line) {
        try {
            in.write(line + "\n");
            in.flush();
        } catch (IOException ended) {
            // the child's last lines are in its output
        }
    }

    /** Xvfb on a free display it picks itself ({@code -displayfd}); returns ":N". */
    private String startXvfb() throws IOException {
        Process xvfb;
        try {
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0",
                    SCREEN_WIDTH + "x" + SCREEN_HEIGHT + "x24", "-nolisten", "tcp", "-noreset")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new AssertionError("This test needs Xvfb (Debian package xvfb, installed by .ci/run) to show the "
                    + "window at a real 125 % scale; it could not be started: " + e.getMessage(), e);
        }
        started.add(xvfb);
        String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        assertThat(number).as("Xvfb names its display").isNotNull().matches("[0-9]+");
        return ":" + number;
    }

    private Process start(String display, Path data, Path keys, Path wizard) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Dglass.platform=gtk", "-Dprism.order=sw", "-Dglass.gtk.uiScale=1.25", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), RealScaleChild.class.getName(), data.toString(),
                keys.toString(), SHOTS.toAbsolutePath().toString(), wizard.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("GDK_SCALE");
        pb.environment().remove("GDK_DPI_SCALE");
        Process p = pb.start();
        started.add(p);
        return p;
    }

    /** The whole X screen as the server holds it (ImageMagick's {@code import}), independent of JavaFX. */
    private static void grabScreen(String display, Path png) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("import", "-display", display, "-window", "root", png.toAbsolutePath().toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("This test needs ImageMagick's import (Debian package imagemagick, installed by "
                    + ".ci/run) to read the X screen: " + e.getMessage(), e);
        }
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("import: %s", said).isZero();
    }

    /** The share of pixels in the rectangle that differ clearly from its most common colour (text, border). */
    private static double inkShare(BufferedImage image, int x, int y, int width, int height) {
        assertThat(x).isGreaterThanOrEqualTo(0);
        assertThat(y).isGreaterThanOrEqualTo(0);
        assertThat(x + width).isLessThanOrEqualTo(image.getWidth());
        assertThat(y + height).isLessThanOrEqualTo(image.getHeight());
        assertThat(width * height).as("the button's area in device pixels").isGreaterThan(100);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = x; i < x + width; i++) {
            for (int j = y; j < y + height; j++) {
                counts.merge(image.getRGB(i, j) & 0xffffff, 1, Integer::sum);
            }
        }
        int fill = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int differ = 0;
        for (int i = x; i < x + width; i++) {
            for (int j = y; j < y + height; j++) {
                if (distance(image.getRGB(i, j), fill) > 60) {
                    differ++;
                }
            }
        }
        return differ / (double) (width * height);
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) + Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 15), lines.size());
    }
}
