package org.residencedesk.ui.registration;

import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.port.DocumentPrinter;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.port.printing.ExportOutcome;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.CardSwipeTarget;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.form.FormRenderer;
import org.residencedesk.ui.print.PrintPreviewView;
import org.residencedesk.ui.print.PrintPreviewViewModel;

/** Thin controller of the 居住登记 screen: renders the form from its YAML and wires the shortcuts. */
public final class RegistrationView implements CardSwipeTarget {
    /** How often typing is written to the crash-safe draft. */
    static final Duration DRAFT_INTERVAL = Duration.seconds(5);

    @FXML private ScrollPane formHost;
    @FXML private Label modeLabel;
    @FXML private Label noticeLabel;
    @FXML private Button registrationNewButton;
    @FXML private Button registrationSaveButton;
    @FXML private Button registrationPrintButton;
    @FXML private Button registrationExportButton;
    @FXML private Button swipeButton;
    @FXML private Button unlockButton;
    @FXML private HBox draftBanner;

    private final RegistrationViewModel model;
    private final MasterData masterData;
    private final DocumentPrinter printer;
    private final PrinterSettingsStore printerSettings;
    private final Optional<Runnable> simulateSwipe;
    private final Runnable onUnlock;
    private final FileDialogs fileDialogs;
    private FormRenderer renderer;
    private FormValues pendingDraft;
    /** Keeps the observed "form is in a shown window" value alive for the draft autosave. */
    private ObservableValue<Boolean> formShown;

    public RegistrationView(RegistrationViewModel model, MasterData masterData, DocumentPrinter printer,
                            PrinterSettingsStore printerSettings, Optional<Runnable> simulateSwipe, Runnable onUnlock,
                            FileDialogs fileDialogs) {
        this.fileDialogs = fileDialogs;
        this.model = model;
        this.masterData = masterData;
        this.printer = printer;
        this.printerSettings = printerSettings;
        this.simulateSwipe = simulateSwipe;
        this.onUnlock = onUnlock;
    }

    public Parent load() {
        return Fxml.load(this);
    }

