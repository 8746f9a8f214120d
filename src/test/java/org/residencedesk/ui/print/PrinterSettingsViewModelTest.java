package org.residencedesk.ui.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.port.printing.CalibrationCardGeometry;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrinterInfo;
import org.residencedesk.port.printing.PrinterSettings;
import org.residencedesk.print.JasperDocumentPrinter;
import org.residencedesk.print.JsonPrinterSettingsStore;
import org.residencedesk.print.TemplateCache;
import org.residencedesk.ui.BackgroundWork;

/** Runs without any JavaFX window or toolkit: properties and rules only. */
class PrinterSettingsViewModelTest {

    @TempDir
    Path dataDir;
    private JsonPrinterSettingsStore store;
    private PrinterSettingsViewModel viewModel;

    @BeforeEach
    void setUp() {
        store = new JsonPrinterSettingsStore(dataDir);
        viewModel = newViewModel();
    }

    private PrinterSettingsViewModel newViewModel() {
        return new PrinterSettingsViewModel(
                () -> List.of(new PrinterInfo("CardPrinter", false, true, List.of()),
                        new PrinterInfo("Office", true, true, List.of("Tray 1"))),
                store, new JasperDocumentPrinter(new TemplateCache(null)), Clock.systemDefaultZone(), BackgroundWork.inline());
    }

    @Test
    void listsThePrintersOfThisPc() {
        viewModel.refreshPrinters();

        assertThat(viewModel.printers()).containsExactly("CardPrinter", "Office");
    }

    @Test
    void profilesPerDocumentTypeAndCalibrationPerPrinterAreSaved() {
        viewModel.documentTypeProperty().set(DocumentType.PERMIT_CARD);
        viewModel.printerNameProperty().set("CardPrinter");
        viewModel.duplexProperty().set(true);
        // the card came out 0.6 mm too far right and 0.4 mm too high, at the right size
        viewModel.measuredXProperty().set(CalibrationCardGeometry.CROSSHAIR_X_MM + 0.6);
        viewModel.measuredYProperty().set(CalibrationCardGeometry.CROSSHAIR_Y_MM - 0.4);
        viewModel.measuredBarProperty().set(CalibrationCardGeometry.BAR_LENGTH_MM);
        assertThat(viewModel.applyMeasurements()).isTrue();
        viewModel.documentTypeProperty().set(DocumentType.ACCEPTANCE_RECEIPT);
        viewModel.printerNameProperty().set("Office");
        viewModel.trayProperty().set("Tray 1");
        viewModel.copiesProperty().set(2);

        assertThat(viewModel.save()).isTrue();

        PrinterSettings saved = store.load();
        assertThat(saved.profileFor(DocumentType.PERMIT_CARD).printerName()).isEqualTo("CardPrinter");
        assertThat(saved.profileFor(DocumentType.PERMIT_CARD).duplex()).isTrue();
        assertThat(saved.profileFor(DocumentType.ACCEPTANCE_RECEIPT).copies()).isEqualTo(2);
        assertThat(saved.profileFor(DocumentType.ACCEPTANCE_RECEIPT).tray()).isEqualTo("Tray 1");
        CardCalibration calibration = saved.calibrationFor("CardPrinter");
        assertThat(calibration.offsetXMm()).isCloseTo(-0.6, within(0.01));
        assertThat(calibration.offsetYMm()).isCloseTo(0.4, within(0.01));
        assertThat(viewModel.statusProperty().get()).isEqualTo("打印机设置已保存。");

        PrinterSettingsViewModel reopened = newViewModel();
        reopened.documentTypeProperty().set(DocumentType.PERMIT_CARD);
        assertThat(reopened.printerNameProperty().get()).isEqualTo("CardPrinter");
        assertThat(reopened.offsetXProperty().get()).isCloseTo(-0.6, within(0.01));
    }

    @Test
    void absurdMeasurementsAreRefusedWithAChineseMessage() {
        viewModel.measuredXProperty().set(80);

        assertThat(viewModel.applyMeasurements()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEqualTo("校准值超出范围（偏移不超过 10 毫米，比例 0.9～1.1），请重新测量。");
        assertThat(viewModel.offsetXProperty().get()).isZero();
    }

    @Test
    void aCalibrationCardForAPrinterThatIsGoneSaysSoInChinese() {
        viewModel.printerNameProperty().set("NoSuchQueue");

        viewModel.printCalibrationCard();

        assertThat(viewModel.statusProperty().get())
                .isIn("找不到打印机“NoSuchQueue”：请在打印机设置中重新选择。",
                        "没有可用的打印机：请安装打印机或在系统设置中选择打印机。");
    }
}
