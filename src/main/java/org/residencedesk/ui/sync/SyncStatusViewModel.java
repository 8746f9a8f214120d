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
import org.residencedesk.service.sync.SyncActivity;
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
    /** The segments of the last snapshot; while a run goes the first is replaced by 正在同步 (ADR 0340). */
    private java.util.List<String> segments = java.util.List.of();
    private SyncActivity activity;
    /** {@link SyncActivity#runsEnded()} at the last poll; -1 before the first. */
    private long runsSeen = -1;

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

    /**
     * Whether this process's uploader is running (in memory, ADR 0340): 正在同步 while it goes, and the state read
     * again the moment a run ends. {@link SyncStatusTimer} calls it every second on the window's thread.
     */
    public void pollActivity() {
        if (!operator.may(Permission.SYNC_VIEW)) {
            return;
        }
        SyncActivity now = overview.activity(operator);
        boolean ended = runsSeen >= 0 && now.runsEnded() != runsSeen;
        runsSeen = now.runsEnded();
        if (!now.equals(activity)) {
            activity = now;
            render();
        }
        if (ended) {
            refresh();
        }
    }

    void show(SyncSnapshot s) {
        segments = SyncText.statusSegments(s, clock);
        warning.set(s.alert().isPresent() || s.offlineSince().isPresent() || s.clockSkewed() || s.longOffline());
        render();
    }

    private void render() {
        java.util.List<String> shown = new java.util.ArrayList<>(segments);
        if (activity != null && activity.running()) {
            String by = SyncText.trigger(activity.trigger());
            String running = activity.backlogAtStart() > 0
                    ? SyncText.text("syncui.status.runningCount", by, activity.confirmed(), activity.backlogAtStart())
                    : SyncText.text("syncui.status.running", by);
            if (shown.isEmpty()) {
                shown.add(running);
            } else {
                shown.set(0, running);
            }
        }
        text.set(String.join("；", shown));
    }
}
