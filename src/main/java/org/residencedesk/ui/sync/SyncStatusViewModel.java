package org.residencedesk.ui.sync;

import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.service.Operator;
import org.residencedesk.service.sync.SyncOverview;
import org.residencedesk.service.sync.SyncSnapshot;
import org.residencedesk.ui.BackgroundWork;

/**
 * The status bar's sync segment on every screen (issue 13 item 5): last successful sync, backlog, 离线 since when,
 * the alert, the clock-skew and long-offline warnings. Read off the FX thread; {@link SyncStatusTimer} refreshes it.
 */
public final class SyncStatusViewModel {
    private final SyncOverview overview;
    private final Operator operator;
    private final Clock clock;
    private final BackgroundWork work;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty warning = new SimpleBooleanProperty(false);

    public SyncStatusViewModel(SyncOverview overview, Operator operator, Clock clock, BackgroundWork work) {
        this.overview = overview;
        this.operator = operator;
        this.clock = clock;
        this.work = work;
    }

    /** The segment's text (several parts joined by "；"); empty for an operator who may not see sync. */
    public ReadOnlyStringProperty text() { return text; }

    /** True while something needs attention: offline, stopped, a skewed clock or a long offline period. */
    public ReadOnlyBooleanProperty warning() { return warning; }

    /** Reads the state from the database (no platform request). */
    public void refresh() {
        if (!operator.may(Permission.SYNC_VIEW)) {
            return;
        }
        work.run(() -> overview.snapshot(operator), this::show, invalid -> { }, failure -> { });
    }

    /** Asks the platform for its time, then shows the state (one request, off the FX thread). */
    public void checkClock() {
        if (!operator.may(Permission.SYNC_VIEW)) {
            return;
        }
        work.run(() -> {
            overview.measureClock(operator);
            return overview.snapshot(operator);
        }, this::show, invalid -> { }, failure -> { });
    }

    void show(SyncSnapshot s) {
        text.set(String.join("；", SyncText.statusSegments(s, clock)));
        warning.set(s.alert().isPresent() || s.offlineSince().isPresent() || s.clockSkewed() || s.longOffline());
    }
}
