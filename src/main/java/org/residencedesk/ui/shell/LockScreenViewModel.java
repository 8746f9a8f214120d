package org.residencedesk.ui.shell;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.service.AccountUnavailable;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;
import org.residencedesk.ui.Fxml;

/**
 * The lock overlay over the untouched main window: the same operator unlocks with their password (wrong ones
 * count toward the lockout), or 切换用户 signs them out so another person can sign in. An account that became
 * locked or disabled leads back to the login screen. Testable without a window.
 */
public final class LockScreenViewModel {
    final StringProperty password = new SimpleStringProperty("");
    final FieldErrors errors = new FieldErrors("password");
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final Operator operator;
    private final AuthenticationService authentication;
    private final IdleLock idleLock;
    private final BackgroundWork work;

    public LockScreenViewModel(Operator operator, AuthenticationService authentication, IdleLock idleLock,
                               BackgroundWork work) {
        this.operator = operator;
        this.authentication = authentication;
        this.idleLock = idleLock;
        this.work = work;
    }

    public IdleLock idleLock() {
        return idleLock;
    }

    String lockedText() {
        return Fxml.text("main.lock.lockedBy", operator.displayName(), operator.login());
    }

    /** The idle time passed (shell's tick) or the operator chose 锁定屏幕: the overlay shows, the lock is audited. */
    void lockNow() {
        idleLock.lockNow();
        screenLocked();
    }

    /** The shell's periodic tick; locks (and audits) when the idle time has passed. */
    void tick() {
        if (idleLock.tick()) {
            screenLocked();
        }
    }

    private void screenLocked() {
        password.set("");
        errors.clear();
        busy.set(false);
        work.run(() -> {
            authentication.screenLocked(operator);
            return null;
        }, ignored -> { }, invalid -> { }, message -> { }); // the lock holds even if the entry could not be written
    }

    /**
     * Checks the password off the FX thread. Right: the overlay goes, the screen is as it was. Wrong: the message
     * shows and the operator may try again. Locked or disabled: {@code onAccountUnavailable} gets the reason.
     */
    void unlock(Consumer<String> onAccountUnavailable) {
        busy.set(true);
        errors.clear();
        char[] typed = password.get().toCharArray();
        work.run(() -> {
            try {
                authentication.unlock(operator, typed);
                return null;
            } catch (AccountUnavailable e) {
                return e.getMessage();
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, unavailable -> {
            password.set("");
            busy.set(false);
            if (unavailable == null) {
                idleLock.unlocked();
            } else {
                onAccountUnavailable.accept(unavailable);
            }
        }, invalid -> {
            errors.show(invalid.fieldMessages(), "password");
            password.set("");
            busy.set(false);
        }, message -> {
            errors.show(Map.of("password", message), "password");
            busy.set(false);
        });
    }

    /** 切换用户: signs this operator out (audited; the registration draft stays theirs) and shows the login screen. */
    void switchUser(Runnable onLoggedOut) {
        password.set("");
        work.run(() -> {
            authentication.logout(operator);
            return null;
        }, ignored -> onLoggedOut.run(), invalid -> onLoggedOut.run(), message -> onLoggedOut.run());
    }
}
