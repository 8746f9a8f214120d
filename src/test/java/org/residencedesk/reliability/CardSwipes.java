package org.residencedesk.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.residencedesk.device.idcard.PollingCardReader;
import org.residencedesk.device.idcard.PollingSettings;
import org.residencedesk.device.idcard.SerialReaderConnector;
import org.residencedesk.device.idcard.SerialSettings;
import org.residencedesk.device.idcard.SocatPtyPair;
import org.residencedesk.device.idcard.sim.PtyReaderSimulator;
import org.residencedesk.device.idcard.sim.ReaderSimulator;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.port.CardEvent;
import org.residencedesk.port.CardReaderListener;
import org.residencedesk.port.ReaderStatus;
import org.residencedesk.testing.Await;

/**
 * The counter's card reader for the counter-day soak (issue 18 item 7): the reader simulator on one end of a real
 * socat pseudo-terminal pair, the production {@link PollingCardReader} (jSerialComm, {@link PollingSettings#DEFAULT},
 * as {@code devices.properties} opens it) on the other. {@link #swipe} lays a card on the reader, waits for the
 * polling reader to report it, and takes it away.
 */
final class CardSwipes implements AutoCloseable {
    private static final Duration READ_WAIT = Duration.ofSeconds(20);
    private final SocatPtyPair pty;
    private final ReaderSimulator simulator = new ReaderSimulator();
    private final PtyReaderSimulator host;
    private final PollingCardReader reader;
    private final BlockingQueue<CardEvent> cards = new LinkedBlockingQueue<>();
    private volatile ReaderStatus status;
    int swipes;

    private CardSwipes(Path dir, Clock clock) throws Exception {
        Files.createDirectories(dir);
        pty = SocatPtyPair.start(dir);
        host = PtyReaderSimulator.start(simulator, pty.simulatorEnd());
        reader = new PollingCardReader(new SerialReaderConnector(pty.clientEnd(), SerialSettings.DEFAULT, 500),
                PollingSettings.DEFAULT, clock);
        reader.addListener(new CardReaderListener() {
            @Override
            public void cardRead(CardEvent event) {
                cards.add(event);
            }

            @Override
            public void statusChanged(ReaderStatus next) {
                status = next;
            }
        });
        reader.start();
    }

    /** Opens the pty pair in {@code dir} and waits until the reader says it is connected. */
    static CardSwipes open(Path dir, Clock clock) throws Exception {
        CardSwipes swipes = new CardSwipes(dir, clock);
        try {
            Await.until(READ_WAIT, "the card reader on the pty connected",
                    () -> swipes.reader.currentStatus().state() == ReaderStatus.State.CONNECTED);
        } catch (AssertionError | RuntimeException e) {
            swipes.close();
            throw e;
        }
        return swipes;
    }

    /** Lays {@code card} on the reader; answers the card as the polling reader reported it. */
    IdCardData swipe(IdCardData card) throws InterruptedException {
        simulator.placeCard(card);
        try {
            CardEvent event = cards.poll(READ_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                throw new IllegalStateException("the reader reported no card within " + READ_WAIT.toSeconds()
                        + " s (status " + (status == null ? "none" : status.state() + " " + status.reasonCode()) + ")");
            }
            if (!event.card().idNumber().equals(card.idNumber())) {
                throw new IllegalStateException("the reader reported another card than the one laid on it");
            }
            swipes++;
            return event.card();
        } finally {
            simulator.removeCard();
        }
    }

    @Override
    public void close() throws Exception {
        reader.stop();
        host.close();
        pty.close();
    }
}
