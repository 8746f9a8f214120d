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
import org.residencedesk.service.PasswordChangeRequired;
import org.residencedesk.ui.Fxml;
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

    /** Called on the worker of a sign-in: before the database is open it waits there (ADR 0371). */
    private final java.util.function.Supplier<AuthenticationService> service;
    private final BackgroundWork work;

    public LoginViewModel(AuthenticationService service, boolean demo, BackgroundWork work) {
        this(() -> service, demo, work);
    }

    public LoginViewModel(java.util.function.Supplier<AuthenticationService> service, boolean demo,
                          BackgroundWork work) {
        this.service = service;
        this.demo = demo;
        this.work = work;
    }

    /** As {@link #signIn(Consumer, Runnable, Consumer)}; a required password change is shown as a message. */
    void signIn(Consumer<Operator> onSignedIn, Runnable onRejected) {
        signIn(onSignedIn, onRejected, changeFor -> {
            errors.show(Map.of("password", Fxml.text("login.changeRequired")), "password");
            busy.set(false);
        });
    }

    /**
     * Signs in with what was typed. A wrong or locked login shows its message beside the password,
     * clears the password and calls {@code onRejected}; success clears the password and hands the
     * operator to {@code onSignedIn}. A right password that an administrator set hands the login to
     * {@code onChangeRequired} (the change-password step).
     */
    void signIn(Consumer<Operator> onSignedIn, Runnable onRejected, Consumer<String> onChangeRequired) {
        busy.set(true);
        errors.clear();
        String typedLogin = login.get();
        char[] typedPassword = password.get().toCharArray();
        work.run(() -> {
            try {
                return Attempt.signedIn(service.get().login(typedLogin, typedPassword));
            } catch (PasswordChangeRequired change) {
                return Attempt.changeRequired(change.login());
            } finally {
                Arrays.fill(typedPassword, '\0');
            }
        }, attempt -> {
            clearPassword();
            if (attempt.operator() != null) {
                onSignedIn.accept(attempt.operator());
            } else {
                onChangeRequired.accept(attempt.changeFor());
            }
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

    /** Back at the login screen because the account became unavailable (e.g. locked at the lock screen). */
    void explain(String forLogin, String message) {
        login.set(forLogin);
        errors.show(Map.of("password", message), "password");
    }

    private record Attempt(Operator operator, String changeFor) {
        static Attempt signedIn(Operator operator) {
            return new Attempt(operator, null);
        }

        static Attempt changeRequired(String login) {
            return new Attempt(null, login);
        }
    }
}
