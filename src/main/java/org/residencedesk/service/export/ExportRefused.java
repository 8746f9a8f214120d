package org.residencedesk.service.export;

/** The operator is unknown, inactive or neither administrator nor station chief; nothing was written. */
public final class ExportRefused extends Exception {
    private static final long serialVersionUID = 1L;
    private final String login;

    ExportRefused(String login) {
        super("export refused for " + login);
        this.login = login;
    }

    public String login() {
        return login;
    }
}
