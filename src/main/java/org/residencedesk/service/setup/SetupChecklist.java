package org.residencedesk.service.setup;

import java.util.ArrayList;
import java.util.List;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.BackupSettingsStore;
import org.residencedesk.port.CardReaderSetup;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.platform.PlatformSettingsStore;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;

/**
 * What the first-run wizard left for 系统设置 (ADR 0316), computed from the real settings each time: no card reader
 * configured (a demo station has its simulated one), no document type with a printer, no platform address, no daily
 * backup folder. No personal data: every role may see it in the status bar.
 */
public final class SetupChecklist {
    private final Transactions tx;
    private final StationRepository stations;
    private final CardReaderSetup reader;
    private final PrinterSettingsStore printers;
    private final PlatformSettingsStore platform;
    private final BackupSettingsStore backup;

    public SetupChecklist(Transactions tx, StationRepository stations, CardReaderSetup reader,
                          PrinterSettingsStore printers, PlatformSettingsStore platform, BackupSettingsStore backup) {
        this.tx = tx;
        this.stations = stations;
        this.reader = reader;
        this.printers = printers;
        this.platform = platform;
        this.backup = backup;
    }

    /** What is still missing, in the wizard's order; empty once everything is configured. */
    @Requires(Permission.SETUP_STATUS_VIEW)
    public List<SetupItem> missing(Operator operator) {
        operator.require(Permission.SETUP_STATUS_VIEW);
        boolean demo = tx.readOnly(stations::find).map(Station::isDemo).orElse(false);
        List<SetupItem> missing = new ArrayList<>();
        if (!demo && reader.configuredPort().isBlank()) {
            missing.add(SetupItem.CARD_READER);
        }
        if (!anyPrinter()) {
            missing.add(SetupItem.PRINTERS);
        }
        if (platform.read().url().isBlank()) {
            missing.add(SetupItem.PLATFORM);
        }
        if (backup.settings().isEmpty()) {
            missing.add(SetupItem.BACKUP);
        }
        return List.copyOf(missing);
    }

    private boolean anyPrinter() {
        var settings = printers.load();
        for (DocumentType type : DocumentType.values()) {
            String name = settings.profileFor(type).printerName();
            if (name != null && !name.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
