package org.residencedesk.port;

public interface PasswordHasher {
    String hash(char[] password);

    boolean matches(char[] password, String storedHash);

    /** True when a stored hash is weaker than what {@link #hash} makes now (checked after a successful login). */
    default boolean needsRehash(String storedHash) {
        return false;
    }
}
