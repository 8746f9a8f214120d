package org.residencedesk.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.time.LocalDateTime;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.SampleDocuments;
import org.residencedesk.print.JasperDocumentPrinter;
import org.residencedesk.print.JsonPrinterSettingsStore;
import org.residencedesk.print.TemplateCache;
import org.residencedesk.ui.BackgroundWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PrintPreviewViewTest {
    @TempDir
    Path settingsDir;


    private static final Executor BACKGROUND = task -> new Thread(task, "print-test").start();
    private PrintPreviewViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        viewModel = new PrintPreviewViewModel(new JasperDocumentPrinter(new TemplateCache(null)),
                new JsonPrinterSettingsStore(settingsDir),
                BackgroundWork.toFxThread(BACKGROUND));
        stage.setScene(new Scene(PrintPreviewView.load(viewModel), 900, 700));
        stage.show();
        viewModel.load(SampleDocuments.specimen(DocumentType.PERMIT_CARD, LocalDateTime.of(2026, 7, 21, 10, 0)));
    }

    @Test
    void pagesAndZoomsThroughACard(FxRobot robot) throws Exception {
        Label pageLabel = robot.lookup("#pageLabel").queryAs(Label.class);
        // The label is the last thing a render updates; wait for it on the FX thread.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !pageLabel.getText().isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pageLabel.getText()).isEqualTo("第 1 / 2 页　100%");
        assertThat(robot.lookup("#previousButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#printButton").queryAs(Button.class).isDisabled()).isFalse();
        double width = robot.lookup("#pageView").queryAs(ImageView.class).getImage().getWidth();

        robot.clickOn("#nextButton");
        robot.clickOn("#zoomInButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pageLabel.getText()).isEqualTo("第 2 / 2 页　125%");
        assertThat(robot.lookup("#nextButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#pageView").queryAs(ImageView.class).getImage().getWidth()).isGreaterThan(width);
    }
}
