package org.residencedesk.ui.print;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.ResourceBundle;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.port.DocumentPrinter;
import org.residencedesk.port.PrinterCatalog;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.port.printing.CalibrationCardGeometry;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrinterInfo;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.printing.PrinterSettings;
import org.residencedesk.port.printing.SampleDocuments;
import org.residencedesk.ui.BackgroundWork;

/**
 * 打印机设置: one printer profile per document type and, for the card printer, the calibration measured
 * on a printed calibration card. Edits stay in memory until {@link #save()}.
 */
public final class PrinterSettingsViewModel {

    private final PrinterCatalog catalog;
    private final PrinterSettingsStore store;
    private final DocumentPrinter printer;
    private final Clock clock;
    private final BackgroundWork work;
    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.print");

    private PrinterSettings settings;
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentType> documentType = new SimpleObjectProperty<>(DocumentType.PERMIT_CARD);
    private final StringProperty printerName = new SimpleStringProperty("");
    private final StringProperty tray = new SimpleStringProperty("");
    private final IntegerProperty copies = new SimpleIntegerProperty(1);
    private final BooleanProperty duplex = new SimpleBooleanProperty(false);
    private final DoubleProperty offsetX = new SimpleDoubleProperty();
    private final DoubleProperty offsetY = new SimpleDoubleProperty();
    private final DoubleProperty scale = new SimpleDoubleProperty(1.0);
    private final DoubleProperty measuredX = new SimpleDoubleProperty(CalibrationCardGeometry.CROSSHAIR_X_MM);
    private final DoubleProperty measuredY = new SimpleDoubleProperty(CalibrationCardGeometry.CROSSHAIR_Y_MM);
    private final DoubleProperty measuredBar = new SimpleDoubleProperty(CalibrationCardGeometry.BAR_LENGTH_MM);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public PrinterSettingsViewModel(PrinterCatalog catalog, PrinterSettingsStore store, DocumentPrinter printer,
                                    Clock clock, BackgroundWork work) {
        this.catalog = catalog;
        this.work = work;
        this.store = store;
        this.printer = printer;
        this.clock = clock;
        this.settings = store.load();
        documentType.addListener((obs, old, now) -> {
            if (old != null) {
                keepEdits(old);
            }
            showProfile(now);
        });
        printerName.addListener((obs, old, now) -> showCalibration());
        showProfile(documentType.get());
    }

    /** Asks the system for its printers again (a printer may have been plugged in). */
    public void refreshPrinters() {
        List<PrinterInfo> found = catalog.listPrinters();
        printers.setAll(found.stream().map(PrinterInfo::name).toList());
        status.set(found.isEmpty() ? bundle.getString("print.status.NO_PRINTER") : "");
    }

    /** Turns the measurements of the printed calibration card into offsets and scale (not saved yet). */
    public boolean applyMeasurements() {
        try {
            CardCalibration corrected = CalibrationCardGeometry.correct(currentCalibration(), measuredX.get(),
                    measuredY.get(), measuredBar.get());
            showCalibration(corrected);
            status.set(bundle.getString("ui.print.settings.measurementsApplied"));
            return true;
        } catch (IllegalArgumentException e) {
            status.set(bundle.getString("ui.print.settings.calibrationOutOfRange"));
            return false;
        }
    }

    /** Writes all profiles and the calibration of the selected printer to this PC's settings file. */
    public boolean save() {
        try {
            keepEdits(documentType.get());
            store.save(settings);
            status.set(bundle.getString("ui.print.settings.saved"));
            return true;
        } catch (IllegalArgumentException e) {
            status.set(bundle.getString("ui.print.settings.calibrationOutOfRange"));
            return false;
        } catch (java.io.UncheckedIOException e) {
            status.set(bundle.getString("ui.print.settings.saveFailed"));
            return false;
        }
    }

    /**
     * Prints the calibration card on the selected printer with its current (unsaved) calibration, off the
     * FX thread; the printer's answer (or 打印失败) shows in the status line.
     */
    public void printCalibrationCard() {
        CardCalibration calibration = currentCalibration();
        String name = blankToNull(printerName.get());
        PrinterProfile profile = new PrinterProfile(DocumentType.CALIBRATION_CARD, name, blankToNull(tray.get()), 1, false);
        status.set(bundle.getString("ui.print.preview.printing"));
        work.run(() -> printer.print(SampleDocuments.calibrationCard(name, calibration, LocalDateTime.now(clock)),
                        profile, calibration), outcome -> status.set(outcome.message()),
                invalid -> status.set(bundle.getString("ui.print.preview.printFailed")),
                message -> status.set(bundle.getString("ui.print.preview.printFailed")));
    }

    private void keepEdits(DocumentType type) {
        PrinterProfile profile = new PrinterProfile(type, printerName.get(), tray.get(), copies.get(), duplex.get());
        settings = settings.withProfile(profile);
        if (type.isCard() && profile.printerName() != null) {
            settings = settings.withCalibration(profile.printerName(), currentCalibration());
        }
    }

    private void showProfile(DocumentType type) {
        PrinterProfile profile = settings.profileFor(type);
        printerName.set(profile.printerName() == null ? "" : profile.printerName());
        tray.set(profile.tray() == null ? "" : profile.tray());
        copies.set(profile.copies());
        duplex.set(profile.duplex());
        showCalibration();
    }

    private void showCalibration() {
        showCalibration(settings.calibrationFor(blankToNull(printerName.get())));
    }

    private void showCalibration(CardCalibration calibration) {
        offsetX.set(calibration.offsetXMm());
        offsetY.set(calibration.offsetYMm());
        scale.set(calibration.scale());
    }

    private CardCalibration currentCalibration() {
        return new CardCalibration(offsetX.get(), offsetY.get(), scale.get());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Chinese name of a document type for the type chooser. */
    public String displayName(DocumentType type) {
        return bundle.getString("ui.print.document." + type.name());
    }

    public String expectedMeasurementsText() {
        return MessageFormat.format(bundle.getString("ui.print.settings.expected"),
                String.format("%.1f", CalibrationCardGeometry.CROSSHAIR_X_MM),
                String.format("%.1f", CalibrationCardGeometry.CROSSHAIR_Y_MM),
                String.format("%.1f", CalibrationCardGeometry.BAR_LENGTH_MM));
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public ObjectProperty<DocumentType> documentTypeProperty() {
        return documentType;
    }

    public StringProperty printerNameProperty() {
        return printerName;
    }

    public StringProperty trayProperty() {
        return tray;
    }

    public IntegerProperty copiesProperty() {
        return copies;
    }

    public BooleanProperty duplexProperty() {
        return duplex;
    }

    public DoubleProperty offsetXProperty() {
        return offsetX;
    }

    public DoubleProperty offsetYProperty() {
        return offsetY;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public DoubleProperty measuredXProperty() {
        return measuredX;
    }

    public DoubleProperty measuredYProperty() {
        return measuredY;
    }

    public DoubleProperty measuredBarProperty() {
        return measuredBar;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
