package org.residencedesk.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import org.residencedesk.device.idcard.PollingCardReader;
import org.residencedesk.device.idcard.PollingSettings;
import org.residencedesk.device.idcard.SerialReaderConnector;
import org.residencedesk.device.idcard.SerialSettings;
import org.residencedesk.device.idcard.sim.DemoCardReader;
import org.residencedesk.ui.CardReaderHandle;

/**
 * Chooses the counter's card reader: the simulated one on a demo station, otherwise the serial reader
 * named in {@code <dataDir>/devices.properties} ({@code cardReader.port=/dev/ttyUSB0}, {@code COM3}, or
 * {@code auto} to probe every port). Without that file the status bar honestly says 未配置.
 */
final class CardReaders {
    private CardReaders() {
    }

    static Optional<CardReaderHandle> forStation(boolean demo, Path dataDir, Clock clock) {
        if (demo) {
            DemoCardReader d = DemoCardReader.create(clock);
            return Optional.of(new CardReaderHandle(d.reader(), Optional.of(() -> d.deck().placeNext())));
        }
        Properties devices = new Properties();
        Path file = dataDir.resolve("devices.properties");
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                devices.load(r);
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        String port = devices.getProperty("cardReader.port", "").strip();
        if (port.isEmpty()) {
            return Optional.empty();
        }
        int baud = baud(devices);
        SerialReaderConnector connector = new SerialReaderConnector("auto".equals(port) ? null : port,
                SerialSettings.DEFAULT.withBaudRate(baud), 500);
        return Optional.of(new CardReaderHandle(new PollingCardReader(connector, PollingSettings.DEFAULT, clock),
                Optional.empty()));
    }

    static final int DEFAULT_BAUD = 115_200;

    /**
     * {@code cardReader.baud}, or the readers' usual 115200 when it is missing or not a positive number: the window
     * still starts and tries the reader; the log and {@code diagnose} (ATTENTION) name the bad value.
     */
    static int baud(Properties devices) {
        String text = devices.getProperty("cardReader.baud", "").strip();
        if (text.isEmpty()) {
            return DEFAULT_BAUD;
        }
        if (text.matches("[0-9]{1,7}") && Integer.parseInt(text) > 0) { // ASCII digits: parseInt takes any script's
            return Integer.parseInt(text);
        }
        org.slf4j.LoggerFactory.getLogger(CardReaders.class).warn(
                "devices.properties: cardReader.baud '{}' is not a positive number; {} used", text, DEFAULT_BAUD);
        return DEFAULT_BAUD;
    }
}
