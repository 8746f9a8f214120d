package org.residencedesk.port;

/**
 * Keyed signatures for texts the station prints and later checks (the 居住证明's verification code, ADR 0223). The
 * key is derived from the station secret and never leaves the adapter.
 */
public interface CodeSigner {
    /** An HMAC-SHA256 of {@code text} (UTF-8) with the station's certificate key. */
    byte[] sign(String text);
}
