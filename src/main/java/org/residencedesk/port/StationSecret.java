package org.residencedesk.port;

import java.util.Arrays;

/**
 * The 256-bit boot secret of one station database; the keys the station uses at rest are derived from
 * it (storage's {@code SecretDerivation}). It never prints itself.
 */
public final class StationSecret {
    public static final int LENGTH = 32;
    private final byte[] bytes;

    public StationSecret(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a station secret has " + LENGTH + " bytes");
        }
        this.bytes = bytes.clone();
    }

    /** The raw secret, for the store that writes it and for key derivation; the caller wipes the copy. */
    public byte[] copyBytes() {
        return bytes.clone();
    }

    /** Compares in constant time. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StationSecret other)) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < LENGTH; i++) {
            difference |= bytes[i] ^ other.bytes[i];
        }
        return difference == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "StationSecret[hidden]";
    }
}
