package org.residencedesk.port;

public interface PasswordHasher {
    String hash(char[] password);

    boolean matches(char[] password, String storedHash);
}
