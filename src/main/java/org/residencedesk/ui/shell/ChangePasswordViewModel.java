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
import org.residencedesk.ui.Fxml;

/**
 * 修改密码: after signing in with a password an administrator set ({@code forced}), or from the window's user
 * menu. The current password is verified like a sign-in (wrong ones count toward the lockout); the new one must
 * meet the password policy. Testable without a window.
 */
public final class ChangePasswordViewModel {
    final String login;
    final boolean forced;
    final StringProperty currentPassword = new SimpleStringProperty("");
    final StringProperty newPassword = new SimpleStringProperty("");
    final StringProperty newPasswordConfirm = new SimpleStringProperty("");
    final FieldErrors errors = new FieldErrors("currentPassword", "newPassword", "newPasswordConfirm", "form");
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final AuthenticationService service;
    private final BackgroundWork work;

    public ChangePasswordViewModel(AuthenticationService service, String login, boolean forced, BackgroundWork work) {
        this.service = service;
        this.login = login;
        this.forced = forced;
        this.work = work;
    }

    String introText() {
        return Fxml.text(forced ? "login.change.forced" : "login.change.voluntary", login);
    }

    /** Changes the password; problems show beside their fields, every password field is emptied either way. */
    void submit(Consumer<Operator> onChanged) {
        busy.set(true);
        errors.clear();
        char[] current = currentPassword.get().toCharArray();
        char[] fresh = newPassword.get().toCharArray();
        char[] confirm = newPasswordConfirm.get().toCharArray();
        work.run(() -> {
            try {
                return service.changePassword(login, current, fresh, confirm);
            } finally {
                Arrays.fill(current, '\0');
                Arrays.fill(fresh, '\0');
                Arrays.fill(confirm, '\0');
            }
        }, operator -> {
            clearPasswords();
            onChanged.accept(operator);
        }, invalid -> {
            errors.show(invalid.fieldMessages(), "form");
            clearPasswords();
            busy.set(false);
        }, message -> {
            errors.show(Map.of("form", message), "form");
            clearPasswords();
            busy.set(false);
        });
    }

    void clearPasswords() {
        currentPassword.set("");
        newPassword.set("");
        newPasswordConfirm.set("");
    }
}
