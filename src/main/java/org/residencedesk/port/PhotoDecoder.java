package org.residencedesk.port;

import org.residencedesk.domain.card.WltPhoto;

/**
 * Turns a card's WLT photo into a bitmap. Only the vendor's licensed library can do that, so an
 * implementation must say honestly whether it can, and the caller falls back to taking a photo.
 * Implementations may load native code on first use and block while decoding: call every method
 * from a worker thread, never from the JavaFX application thread.
 */
public interface PhotoDecoder {

    /** Whether {@link #decode} can produce bitmaps on this machine. */
    boolean isAvailable();

    /** Chinese text for the user explaining the availability (e.g. 照片需另行采集). */
    String availabilityMessage();

    Result decode(WltPhoto photo);

    sealed interface Result permits Decoded, Unavailable {}

    /**
     * The decoded 102×126 photo as a PNG file image: what JavaFX {@code Image} and the permit-card
     * template's {@code photo} parameter ({@code byte[]}) take as they are.
     */
    record Decoded(byte[] png) implements Result {}

    record Unavailable(String message) implements Result {}
}
