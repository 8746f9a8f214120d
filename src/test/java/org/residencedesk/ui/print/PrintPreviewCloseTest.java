package org.residencedesk.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.printing.PrinterSettings;
import org.residencedesk.port.printing.SampleDocuments;
import org.residencedesk.print.JasperDocumentPrinter;
import org.residencedesk.print.JsonPrinterSettingsStore;
import org.residencedesk.print.TemplateCache;
import org.residencedesk.testing.SystemTools;
import org.residencedesk.ui.BackgroundWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 12 item 5: the preview closes with Esc (and 关闭), and after the printer accepted the job — not after a failure. */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewCloseTest {
    private static final Executor BACKGROUND = task -> new Thread(task, "print-close-test").start();
    @TempDir
    Path settingsDir;
    private JsonPrinterSettingsStore store;
    private Stage owner;
    private Stage previewStage;
    private PrintPreviewViewModel viewModel;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    private void openPreview(FxRobot robot) throws Exception {
        store = new JsonPrinterSettingsStore(settingsDir);
        robot.interact(() -> {
            viewModel = new PrintPreviewViewModel(new JasperDocumentPrinter(new TemplateCache(null)), store,
                    BackgroundWork.toFxThread(BACKGROUND));
            previewStage = new Stage();
            previewStage.initOwner(owner);
            previewStage.setScene(new Scene(PrintPreviewView.load(viewModel), 900, 700));
            previewStage.show();
            viewModel.load(SampleDocuments.specimen(DocumentType.REGISTRATION_CERTIFICATE,
                    LocalDateTime.of(2026, 7, 21, 10, 0)));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.documentProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(previewStage.isShowing()).isTrue();
    }

    @Test
    void escClosesThePreview(FxRobot robot) throws Exception {
        openPreview(robot);
        robot.interact(() -> previewStage.requestFocus());
        robot.interact(() -> previewStage.getScene().lookup("#pageView").requestFocus());

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(previewStage.isShowing()).isFalse();
        assertThat(viewModel.closeRequestedProperty().get()).isTrue();
    }

    @Test
    void theCloseButtonClosesThePreview(FxRobot robot) throws Exception {
        openPreview(robot);
        Button close = (Button) previewStage.getScene().lookup("#closeButton");
        assertThat(close.getText()).isEqualTo("关闭");
        assertThat(close.isCancelButton()).isTrue();

        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(previewStage.isShowing()).isFalse();
    }

    @Test
    void aFailedPrintKeepsThePreviewOpenWithItsMessage(FxRobot robot) throws Exception {
        openPreview(robot);
        store.save(PrinterSettings.EMPTY.withProfile(
                new PrinterProfile(DocumentType.REGISTRATION_CERTIFICATE, "NoSuchQueue", null, 1, true)));

        robot.interact(() -> viewModel.printDocument());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.lastOutcomeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.lastOutcomeProperty().get().status())
                .isIn(PrintStatus.PRINTER_NOT_FOUND, PrintStatus.NO_PRINTER);
        assertThat(previewStage.isShowing()).isTrue();
        assertThat(viewModel.closeRequestedProperty().get()).isFalse();
    }

    @Test
    void printingClosesThePreview(FxRobot robot) throws Exception {
        SystemTools.require(cupsRunning(),
                "no CUPS scheduler (lpstat -r): nothing can be printed for real");
        openPreview(robot);

        robot.clickOn((Button) previewStage.getScene().lookup("#printButton"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.lastOutcomeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.lastOutcomeProperty().get().succeeded())
                .as(viewModel.lastOutcomeProperty().get().message()).isTrue();
        assertThat(previewStage.isShowing()).isFalse();
    }

    private static boolean cupsRunning() {
        try {
            Process p = new ProcessBuilder("lpstat", "-r").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor() == 0 && out.contains("is running");
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
