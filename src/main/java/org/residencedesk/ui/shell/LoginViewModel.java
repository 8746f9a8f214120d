package org.residencedesk.ui.shell;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.ui.FieldErrors;

public final class LoginViewModel {
    final StringProperty login = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final FieldErrors errors = new FieldErrors("login", "password");
    final boolean demo;

    private final AuthenticationService service;

    public LoginViewModel(AuthenticationService service, boolean demo) {
        this.service = service;
        this.demo = demo;
    }

    /** What was typed, copied on the FX thread. */
    record Credentials(String login, char[] password) { }

    /** FX thread. */
    Credentials credentials() {
        return new Credentials(login.get(), password.get().toCharArray());
    }

    /** Runs on a worker thread; throws ValidationFailure for a wrong or locked login. */
    Operator signIn(Credentials c) {
        try {
            return service.login(c.login(), c.password());
        } finally {
            java.util.Arrays.fill(c.password(), '\0');
        }
    }

    void clearPassword() {
        password.set("");
    }
}
