package org.residencedesk.port;

/**
 * Receives reader events on the reader's own background thread: implementations must return
 * quickly and hop to their own thread (e.g. the JavaFX thread) for real work.
 */
public interface CardReaderListener {
    void cardRead(CardEvent event);

    void statusChanged(ReaderStatus status);
}
