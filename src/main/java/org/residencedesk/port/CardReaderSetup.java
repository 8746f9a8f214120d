package org.residencedesk.port;

import java.util.List;

/**
 * This counter PC's ID-card reader setting ({@code <data-dir>/devices.properties}, {@code cardReader.port}) for the
 * first-run wizard and the setup checklist (ADR 0317): which serial ports the app sees, the configured one, saving it
 * and one test read. No personal data leaves here: a test read reports only that a card was read and its kind.
 */
public interface CardReaderSetup {
    /** The configured port ({@code /dev/ttyUSB0}, {@code COM3}, {@code auto}), or "" when none is configured. */
    String configuredPort();

    /** The serial ports the operating system lists (pseudo-terminals are not listed: type their path). */
    List<String> detectedPorts();

    /** Writes the port as this PC's reader (owner-only file, replaced atomically). */
    void save(String port);

    /** Reads one card from {@code port}, waiting up to a few seconds for one: never on the FX thread. */
    TestRead testRead(String port);

    /**
     * @param passed  a card was read
     * @param message what happened, in Chinese (the card's kind on success, never its holder)
     */
    record TestRead(boolean passed, String message) {
    }
}
