package org.residencedesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import org.residencedesk.domain.ConfigText;
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
        Properties devices = new org.residencedesk.device.DevicesFile(dataDir).load(); // unreadable: no reader
        String port = port(devices).orElse("");
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
    private static final String PORT_KEY = org.residencedesk.device.idcard.SerialReaderSetup.PORT_KEY;

    /**
     * {@code cardReader.port} as used (ADR 0314): zero-width characters are removed, as typed input removes them (a
     * port name never holds one, and the window has no place to show a refusal but the reader's status); any other
     * invisible character (a direction mark, a control character) refuses the value — empty, logged, and named by
     * {@link #portProblem} in {@code diagnose}.
     */
    static Optional<String> port(Properties devices) {
        String raw = devices.getProperty(PORT_KEY, "");
        String port = ConfigText.ZERO_WIDTH.matcher(raw).replaceAll("").strip();
        if (!port.equals(raw.strip())) {
            org.slf4j.LoggerFactory.getLogger(CardReaders.class).warn(
                    "devices.properties: zero-width characters removed from cardReader.port");
        }
        if (ConfigText.invisibleAt(port) > 0) {
            org.slf4j.LoggerFactory.getLogger(CardReaders.class).warn(
                    "devices.properties: cardReader.port refused, invisible character at position {}", refusedAt(raw));
            return Optional.empty();
        }
        return port.isEmpty() ? Optional.empty() : Optional.of(port);
    }

    /** The position in {@code raw} of the first invisible character that is not a removed zero-width one; 0 if none. */
    private static int refusedAt(String raw) {
        return ConfigText.invisibleAt(ConfigText.ZERO_WIDTH.matcher(raw).replaceAll("x"));
    }

    /** Why {@code cardReader.port} is refused, in Chinese (key, position, character); empty when it is not. */
    static Optional<String> portProblem(Properties devices) {
        String raw = devices.getProperty(PORT_KEY, "");
        int at = refusedAt(raw);
        if (at == 0) {
            return Optional.empty();
        }
        return Optional.of(new java.text.MessageFormat(ResourceBundle.getBundle("i18n.app").getString(
                "readerConfig.invisible"), java.util.Locale.CHINA).format(new Object[] {PORT_KEY, at,
                ConfigText.codeAt(raw, at)}));
    }

    /**
     * {@code cardReader.baud}, or the readers' usual 115200 when it is missing or not a positive number: the window
     * still starts and tries the reader; the log and {@code diagnose} (ATTENTION) name the bad value.
     */
    static int baud(Properties devices) {
        String text = devices.getProperty("cardReader.baud", "").strip();
        if (text.isEmpty()) {
            return DEFAULT_BAUD;
        }
        int baud = ConfigText.wholeNumber(text).orElse(0); // full-width digits as typed input reads them (ADR 0314)
        if (baud > 0 && baud <= 9_999_999) {
            return baud;
        }
        org.slf4j.LoggerFactory.getLogger(CardReaders.class).warn(
                "devices.properties: cardReader.baud '{}' is not a positive number; {} used", text, DEFAULT_BAUD);
        return DEFAULT_BAUD;
    }
}
