package org.residencedesk.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests wait for and press, in one place (each test class had its own copy). */
public final class FxWait {
    private FxWait() {
    }

    /** Waits up to 30 s for {@code condition}, letting the FX thread run its queue before each look. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    /** Presses the keys together and releases them in reverse (a shortcut such as Ctrl+Shift+Z). */
    public static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        KeyCode[] reversed = new KeyCode[codes.length];
        for (int i = 0; i < codes.length; i++) {
            reversed[i] = codes[codes.length - 1 - i];
        }
        robot.release(reversed);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
