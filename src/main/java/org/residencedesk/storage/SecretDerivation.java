package org.residencedesk.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.residencedesk.port.StationSecret;

/**
 * Every key the station needs at rest (the Derby boot password, the Derby user's password, the drafts
 * key) is derived from the station secret with HMAC-SHA256 and a purpose label, so one protected file
 * unlocks everything and no derived key can be turned back into another. Derivation is one HMAC:
 * opening the database costs microseconds, not a slow KDF.
 */
public final class SecretDerivation {
    private static final String LABEL_PREFIX = "residence-desk/v1/";

    private SecretDerivation() {
    }

    /** A 32-byte key for one purpose, e.g. {@code "drafts"}. */
    public static byte[] derive(StationSecret secret, String purpose) {
        byte[] bytes = secret.copyBytes();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            return mac.doFinal((LABEL_PREFIX + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            java.util.Arrays.fill(bytes, (byte) 0);
        }
    }

    /** {@link #derive} as 64 lower-case hex digits, for attributes that take text (Derby passwords). */
    public static String deriveHex(StationSecret secret, String purpose) {
        return HexFormat.of().formatHex(derive(secret, purpose));
    }
}
