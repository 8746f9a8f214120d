package org.residencedesk.service;

/**
 * The signed-in operator's account can no longer be used (locked after wrong passwords, disabled by an
 * administrator, or its password must be changed): the window returns to the login screen. Chinese message.
 */
public final class AccountUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccountUnavailable(String message) {
        super(message);
    }
}
