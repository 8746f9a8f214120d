package org.residencedesk.ui.sync;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Keeps the status bar's sync segment current while the main window is open: the state every 30 seconds (a
 * database read on a worker), whether this process is uploading every second (in memory, ADR 0340) and the platform's
 * clock every 10 minutes. {@link #stop} when the window closes.
 */
public final class SyncStatusTimer {
    static final Duration STATE_EVERY = Duration.seconds(30);
    static final Duration CLOCK_EVERY = Duration.minutes(10);
    /** 正在同步 and a finished run's result (an in-memory read, ADR 0340). */
    static final Duration ACTIVITY_EVERY = Duration.seconds(1);
    private final Timeline state;
    private final Timeline activity;
    private final Timeline clock;

    private SyncStatusTimer(SyncStatusViewModel model) {
        state = new Timeline(new KeyFrame(STATE_EVERY, e -> model.refresh()));
        state.setCycleCount(Timeline.INDEFINITE);
        clock = new Timeline(new KeyFrame(CLOCK_EVERY, e -> model.checkClock()));
        clock.setCycleCount(Timeline.INDEFINITE);
        activity = new Timeline(new KeyFrame(ACTIVITY_EVERY, e -> model.pollActivity()));
        activity.setCycleCount(Timeline.INDEFINITE);
    }

    /** Shows the state now, checks the clock now, and keeps doing both. Call on the FX thread. */
    public static SyncStatusTimer start(SyncStatusViewModel model) {
        SyncStatusTimer timer = new SyncStatusTimer(model);
        model.checkClock();
        timer.state.play();
        timer.clock.play();
        timer.activity.play();
        return timer;
    }

    public void stop() {
        state.stop();
        clock.stop();
        activity.stop();
    }
}
