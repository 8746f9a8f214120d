package org.residencedesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.service.Operator;
import org.residencedesk.storage.PropertiesWindowStateStore;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.ui.shell.DeskApplication;

/**
 * A bench child JVM for the resident memory of the window: {@code FOLDER N} opens the real window (the program's
 * {@code DeskApplication} over the station's services, as {@code Main} wires them) on the station in
 * {@code FOLDER}, signs a window clerk in through the login screen's own fields and button, then drives a counter
 * day of {@code N} transactions through the same services (each: a new person registered and the person looked up
 * by ID number), and prints {@code RSS <kB> HEAP <used kB>} from /proc/self/status (VmRSS) without forcing a
 * collection. Then the window closes through {@code Platform.exit()}.
 */
public final class ResidentMemoryChild {
    private ResidentMemoryChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        AppContext ctx = OwnStation.reopen(folder, clock);
        Operator clerk = TestOperators.signIn(ctx, "benchclerk", "基准窗口", Role.WINDOW_STAFF);
        Thread window = new Thread(() -> DeskApplication.launch(() -> Main.deskServices(ctx), ctx::close,
                new PropertiesWindowStateStore(ctx.dataDir())), "window");
        window.start();
        FxProbe.await("#signInButton", Duration.ofMinutes(3));
        Platform.runLater(() -> Window.getWindows().forEach(w -> {
            var root = w.getScene().getRoot();
            ((TextInputControl) root.lookup("#login")).setText("benchclerk");
            ((TextInputControl) root.lookup("#password")).setText(TestOperators.PASSWORD);
            ((Button) root.lookup("#signInButton")).fire();
        }));
        FxProbe.await("#operatorLabel", Duration.ofMinutes(3));
        try (Connection c = ctx.database().openConnection()) {
            FreshIdentities fresh = new FreshIdentities(c);
            for (int i = 0; i < n; i++) {
                String id = fresh.saveNew(ctx.registration(), clerk, clock);
                if (ctx.registration().search(clerk, id, SearchKind.ID_NUMBER, 0, 20).items().isEmpty()) {
                    throw new IllegalStateException("a saved person was not found");
                }
            }
        }
        printNativeMemorySummary();
        long rss = -1;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        Runtime rt = Runtime.getRuntime();
        System.out.println("RSS " + rss + " HEAP " + (rt.totalMemory() - rt.freeMemory()) / 1024);
        System.out.flush();
        Platform.exit();
        window.join(120_000);
        System.exit(0);
    }

    /** With -XX:NativeMemoryTracking on, the JVM's own summary (jcmd on this process), each line prefixed NMT. */
    private static void printNativeMemorySummary() throws Exception {
        boolean tracking = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-XX:NativeMemoryTracking=") && !a.endsWith("=off"));
        if (!tracking) return;
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(ProcessHandle.current().pid()),
                "VM.native_memory", "summary").redirectErrorStream(true).start();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.isBlank()).forEach(l -> System.out.println("NMT " + l));
        }
        p.waitFor();
    }
}
