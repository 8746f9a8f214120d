package org.residencedesk.device.idcard.sim;

import java.time.Clock;
import org.residencedesk.device.idcard.PollingCardReader;
import org.residencedesk.device.idcard.PollingSettings;
import org.residencedesk.port.CardReader;

/**
 * Demo mode's card reader: the real polling service over an in-memory line to the simulator, with
 * the demo deck to place cards. The polling, same-card and status logic are the production ones.
 */
public record DemoCardReader(CardReader reader, DemoCardDeck deck, InMemoryReaderLine line) {

    public static DemoCardReader create(Clock clock) {
        return create(clock, PollingSettings.DEFAULT);
    }

    public static DemoCardReader create(Clock clock, PollingSettings settings) {
        ReaderSimulator simulator = new ReaderSimulator();
        InMemoryReaderLine line = new InMemoryReaderLine(simulator);
        DemoCardDeck deck = new DemoCardDeck(simulator, DemoCards.fromClasspath());
        return new DemoCardReader(new PollingCardReader(line, settings, clock), deck, line);
    }
}
