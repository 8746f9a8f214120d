package org.residencedesk.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.printing.PrinterSettings;
import org.residencedesk.port.printing.SampleDocuments;
import org.residencedesk.print.JasperDocumentPrinter;
import org.residencedesk.print.JsonPrinterSettingsStore;
import org.residencedesk.print.TemplateCache;
import org.residencedesk.ui.BackgroundWork;

/** Runs without any JavaFX window or toolkit: fill, print and export run inline through BackgroundWork. */
class PrintPreviewViewModelTest {

    private static final JasperDocumentPrinter PRINTER = new JasperDocumentPrinter(new TemplateCache(null));

    @TempDir
    Path dataDir;
    private JsonPrinterSettingsStore store;
    private PrintPreviewViewModel viewModel;

    @BeforeEach
    void openACard() {
        store = new JsonPrinterSettingsStore(dataDir);
        viewModel = new PrintPreviewViewModel(PRINTER, store, BackgroundWork.inline());
        viewModel.load(SampleDocuments.specimen(DocumentType.PERMIT_CARD, LocalDateTime.of(2026, 7, 21, 10, 0)));
        // the card (85.6 × 54 mm) at 100%: 4/3 screen pixels per point
        assertThat(viewModel.pageImageProperty().get()).extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(324, 204);
    }

    @Test
    void showsTheFirstPageAndPagesThroughTheCard() {
        assertThat(viewModel.pageCountProperty().get()).isEqualTo(2);
        assertThat(viewModel.pageLabelProperty().get()).isEqualTo("第 1 / 2 页　100%");
        viewModel.previousPage();
        assertThat(viewModel.pageIndexProperty().get()).isZero();
        viewModel.nextPage();
        viewModel.nextPage();
        assertThat(viewModel.pageIndexProperty().get()).isEqualTo(1);
        assertThat(viewModel.pageLabelProperty().get()).isEqualTo("第 2 / 2 页　100%");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void zoomRendersALargerImageWithinLimits() {
        viewModel.zoomIn();
        assertThat(viewModel.zoomProperty().get()).isEqualTo(1.25);
        assertThat(viewModel.pageImageProperty().get()).extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(405, 255);
        for (int i = 0; i < 20; i++) {
            viewModel.zoomIn();
        }
        assertThat(viewModel.zoomProperty().get()).isEqualTo(PrintPreviewViewModel.MAX_ZOOM);
        for (int i = 0; i < 20; i++) {
            viewModel.zoomOut();
        }
        assertThat(viewModel.zoomProperty().get()).isEqualTo(PrintPreviewViewModel.MIN_ZOOM);
    }

    @Test
    void printingOnAMissingPrinterPublishesTheTypedFailure() throws Exception {
        store.save(PrinterSettings.EMPTY.withProfile(
                new PrinterProfile(DocumentType.PERMIT_CARD, "NoSuchQueue", null, 1, true)));

        viewModel.printDocument();

        assertThat(viewModel.lastOutcomeProperty().get().succeeded()).isFalse();
        assertThat(viewModel.lastOutcomeProperty().get().status())
                .isIn(PrintStatus.PRINTER_NOT_FOUND, PrintStatus.NO_PRINTER);
        assertThat(viewModel.statusProperty().get()).isEqualTo(viewModel.lastOutcomeProperty().get().message());
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void exportsThePreviewedDocumentAsPdf() throws Exception {
        Path target = dataDir.resolve("card.pdf");

        viewModel.exportPdfTo(target);
        assertThat(viewModel.statusProperty().get()).isEqualTo("已导出 PDF：card.pdf（2 页）。");

        assertThat(target).isRegularFile();
        assertThat(new String(java.nio.file.Files.readAllBytes(target), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }
}
