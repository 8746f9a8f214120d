package org.residencedesk.bench;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.device.idcard.SocatPtyPair;
import org.residencedesk.device.idcard.sim.DemoCards;
import org.residencedesk.device.idcard.sim.ReaderSimulator;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.storage.PropertiesWindowStateStore;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.ui.shell.DeskApplication;

/**
 * A bench child JVM for card reply → form: {@code FOLDER N} opens the real window on the station in {@code FOLDER}
 * with its serial reader on a socat pseudo-terminal whose other end is the card simulator (answered here, so the
 * moment the reply's last byte is written is known), signs a clerk in, places a demo card and notes when the
 * registration form's ID number and name fields hold the card's values (a listener on the fields, on the FX
 * thread: the scene graph is filled; the next pulse draws it). Prints {@code FILLED <ms>} per card, N cards, each
 * removed before the next.
 */
public final class CardToFormChild {
    /** Replies that carry the card's text and photo are longer than this; polls and acknowledgements are not. */
    static final int DATA_REPLY_BYTES = 200;
    private static volatile long lastDataByte;

    private CardToFormChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        SocatPtyPair pty = SocatPtyPair.start(Files.createDirectories(folder.resolve("pty")));
        ReaderSimulator simulator = new ReaderSimulator();
        SerialPort port = SerialPort.getCommPort(pty.simulatorEnd());
        port.setComPortParameters(115200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        if (!port.openPort()) throw new IllegalStateException("cannot open the simulator end");
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 50, 0);
        Thread host = new Thread(() -> serve(simulator, port), "card-simulator");
        host.setDaemon(true);
        host.start();
        AppContext ctx = OwnStation.reopen(folder, clock);
        TestOperators.signIn(ctx, "benchclerk", "基准窗口", Role.WINDOW_STAFF);
        Files.writeString(ctx.dataDir().resolve("devices.properties"), "cardReader.port=" + pty.clientEnd() + "\n",
                StandardCharsets.UTF_8);
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
        FxProbe.await("#field-idNumber", Duration.ofMinutes(3));
        if (!FxProbe.awaitText("#cardReaderStatus", "读卡器：已连接", Duration.ofMinutes(1))) {
            throw new IllegalStateException("the card reader did not connect over the pseudo-terminal");
        }
        List<IdCardData> cards = DemoCards.fromClasspath();
        for (int i = 0; i < n; i++) {
            IdCardData card = cards.get(i % cards.size());
            CompletableFuture<Long> filled = new CompletableFuture<>();
            Platform.runLater(() -> watch(card, filled));
            simulator.placeCard(card);
            long at = filled.get(60, TimeUnit.SECONDS);
            System.out.println("FILLED " + (at - lastDataByte) / 1e6);
            System.out.flush();
            simulator.removeCard();
            FxProbe.awaitText("#field-idNumber", "", Duration.ofSeconds(1)); // may stay filled: the next card replaces it
        }
        Platform.exit();
        window.join(120_000);
        port.closePort();
        pty.close();
        System.exit(0);
    }

    private static void watch(IdCardData card, CompletableFuture<Long> filled) {
        Window w = Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        TextInputControl id = (TextInputControl) w.getScene().getRoot().lookup("#field-idNumber");
        TextInputControl name = (TextInputControl) w.getScene().getRoot().lookup("#field-name");
        Runnable check = () -> {
            if (card.idNumber().equals(id.getText()) && card.name().equals(name.getText())) {
                filled.complete(System.nanoTime());
            }
        };
        id.textProperty().addListener((o, a, b) -> check.run());
        name.textProperty().addListener((o, a, b) -> check.run());
    }

    private static void serve(ReaderSimulator simulator, SerialPort port) {
        byte[] buffer = new byte[512];
        while (port.isOpen()) {
            int n = port.readBytes(buffer, buffer.length);
            if (n < 0) return;
            for (ReaderSimulator.Output output : simulator.receive(buffer, 0, n)) {
                int total = 0;
                for (byte[] piece : output.pieces()) {
                    port.writeBytes(piece, piece.length);
                    total += piece.length;
                }
                if (total > DATA_REPLY_BYTES) lastDataByte = System.nanoTime();
            }
        }
    }
}
