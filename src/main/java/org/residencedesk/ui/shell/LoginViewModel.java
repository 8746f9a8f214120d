package org.residencedesk.ui.shell;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;

/** 登录: what was typed, the messages beside the fields, and the sign-in off the FX thread. */
public final class LoginViewModel {
    final StringProperty login = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final FieldErrors errors = new FieldErrors("login", "password");
    /** True while a sign-in runs (and after it succeeded, until the main window replaces this screen). */
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final boolean demo;

    private final AuthenticationService service;
    private final BackgroundWork work;

    public LoginViewModel(AuthenticationService service, boolean demo, BackgroundWork work) {
        this.service = service;
        this.demo = demo;
        this.work = work;
    }

    /**
     * Signs in with what was typed. A wrong or locked login shows its message beside the password,
     * clears the password and calls {@code onRejected}; success clears the password and hands the
     * operator to {@code onSignedIn}.
     */
    void signIn(Consumer<Operator> onSignedIn, Runnable onRejected) {
        busy.set(true);
        errors.clear();
        String typedLogin = login.get();
        char[] typedPassword = password.get().toCharArray();
        work.run(() -> {
            try {
                return service.login(typedLogin, typedPassword);
            } finally {
                Arrays.fill(typedPassword, '\0');
            }
        }, operator -> {
            clearPassword();
            onSignedIn.accept(operator);
        }, invalid -> {
            errors.show(invalid.fieldMessages(), "password");
            clearPassword();
            busy.set(false);
            onRejected.run();
        }, message -> {
            errors.show(Map.of("password", message), "password");
            busy.set(false);
        });
    }

    void clearPassword() {
        password.set("");
    }
}
