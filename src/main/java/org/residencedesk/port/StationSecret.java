package org.residencedesk.port;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit boot secret of one station database. Every key the station needs at rest (the Derby boot
 * password, the Derby user's password, the drafts key) is derived from it with HMAC-SHA256 and a purpose
 * label, so one protected file unlocks everything and no derived key can be turned back into another.
 * Derivation is one HMAC: opening the database costs microseconds, not a slow KDF.
 */
public final class StationSecret {
    public static final int LENGTH = 32;
    private static final String LABEL_PREFIX = "residence-desk/v1/";
    private final byte[] bytes;

    public StationSecret(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a station secret has " + LENGTH + " bytes");
        }
        this.bytes = bytes.clone();
    }

    /** A 32-byte key for one purpose, e.g. {@code "drafts"}. */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            return mac.doFinal((LABEL_PREFIX + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    /** {@link #derive} as 64 lower-case hex digits, for attributes that take text (Derby passwords). */
    public String deriveHex(String purpose) {
        return HexFormat.of().formatHex(derive(purpose));
    }

    /** The raw secret, for the store that writes it; the caller wipes the copy. */
    public byte[] copyBytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StationSecret other && java.security.MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(derive("hash-code"));
    }

    @Override
    public String toString() {
        return "StationSecret[hidden]";
    }
}
