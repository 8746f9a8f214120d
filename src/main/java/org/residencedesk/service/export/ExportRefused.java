package org.residencedesk.service.export;

/** The operator's account was disabled since sign-in; nothing was written (a missing permission is a PermissionDenied). */
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
