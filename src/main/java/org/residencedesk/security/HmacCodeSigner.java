package org.residencedesk.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.residencedesk.port.CodeSigner;

/** HMAC-SHA256 with a 32-byte key the composition root derives from the station secret (purpose label). */
public final class HmacCodeSigner implements CodeSigner {
    private final byte[] key;

    public HmacCodeSigner(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a signing key has at least 32 bytes");
        }
        this.key = key.clone();
    }

    @Override
    public byte[] sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    @Override
    public String toString() {
        return "HmacCodeSigner[key hidden]";
    }
}
