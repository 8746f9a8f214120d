package org.residencedesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.printing.PrinterSettings;

class JsonPrinterSettingsStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void profilesAndCalibrationsSurviveARestart() {
        PrinterSettings settings = PrinterSettings.EMPTY
                .withProfile(new PrinterProfile(DocumentType.PERMIT_CARD, "Evolis Primacy", "Manual", 1, true))
                .withProfile(new PrinterProfile(DocumentType.ACCEPTANCE_RECEIPT, "HP LaserJet", null, 2, false))
                .withCalibration("Evolis Primacy", new CardCalibration(0.8, -0.35, 0.995));

        new JsonPrinterSettingsStore(dataDir).save(settings);
        PrinterSettings loaded = new JsonPrinterSettingsStore(dataDir).load();

        assertThat(loaded).isEqualTo(settings);
        assertThat(dataDir.resolve("printers.json")).isRegularFile();
        assertThat(loaded.profileFor(DocumentType.REJECTION_NOTICE))
                .isEqualTo(PrinterProfile.systemDefault(DocumentType.REJECTION_NOTICE));
        assertThat(loaded.calibrationFor("unknown printer")).isEqualTo(CardCalibration.NONE);
    }

    @Test
    void aMissingOrBrokenFileMeansDefaults() throws Exception {
        JsonPrinterSettingsStore store = new JsonPrinterSettingsStore(dataDir);
        assertThat(store.load()).isEqualTo(PrinterSettings.EMPTY);

        Files.writeString(store.file(), "{ not json");

        assertThat(store.load()).isEqualTo(PrinterSettings.EMPTY);
    }
}
