package org.residencedesk.device.idcard;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.port.CardEvent;
import org.residencedesk.port.CardReader;
import org.residencedesk.port.CardReaderListener;
import org.residencedesk.port.ReaderStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CardReader} port on a SAM reader: a background thread polls find → select → read,
 * reports each newly placed card once (a card left lying on the reader is not reported again until
 * it has been taken away), publishes status changes and reconnects after the reader disappears.
 */
public final class PollingCardReader implements CardReader {
    private static final Logger LOG = LoggerFactory.getLogger(PollingCardReader.class);

    private final ReaderConnector connector;
    private final PollingSettings settings;
    private final Clock clock;
    private final ReaderMessages messages = ReaderMessages.get();
    private final List<CardReaderListener> listeners = new CopyOnWriteArrayList<>();

    private volatile ReaderStatus status;
    private volatile boolean running;
    private Thread thread;

    // polling-thread state
    private ReaderLink link;
    private String cardOnReader;
    private int noCardStreak;
    private int silentStreak;
    private int failedConnects;

    public PollingCardReader(ReaderConnector connector, PollingSettings settings, Clock clock) {
        this.connector = Objects.requireNonNull(connector);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
        this.status = disconnected(null);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::pollLoop, "idcard-reader");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        Thread t;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            t = thread;
            thread = null;
        }
        t.interrupt();
        try {
            t.join(settings.replyTimeoutMillis() * 3L + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void addListener(CardReaderListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public void removeListener(CardReaderListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ReaderStatus currentStatus() {
        return status;
    }

    private void pollLoop() {
        try {
            while (running) {
                if (link == null && !connect()) {
                    pause(reconnectDelay(failedConnects++));
                    continue;
                }
                failedConnects = 0;
                poll();
                pause(settings.pollIntervalMillis());
            }
        } finally {
            closeLink();
            publish(disconnected(null));
        }
    }

    private boolean connect() {
        try {
            ReaderTransport transport = connector.connect();
            link = new ReaderLink(transport, settings.replyTimeoutMillis());
            if (!new CardReadSequence(link).samResponds()) {
                LOG.info("reader port {} opened but the SAM does not answer", transport.name());
                closeLink();
                publish(disconnected(ReadErrorCode.TIMEOUT));
                return false;
            }
            LOG.info("ID-card reader connected on {}", transport.name());
            silentStreak = 0;
            publish(connected());
            return true;
        } catch (TransportException e) {
            LOG.debug("reader not connected: {} {}", e.code(), e.getMessage());
            publish(disconnected(e.code()));
            return false;
        }
    }

    /**
     * Back-off between connection attempts while the reader is away (ADR 0310): the configured delay,
     * doubled after each failed attempt, never more than four times the configured delay.
     */
    static int reconnectDelay(PollingSettings settings, int failedAttempts) {
        long delay = (long) settings.reconnectDelayMillis() << Math.min(failedAttempts, 2);
        return (int) Math.min(delay, settings.reconnectDelayMillis() * 4L);
    }

    private int reconnectDelay(int failedAttempts) {
        return reconnectDelay(settings, failedAttempts);
    }

    private void poll() {
        CardReadOutcome outcome = new CardReadSequence(link).readOnce();
        if (outcome instanceof CardReadOutcome.CardRead read) {
            noCardStreak = 0;
            silentStreak = 0;
            deliverIfNew(read.card());
            publish(connected());
        } else if (outcome instanceof CardReadOutcome.NoCard) {
            silentStreak = 0;
            if (++noCardStreak >= settings.removalPolls()) {
                cardOnReader = null;
            }
            publish(connected());
        } else {
            handleFailure(((CardReadOutcome.Failure) outcome).failure());
        }
    }

    private void deliverIfNew(IdCardData card) {
        String key = card.cardKey();
        if (key.equals(cardOnReader)) {
            return;
        }
        cardOnReader = key;
        LOG.info("card read: {}", card.cardType());
        CardEvent event = new CardEvent(card, clock.instant());
        for (CardReaderListener listener : listeners) {
            try {
                listener.cardRead(event);
            } catch (RuntimeException e) {
                LOG.warn("card listener failed", e);
            }
        }
    }

    private void handleFailure(ReadFailure failure) {
        LOG.info("card read failed: {}", failure.code());
        switch (failure.code()) {
            case PORT_IO, PORT_MISSING, PORT_UNAVAILABLE -> {
                closeLink();
                cardOnReader = null;
                publish(disconnected(failure.code()));
            }
            case TIMEOUT -> {
                if (++silentStreak >= settings.silentPollsBeforeReconnect()) {
                    // a USB adapter may keep the port open while the reader behind it is gone
                    closeLink();
                    cardOnReader = null;
                    publish(disconnected(failure.code()));
                } else {
                    publish(readFailed(failure));
                }
            }
            default -> publish(readFailed(failure));
        }
    }

    private void closeLink() {
        if (link != null) {
            link.close();
            link = null;
        }
    }

    private void publish(ReaderStatus next) {
        if (next.equals(status)) {
            return;
        }
        status = next;
        for (CardReaderListener listener : listeners) {
            try {
                listener.statusChanged(next);
            } catch (RuntimeException e) {
                LOG.warn("status listener failed", e);
            }
        }
    }

    private ReaderStatus connected() {
        return new ReaderStatus(ReaderStatus.State.CONNECTED, messages.text("status.connected"), null);
    }

    /** Without a reason: not (yet) connected; with one: it went away or cannot be opened, and is retried. */
    private ReaderStatus disconnected(ReadErrorCode reason) {
        if (reason == null) {
            return new ReaderStatus(ReaderStatus.State.DISCONNECTED, messages.text("status.disconnected"), null);
        }
        return new ReaderStatus(ReaderStatus.State.DISCONNECTED,
                messages.text("status.reconnecting", messages.text("error." + reason.name())), reason.name());
    }

    private ReaderStatus readFailed(ReadFailure failure) {
        return new ReaderStatus(ReaderStatus.State.READ_FAILED,
                messages.text("status.readFailed", failure.message()), failure.code().name());
    }

    private void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
