package org.residencedesk.ui.setup;

import javafx.beans.value.ObservableBooleanValue;

/** One step's view model as the wizard drives it. */
public interface WizardStep {
    /**
     * 下一步: checks and applies the step's input (off the FX thread where it touches files or the database); runs
     * {@code done} once the wizard may move on, otherwise leaves each problem beside its field.
     */
    void next(Runnable done);

    /** True while the step's work runs: the wizard's buttons wait. */
    ObservableBooleanValue busy();
}
