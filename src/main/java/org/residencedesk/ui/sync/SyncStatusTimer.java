package org.residencedesk.ui.sync;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Keeps the status bar's sync segment current while the main window is open: the state every 30 seconds (a
 * database read on a worker) and the platform's clock every 10 minutes. {@link #stop} when the window closes.
 */
public final class SyncStatusTimer {
    static final Duration STATE_EVERY = Duration.seconds(30);
    static final Duration CLOCK_EVERY = Duration.minutes(10);
    private final Timeline state;
    private final Timeline clock;

    private SyncStatusTimer(SyncStatusViewModel model) {
        state = new Timeline(new KeyFrame(STATE_EVERY, e -> model.refresh()));
        state.setCycleCount(Timeline.INDEFINITE);
        clock = new Timeline(new KeyFrame(CLOCK_EVERY, e -> model.checkClock()));
        clock.setCycleCount(Timeline.INDEFINITE);
    }

    /** Shows the state now, checks the clock now, and keeps doing both. Call on the FX thread. */
    public static SyncStatusTimer start(SyncStatusViewModel model) {
        SyncStatusTimer timer = new SyncStatusTimer(model);
        model.checkClock();
        timer.state.play();
        timer.clock.play();
        return timer;
    }

    public void stop() {
        state.stop();
        clock.stop();
    }
}
