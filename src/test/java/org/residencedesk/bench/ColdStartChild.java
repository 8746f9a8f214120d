package org.residencedesk.bench;

import java.time.Duration;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.residencedesk.app.Main;

/**
 * A bench child JVM for the cold start: {@code desk --data-dir D} starts the real program (its {@code Main}),
 * {@code bare} a JavaFX window with one button. Either prints {@code SHOWN <uptime ms>} when its window is on screen
 * (the login screen's 登录 button, or the bare button), then closes through {@code Platform.exit()} (the program's
 * own stop: the station database closes cleanly, so the next start needs no recovery).
 */
public final class ColdStartChild {
    private ColdStartChild() {
    }

    public static void main(String[] args) throws Exception {
        boolean desk = args.length > 0 && args[0].equals("desk");
        Thread probe = new Thread(() -> {
            try {
                FxProbe.await(desk ? "#signInButton" : "#bare", Duration.ofMinutes(3));
                System.out.println("SHOWN " + FxProbe.uptimeMillis());
            } catch (Exception e) {
                System.out.println("NOT-SHOWN " + e.getClass().getSimpleName());
            }
            System.out.flush();
            Platform.exit(); // the program's own stop(): the station closes cleanly
        }, "cold-start-probe");
        probe.setDaemon(true);
        probe.start();
        if (desk) {
            String[] rest = new String[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            Main.main(rest);
        } else {
            Application.launch(Bare.class);
            probe.join(180_000);
            System.exit(0);
        }
    }

    /** The floor: one window, one button. */
    public static final class Bare extends Application {
        @Override
        public void start(Stage stage) {
            Button b = new Button("确定");
            b.setId("bare");
            stage.setScene(new Scene(b, 320, 200));
            stage.show();
        }
    }
}
