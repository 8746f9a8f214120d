package org.residencedesk.ui.print;

import org.residencedesk.ui.Fxml;
import java.io.File;
import java.util.ResourceBundle;

import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;

/** Thin FXML controller of the print preview; all state lives in {@link PrintPreviewViewModel}. */
public final class PrintPreviewView {

    private final PrintPreviewViewModel viewModel;

    @FXML
    private Button previousButton;
    @FXML
    private Button nextButton;
    @FXML
    private Button printButton;
    @FXML
    private Button exportButton;
    @FXML
    private Label pageLabel;
    @FXML
    private Label statusLabel;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private ScrollPane scroller;
    @FXML
    private StackPane pageHolder;
    @FXML
    private ImageView pageView;

    public PrintPreviewView(PrintPreviewViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Loads the FXML with this controller; the view model runs fill, print and export off the FX thread. */
    public static Parent load(PrintPreviewViewModel viewModel) {
        return Fxml.load(new PrintPreviewView(viewModel), ResourceBundle.getBundle("i18n.print"));
    }

    @FXML
    private void initialize() {
        PrintFonts.load();
        pageHolder.minWidthProperty().bind(scroller.widthProperty().subtract(2));
        pageView.imageProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> viewModel.pageImageProperty().get() == null ? null
                        : SwingFXUtils.toFXImage(viewModel.pageImageProperty().get(), null),
                viewModel.pageImageProperty()));
        pageLabel.textProperty().bind(viewModel.pageLabelProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        var noDocument = viewModel.documentProperty().isNull();
        printButton.disableProperty().bind(noDocument.or(viewModel.busyProperty()));
        exportButton.disableProperty().bind(noDocument.or(viewModel.busyProperty()));
        previousButton.disableProperty().bind(viewModel.pageIndexProperty().lessThanOrEqualTo(0));
        nextButton.disableProperty().bind(viewModel.pageIndexProperty().add(1)
                .greaterThanOrEqualTo(viewModel.pageCountProperty()));
        viewModel.closeRequestedProperty().addListener((o, was, now) -> {
            if (now && pageView.getScene() != null && pageView.getScene().getWindow() != null) {
                pageView.getScene().getWindow().hide();
            }
        });
    }

    /** 关闭 and Esc (the button is the scene's cancel button). */
    @FXML
    private void close() {
        viewModel.close();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }

    @FXML
    private void zoomIn() {
        viewModel.zoomIn();
    }

    @FXML
    private void zoomOut() {
        viewModel.zoomOut();
    }

    @FXML
    private void print() {
        viewModel.printDocument();
    }

    @FXML
    private void exportPdf() {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.print");
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("ui.print.preview.exportTitle"));
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(bundle.getString("ui.print.preview.pdfFiles"), "*.pdf"));
        chooser.setInitialFileName(viewModel.documentProperty().get().source().type().templateId() + ".pdf");
        File file = chooser.showSaveDialog(pageView.getScene().getWindow());
        if (file != null) {
            viewModel.exportPdfTo(file.toPath());
        }
    }
}
