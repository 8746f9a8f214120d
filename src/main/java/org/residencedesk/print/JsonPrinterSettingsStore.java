package org.residencedesk.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.printing.PrinterSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps this PC's printer settings in {@code <dataDir>/printers.json} (ADR 0031). */
public final class JsonPrinterSettingsStore implements PrinterSettingsStore {

    public static final String FILE_NAME = "printers.json";
    private static final Logger LOG = LoggerFactory.getLogger(JsonPrinterSettingsStore.class);

    /** On-disk shape; versioned so a later release can migrate it. */
    record SettingsFile(int version, Map<DocumentType, PrinterProfile> profiles,
                        Map<String, CardCalibration> calibrations) {
    }

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public JsonPrinterSettingsStore(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    @Override
    public PrinterSettings load() {
        if (!Files.isRegularFile(file)) {
            return PrinterSettings.EMPTY;
        }
        try {
            SettingsFile stored = mapper.readValue(file.toFile(), SettingsFile.class);
            Map<DocumentType, PrinterProfile> profiles = new EnumMap<>(DocumentType.class);
            if (stored.profiles() != null) {
                profiles.putAll(stored.profiles());
            }
            Map<String, CardCalibration> calibrations = stored.calibrations() == null
                    ? Map.of() : stored.calibrations();
            return new PrinterSettings(profiles, calibrations);
        } catch (IOException | RuntimeException e) {
            // A broken file must not stop the counter from printing with default printers.
            LOG.warn("Ignoring unreadable printer settings {}: {}", file, e.toString());
            return PrinterSettings.EMPTY;
        }
    }

    @Override
    public void save(PrinterSettings settings) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "printers", ".tmp");
            mapper.writeValue(temp.toFile(), new SettingsFile(1, new TreeMap<>(settings.profiles()),
                    new TreeMap<>(settings.calibrations())));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
