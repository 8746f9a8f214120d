package org.residencedesk.service;

/**
 * The password was right, but an administrator set it (new account or reset): the holder must choose their own
 * with {@link AuthenticationService#changePassword} before the account can work. Carries a Chinese message.
 */
public final class PasswordChangeRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String login;

    public PasswordChangeRequired(String login) {
        super(Problems.message("login.changeRequired"));
        this.login = login;
    }

    public String login() {
        return login;
    }
}
