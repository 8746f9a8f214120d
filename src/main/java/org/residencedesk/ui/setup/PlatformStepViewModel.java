package org.residencedesk.ui.setup;

import javafx.beans.value.ObservableBooleanValue;
import org.residencedesk.ui.settings.platform.PlatformSettingsViewModel;

/**
 * Step 5 平台: 系统设置 → 平台's own view model (address, client certificate, its password file, truststore, interval;
 * 连接测试); 下一步 saves through it, so the same checks and audit apply.
 */
public final class PlatformStepViewModel implements WizardStep {
    private final PlatformSettingsViewModel platform;

    public PlatformStepViewModel(PlatformSettingsViewModel platform) {
        this.platform = platform;
    }

    public PlatformSettingsViewModel platform() {
        return platform;
    }

    @Override
    public void next(Runnable done) {
        platform.save(done);
    }

    @Override
    public ObservableBooleanValue busy() {
        return platform.busy;
    }
}
