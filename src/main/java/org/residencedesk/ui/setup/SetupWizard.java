package org.residencedesk.ui.setup;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Parent;
import org.residencedesk.domain.station.Station;
import org.residencedesk.service.Operator;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.DeskServices;
import org.residencedesk.ui.print.PrinterSettingsViewModel;
import org.residencedesk.ui.settings.backup.BackupViewModel;
import org.residencedesk.ui.settings.platform.PlatformSettingsViewModel;

/** Puts the first-run wizard together from the window's services (the screen a fresh data folder shows first). */
public final class SetupWizard {
    private SetupWizard() {
    }

    /** The wizard's view model: steps 3–6 use the same view models as 系统设置, as the new administrator. */
    public static SetupWizardViewModel model(DeskServices services, BackgroundWork work, Consumer<Station> onDone) {
        StationStepViewModel station = new StationStepViewModel(services.stationSetup(), services.masterData(), work);
        AdminStepViewModel admin = new AdminStepViewModel(station, services.stationSetup(), services.authentication(),
                work);
        return new SetupWizardViewModel(station, admin, administrator -> laterSteps(services, work, administrator),
                services.authentication(), services.createDemoStation(), work, onDone);
    }

    static Map<SetupStep, WizardStep> laterSteps(DeskServices services, BackgroundWork work, Operator administrator) {
        Map<SetupStep, WizardStep> steps = new EnumMap<>(SetupStep.class);
        steps.put(SetupStep.CARD_READER, new CardReaderStepViewModel(services.cardReaderSettings(), administrator,
                work));
        steps.put(SetupStep.PRINTERS, new PrinterStepViewModel(new PrinterSettingsViewModel(services.printerCatalog(),
                services.printerSettings(), services.printer(), services.clock(), work)));
        steps.put(SetupStep.PLATFORM, new PlatformStepViewModel(new PlatformSettingsViewModel(
                services.platformSettings(), administrator, work)));
        steps.put(SetupStep.BACKUP, new BackupStepViewModel(new BackupViewModel(services.backups(), administrator,
                services.clock(), work)));
        return steps;
    }

    /** The wizard's screen. */
    public static Parent view(SetupWizardViewModel model) {
        return new SetupWizardView(model, step -> switch (step) {
            case STATION -> new StationStepView(model.station()).load();
            case ADMIN -> new AdminStepView(model.admin()).load();
            case CARD_READER -> new CardReaderStepView((CardReaderStepViewModel) model.step(step)).load();
            case PRINTERS -> new PrinterStepView((PrinterStepViewModel) model.step(step)).load();
            case PLATFORM -> new PlatformStepView((PlatformStepViewModel) model.step(step)).load();
            case BACKUP -> new BackupStepView((BackupStepViewModel) model.step(step)).load();
        }).load();
    }
}
