package org.residencedesk.port.printing;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * This counter PC's printer choices: one profile per document type and one card calibration per
 * printer name. Immutable; the "with" methods return changed copies.
 */
public record PrinterSettings(Map<DocumentType, PrinterProfile> profiles,
                              Map<String, CardCalibration> calibrations) {

    public static final PrinterSettings EMPTY = new PrinterSettings(Map.of(), Map.of());

    public PrinterSettings {
        profiles = Map.copyOf(profiles);
        calibrations = Map.copyOf(calibrations);
    }

    public PrinterProfile profileFor(DocumentType type) {
        return profiles.getOrDefault(type, PrinterProfile.systemDefault(type));
    }

    public CardCalibration calibrationFor(String printerName) {
        return Optional.ofNullable(printerName).map(calibrations::get).orElse(CardCalibration.NONE);
    }

    public PrinterSettings withProfile(PrinterProfile profile) {
        Map<DocumentType, PrinterProfile> copy = new EnumMap<>(DocumentType.class);
        copy.putAll(profiles);
        copy.put(profile.documentType(), profile);
        return new PrinterSettings(copy, calibrations);
    }

    public PrinterSettings withCalibration(String printerName, CardCalibration calibration) {
        Map<String, CardCalibration> copy = new TreeMap<>(calibrations);
        copy.put(printerName, calibration);
        return new PrinterSettings(profiles, copy);
    }
}
