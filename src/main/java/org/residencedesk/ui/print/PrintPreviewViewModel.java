package org.residencedesk.ui.print;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ResourceBundle;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.residencedesk.port.DocumentPrinter;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.port.printing.DocumentPreparationException;
import org.residencedesk.port.printing.ExportOutcome;
import org.residencedesk.port.printing.PreparedDocument;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.printing.PrinterSettings;
import org.residencedesk.ui.BackgroundWork;

/**
 * Preview of one document: page images at a zoom, paging, print and PDF export. Slow work (fill, print,
 * export) runs through the injected {@link BackgroundWork}; the last print outcome is published so a
 * business screen can mark its document printed only on success.
 */
public final class PrintPreviewViewModel {

    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 4.0;
    private static final double ZOOM_STEP = 1.25;
    /** Jasper pages are in points (1/72 in); screens are ~96 dpi. */
    private static final double SCREEN_PIXELS_PER_POINT = 96.0 / 72.0;

    private final DocumentPrinter printer;
    private final PrinterSettingsStore settings;
    private final BackgroundWork work;
    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.print");

    private final ReadOnlyObjectWrapper<PreparedDocument> document = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<BufferedImage> pageImage = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper closeRequested =
            new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<PrintOutcome> lastOutcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ExportOutcome> lastExport = new ReadOnlyObjectWrapper<>();

    public PrintPreviewViewModel(DocumentPrinter printer, PrinterSettingsStore settings, BackgroundWork work) {
        this.printer = printer;
        this.settings = settings;
        this.work = work;
        pageIndex.addListener((obs, old, now) -> render());
        zoom.addListener((obs, old, now) -> render());
    }

    /** Fills the document off the FX thread, then shows its first page; a failure shows in the status line. */
    public void load(PrintDocument source) {
        busy.set(true);
        status.set(bundle.getString("ui.print.preview.preparing"));
        work.run(() -> {
            try {
                return new Prepared(printer.prepare(source), null);
            } catch (DocumentPreparationException failure) {
                return new Prepared(null, failure.getMessage());
            }
        }, prepared -> {
            if (prepared.document() != null) {
                show(prepared.document());
            } else {
                prepareFailed(prepared.failure());
            }
        }, invalid -> prepareFailed(null), message -> prepareFailed(null));
    }

    private record Prepared(PreparedDocument document, String failure) { }

    private void prepareFailed(String message) {
        busy.set(false);
        status.set(message != null ? message : bundle.getString("print.status.DOCUMENT_ERROR"));
    }

    /** Prints with this PC's profile for the document type (and the printer's card calibration), off the FX thread. */
    public void printDocument() {
        PreparedDocument prepared = requireDocument();
        PrinterSettings stored = settings.load();
        PrinterProfile profile = stored.profileFor(prepared.source().type());
        busy.set(true);
        status.set(bundle.getString("ui.print.preview.printing"));
        work.run(() -> printer.print(prepared, profile, stored.calibrationFor(profile.printerName())), outcome -> {
            busy.set(false);
            lastOutcome.set(outcome);
            status.set(outcome.message());
            if (outcome.succeeded()) {
                // the printer took the job: the preview has done its work (issue 12 item 5)
                closeRequested.set(true);
            }
        }, invalid -> printFailed(), message -> printFailed());
    }

    private void printFailed() {
        busy.set(false);
        status.set(bundle.getString("ui.print.preview.printFailed"));
    }

    /** Asks the view to close the preview (Esc, 关闭); also set after the printer accepted the job. */
    public void close() {
        closeRequested.set(true);
    }

    /** True once the preview should close: the clerk closed it, or a print was accepted by the printer. */
    public ReadOnlyBooleanProperty closeRequestedProperty() {
        return closeRequested.getReadOnlyProperty();
    }

    /** Writes the previewed document as a PDF off the FX thread; the outcome is published for auditing. */
    public void exportPdfTo(Path target) {
        PreparedDocument prepared = requireDocument();
        busy.set(true);
        work.run(() -> printer.exportPdf(prepared, target), outcome -> {
            busy.set(false);
            status.set(outcome.message());
            lastExport.set(outcome);
        }, invalid -> exportFailed(target), message -> exportFailed(target));
    }

    private void exportFailed(Path target) {
        busy.set(false);
        status.set(java.text.MessageFormat.format(bundle.getString("print.export.failed"), target));
    }

    /** Shows an already prepared document (call on the FX thread). */
    public void show(PreparedDocument prepared) {
        document.set(prepared);
        pageCount.set(prepared.pageCount());
        busy.set(false);
        status.set("");
        if (pageIndex.get() == 0) {
            render();
        } else {
            pageIndex.set(0);
        }
    }

    public void nextPage() {
        if (pageIndex.get() + 1 < pageCount.get()) {
            pageIndex.set(pageIndex.get() + 1);
        }
    }

    public void previousPage() {
        if (pageIndex.get() > 0) {
            pageIndex.set(pageIndex.get() - 1);
        }
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * ZOOM_STEP));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / ZOOM_STEP));
    }

    private PreparedDocument requireDocument() {
        PreparedDocument prepared = document.get();
        if (prepared == null) {
            throw new IllegalStateException("No document is open in the preview");
        }
        return prepared;
    }

    private void render() {
        PreparedDocument prepared = document.get();
        if (prepared == null) {
            pageImage.set(null);
            pageLabel.set("");
            return;
        }
        int index = Math.max(0, Math.min(pageIndex.get(), prepared.pageCount() - 1));
        pageImage.set(prepared.renderPage(index, (float) (zoom.get() * SCREEN_PIXELS_PER_POINT)));
        pageLabel.set(java.text.MessageFormat.format(bundle.getString("ui.print.preview.page"), index + 1,
                prepared.pageCount(), Math.round(zoom.get() * 100)));
    }

    public ReadOnlyObjectProperty<PreparedDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyObjectProperty<BufferedImage> pageImageProperty() {
        return pageImage;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The last PDF export's outcome, so callers can audit exports of documents with personal data. */
    public ReadOnlyObjectProperty<ExportOutcome> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    /** The outcome of the last print from this preview; callers mark the document printed on success. */
    public ReadOnlyObjectProperty<PrintOutcome> lastOutcomeProperty() {
        return lastOutcome.getReadOnlyProperty();
    }
}
