package org.residencedesk.ui.setup;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.residencedesk.ui.print.PrinterSettingsViewModel;

/**
 * Step 4 打印机: the same printer catalogue and settings as 系统设置 → 打印机 (queue per document type, 打印校准卡 and
 * the card calibration offsets); 下一步 saves them.
 */
public final class PrinterStepViewModel implements WizardStep {
    private final PrinterSettingsViewModel printers;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public PrinterStepViewModel(PrinterSettingsViewModel printers) {
        this.printers = printers;
    }

    public PrinterSettingsViewModel printers() {
        return printers;
    }

    @Override
    public void next(Runnable done) {
        if (printers.save()) {
            done.run();
        }
    }

    @Override
    public ObservableBooleanValue busy() {
        return busy.getReadOnlyProperty();
    }
}
