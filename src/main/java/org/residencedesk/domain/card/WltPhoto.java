package org.residencedesk.domain.card;

import java.util.Arrays;

/**
 * The card's photo exactly as stored on the chip: a WLT blob that only the vendor's licensed
 * library can turn into a bitmap. Kept as raw bytes so the product works without that library.
 */
public final class WltPhoto {
    private final byte[] bytes;

    public WltPhoto(byte[] bytes) {
        this.bytes = bytes == null ? new byte[0] : bytes.clone();
    }

    public static WltPhoto empty() {
        return new WltPhoto(new byte[0]);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WltPhoto photo && Arrays.equals(bytes, photo.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "WltPhoto[" + bytes.length + " bytes]";
    }
}
