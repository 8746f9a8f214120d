package org.residencedesk.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.domain.account.Role;
import org.residencedesk.port.DatabaseCondition;
import org.residencedesk.port.StationProblem;
import org.residencedesk.service.Operator;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;

/**
 * A damaged database as the signed-in operator sees it (ADR 0333): everyone gets a status-bar line from the moment
 * the start-up check or a refused write finds the damage; an administrator also gets an alert with the one message
 * that names the way out (restore the latest backup), until 知道了 for this window session. Follows the condition
 * while the main window is open ({@link #close} on sign-out).
 */
public final class DamagedDatabaseViewModel {
    private final DatabaseCondition condition;
    private final Operator operator;
    private final BackgroundWork work;
    private final Runnable listener = this::refresh;
    private final StringProperty statusText = new SimpleStringProperty("");
    private final StringProperty alertText = new SimpleStringProperty("");
    private final BooleanProperty alertShowing = new SimpleBooleanProperty(false);
    private boolean dismissed;

    public DamagedDatabaseViewModel(DatabaseCondition condition, Operator operator, BackgroundWork work) {
        this.condition = condition;
        this.operator = operator;
        this.work = work;
        condition.addListener(listener);
        refresh();
    }

    /** The status-bar line for everyone; empty while the database is not known to be damaged. */
    public ReadOnlyStringProperty statusText() { return statusText; }

    /** The administrator's alert: what happened and the way out. */
    public ReadOnlyStringProperty alertText() { return alertText; }

    /** Whether the administrator's alert is up. */
    public ReadOnlyBooleanProperty alertShowing() { return alertShowing; }

    /** Reads the condition (the listener runs on whatever thread found the damage) and shows it on the FX thread. */
    public void refresh() {
        work.run(condition::damaged, this::show, invalid -> { }, message -> { });
    }

    /** 知道了: the alert goes away for this window session; the status line stays. */
    public void dismiss() {
        dismissed = true;
        alertShowing.set(false);
    }

    public void close() {
        condition.removeListener(listener);
    }

    private void show(boolean damaged) {
        statusText.set(damaged ? Fxml.text("status.databaseDamaged") : "");
        alertText.set(damaged ? new StationProblem(StationProblem.Kind.DAMAGED, condition.location(), null)
                .userMessage() : "");
        alertShowing.set(damaged && !dismissed && operator.has(Role.ADMIN));
    }
}
