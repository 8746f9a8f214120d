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

    /** Runs on a worker thread; throws ValidationFailure for a wrong or locked login. */
    Operator signIn() {
        return service.login(login.get(), password.get().toCharArray());
    }

    void clearPassword() {
        password.set("");
    }
}
