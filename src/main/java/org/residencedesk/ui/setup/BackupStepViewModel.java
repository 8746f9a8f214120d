package org.residencedesk.ui.setup;

import javafx.beans.value.ObservableBooleanValue;
import org.residencedesk.ui.settings.backup.BackupViewModel;

/** Step 6 备份: 系统设置 → 备份's own view model (folder, how many to keep, 立即备份); 下一步 saves through it. */
public final class BackupStepViewModel implements WizardStep {
    private final BackupViewModel backup;

    public BackupStepViewModel(BackupViewModel backup) {
        this.backup = backup;
    }

    public BackupViewModel backup() {
        return backup;
    }

    @Override
    public void next(Runnable done) {
        backup.save(done);
    }

    @Override
    public ObservableBooleanValue busy() {
        return backup.busyProperty();
    }
}
