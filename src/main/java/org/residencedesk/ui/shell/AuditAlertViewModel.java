package org.residencedesk.ui.shell;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.BooleanProperty;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.Operator;
import org.residencedesk.service.audit.AuditAlarm;
import org.residencedesk.service.audit.AuditVerdict;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;

/**
 * The signed-in operator's view of a broken audit chain (docs/decisions/0139): everyone sees a short line in the
 * status bar; an administrator sees a blocking alert with what was found and what to do until an administrator
 * acknowledges that break. Follows the alarm while the main window is open (call {@link #close} on logout).
 */
public final class AuditAlertViewModel {
    /** The command the administrator is told to run (a command name stays as typed, outside the bundle). */
    static final String VERIFY_COMMAND = "audit verify";
    private final AuditAlarm alarm;
    private final Operator operator;
    private final BackgroundWork work;
    private final Runnable listener = this::refresh;
    private final BooleanProperty alertShowing = new SimpleBooleanProperty(false);
    private final StringProperty alertText = new SimpleStringProperty("");
    private final StringProperty statusText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public AuditAlertViewModel(AuditAlarm alarm, Operator operator, BackgroundWork work) {
        this.alarm = alarm;
        this.operator = operator;
        this.work = work;
        alarm.addListener(listener);
        refresh();
    }

    /** Whether the blocking alert is up (administrators only). */
    public ReadOnlyBooleanProperty alertShowing() { return alertShowing; }

    /** What was found and what to do. */
    public ReadOnlyStringProperty alertText() { return alertText; }

    /** The status bar line for everyone; empty while the chain is intact. */
    public ReadOnlyStringProperty statusText() { return statusText; }

    /** Why an acknowledgement failed; empty otherwise. */
    public ReadOnlyStringProperty message() { return message; }

    /** Reads the alarm off the FX thread and shows it (also called by the alarm after each check). */
    public void refresh() {
        work.run(() -> new State(alarm.broken(), alarm.unacknowledged()), this::show, invalid -> { }, message::set);
    }

    /** Records the administrator's acknowledgement (audited); the alert goes away until a different break. */
    public void acknowledge() {
        work.run(() -> {
            alarm.acknowledge(operator);
            return new State(alarm.broken(), alarm.unacknowledged());
        }, this::show, invalid -> { }, message::set);
    }

    /** Stops following the alarm (the main window closes). */
    public void close() {
        alarm.removeListener(listener);
    }

    private void show(State state) {
        statusText.set(state.broken().isPresent() ? Fxml.text("status.auditBroken") : "");
        Optional<AuditVerdict> open = operator.has(Role.ADMIN) ? state.unacknowledged() : Optional.empty();
        alertText.set(open.map(AuditAlertViewModel::describe).orElse(""));
        alertShowing.set(open.isPresent());
        if (open.isEmpty()) {
            message.set("");
        }
    }

    static String describe(AuditVerdict verdict) {
        String first = verdict.firstBroken() == null ? Fxml.text("main.auditAlert.firstBrokenUnknown")
                : String.valueOf(verdict.firstBroken());
        return Fxml.text("main.auditAlert.found", Fxml.text("main.auditAlert.reason." + verdict.problem().name()),
                verdict.entries(), first) + "\n\n" + Fxml.text("main.auditAlert.whatToDo", VERIFY_COMMAND);
    }

    private record State(Optional<AuditVerdict> broken, Optional<AuditVerdict> unacknowledged) {
    }
}
