package org.residencedesk.port;

/**
 * The ID-card reader as the rest of the application sees it: started once, it keeps polling in the
 * background, reconnects by itself and reports each newly placed card exactly once.
 */
public interface CardReader extends AutoCloseable {
    /** Starts polling in the background; calling it twice has no further effect. */
    void start();

    /** Stops polling and releases the port; the reader can be started again. */
    void stop();

    void addListener(CardReaderListener listener);

    void removeListener(CardReaderListener listener);

    /** The last status published (未连接 before the first connection). */
    ReaderStatus currentStatus();

    @Override
    default void close() {
        stop();
    }
}
