package org.residencedesk.ui.print;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the JavaFX runtime (headless Monocle under surefire) without opening any window. */
final class FxToolkit {

    private FxToolkit() {
    }

    static void start() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier test class in this JVM
        }
    }

    static void runAndWait(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, action);
    }

    static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            boolean[] result = new boolean[1];
            runAndWait(() -> result[0] = condition.getAsBoolean());
            return result[0];
        });
    }
}