    public RegistrationViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        renderer = new FormRenderer(model.form(), masterData);
        formHost.setContent(renderer.render());
        modeLabel.textProperty().bind(model.modeProperty().map(m -> Fxml.text("registration.mode." + m.name())));
        noticeLabel.textProperty().bind(model.noticeProperty());
        model.noticeIsWarningProperty().addListener((o, was, warning) -> noticeLabel.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("warning"), warning));
        registrationSaveButton.disableProperty().bind(model.busyProperty());
        swipeButton.setVisible(simulateSwipe.isPresent());
        swipeButton.setManaged(simulateSwipe.isPresent());
        model.pendingDraft().ifPresent(d -> {
            pendingDraft = d;
            draftBanner.setVisible(true);
            draftBanner.setManaged(true);
        });
        Timeline drafts = new Timeline(new KeyFrame(DRAFT_INTERVAL, e -> writeDraft()));
        drafts.setCycleCount(Timeline.INDEFINITE);
        // autosave only while the form is in a shown window, so a closed window stops writing drafts
        formShown = formHost.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .orElse(false);
        formShown.addListener((o, was, shown) -> {
            if (shown) {
                drafts.play();
            } else {
                drafts.stop();
            }
        });
        if (formShown.getValue()) {
            drafts.play();
        }
        formHost.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::startNew);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F2), this::simulateSwipe);
    }

    /** Called on the FX thread for each newly placed card. */
    @Override
    public void cardRead(IdCardData card) {
        model.fillFromCard(card);
        renderer.focusFirstEmptyEditable();
    }

    @FXML
    private void startNew() {
        model.startNew();
        renderer.focusFirstEmptyEditable();
    }

    @FXML
    private void save() {
        Optional<RegistrationViewModel.SaveRequest> request = model.prepareSave();
        if (request.isEmpty()) {
            return;
        }
        BackgroundWork.runShared(() -> model.saveOnWorker(request.get()), model::applySaveOutcome,
                invalid -> model.showProblems(invalid.fieldMessages()), model::showFailure);
    }

    @FXML
    private void print() {
        Optional<RegistrationViewModel.CertificateRequest> request = model.certificateRequest();
        if (request.isEmpty()) {
            model.showFailure(Fxml.text("registration.notice.notSaved"));
            return;
        }
        PrintPreviewViewModel preview = new PrintPreviewViewModel(printer, printerSettings);
        // An invalidation listener, not a change listener: a reprint with the same outcome is a new print too.
        preview.lastOutcomeProperty().addListener(observable -> {
            PrintOutcome outcome = preview.lastOutcomeProperty().get();
            if (outcome != null) {
                BackgroundWork.runShared(() -> {
                    model.recordPrintOnWorker(request.get(), outcome);
                    return outcome;
                }, done -> {
                    if (done.succeeded()) {
                        model.showInfo(Fxml.text("registration.notice.printed", done.printerName()));
                    } else {
                        model.showFailure(done.message());
                    }
                },
                        invalid -> { }, model::showFailure);
            }
        });
        preview.lastExportProperty().addListener(observable -> {
            ExportOutcome export = preview.lastExportProperty().get();
            if (export != null && export.succeeded()) {
                BackgroundWork.runShared(() -> {
                    model.recordExportOnWorker(request.get(), export);
                    return null;
                }, ignored -> { }, invalid -> { }, model::showFailure);
            }
        });
        Stage stage = new Stage();
        stage.initModality(Modality.WINDOW_MODAL);
        stage.initOwner(formHost.getScene().getWindow());
        stage.setTitle(Fxml.text("registration.print"));
        stage.setScene(new Scene(PrintPreviewView.load(preview, BackgroundWork.executor()), 900, 700));
        stage.show();
        BackgroundWork.runShared(() -> model.certificateOnWorker(request.get()),
                doc -> BackgroundWork.executor().execute(preview.open(doc)),
                invalid -> model.showProblems(invalid.fieldMessages()), model::showFailure);
    }

    @FXML
    private void exportPdf() {
        Optional<RegistrationViewModel.CertificateRequest> request = model.certificateRequest();
        if (request.isEmpty()) {
            model.showFailure(Fxml.text("registration.notice.notSaved"));
            return;
        }
        fileDialogs.chooseSaveTarget(formHost.getScene().getWindow(), Fxml.text("registration.pdf.title"),
                "居住登记凭证-" + request.get().registrationNumber() + ".pdf")
                .ifPresent(target -> exportTo(request.get(), target));
    }

    private void exportTo(RegistrationViewModel.CertificateRequest request, Path target) {
        BackgroundWork.runShared(() -> model.exportCertificateOnWorker(request, target), outcome -> {
                    if (outcome.succeeded()) {
                        model.showInfo(Fxml.text("registration.notice.exported", target.getFileName()));
                    } else {
                        model.showFailure(outcome.message());
                    }
                }, invalid -> model.showProblems(invalid.fieldMessages()),
                model::showFailure);
    }

    @FXML
    private void simulateSwipe() {
        simulateSwipe.ifPresent(swipe -> BackgroundWork.runShared(() -> {
            swipe.run();
            return null;
        }, ignored -> { }, invalid -> { }, model::showFailure));
    }

    @FXML
    private void unlockCardFields() {
        model.form().unlockAll();
        onUnlock.run();
    }

    @FXML
    private void restoreDraft() {
        model.restoreDraft(pendingDraft);
        hideDraftBanner();
    }

    @FXML
    private void discardDraft() {
        model.discardDraft();
        hideDraftBanner();
    }

    private void hideDraftBanner() {
        draftBanner.setVisible(false);
        draftBanner.setManaged(false);
        Platform.runLater(renderer::focusFirstEmptyEditable);
    }

    private void writeDraft() {
        model.draftToWrite().ifPresent(json -> BackgroundWork.runShared(() -> {
            model.writeDraft(json);
            return null;
        }, ignored -> { }, invalid -> { }, message -> { }));
    }
}
