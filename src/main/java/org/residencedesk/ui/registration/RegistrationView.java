package org.residencedesk.ui.registration;

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
import org.residencedesk.domain.masterdata.LookupContext;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.ui.CardSwipeTarget;
import org.residencedesk.ui.Confirmations;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.form.FormRenderer;
import org.residencedesk.ui.form.TypeAhead;
import org.residencedesk.ui.print.PrintPreviewView;

/** Thin controller of the 居住登记 screen: renders the form from its YAML and wires the shortcuts. */
public final class RegistrationView implements CardSwipeTarget {
    /** How often typing is written to the crash-safe draft. */
    static final Duration DRAFT_INTERVAL = Duration.seconds(5);
    /** How long keys wait for a simulated card before they go where the focus is (ADR 0175). */
    static final Duration SWIPE_WAIT = Duration.seconds(5);

    @FXML private ScrollPane formHost;
    @FXML private Label modeLabel;
    @FXML private Label noticeLabel;
    @FXML private Button registrationNewButton;
    @FXML private Button registrationSaveButton;
    @FXML private Button registrationPrintButton;
    @FXML private Button registrationExportButton;
    @FXML private Button swipeButton;
    @FXML private Button provinceButton;
    @FXML private Button prefillButton;
    @FXML private Label provinceLabel;
    @FXML private Button unlockButton;
    @FXML private HBox draftBanner;

    private final RegistrationViewModel model;
    private final MasterData masterData;
    private final LookupContext lookupContext;
    private final PrinterSettingsStore printerSettings;
    private final TypeAhead typeAhead = new TypeAhead();
    private final Timeline swipeWait = new Timeline(new KeyFrame(SWIPE_WAIT, e -> endSwipeWait()));
    private boolean waitingForCard;
    private boolean waitingForSave;
    private final Optional<Runnable> simulateSwipe;
    private final FileDialogs fileDialogs;
    private FormRenderer renderer;
    /** The registers behind the house and workplace pickers (ADR 0214); null: plain fields. */
    private org.residencedesk.ui.form.RegisterLookup registers;
    private FormValues pendingDraft;
    /** Keeps the observed "form is in a shown window" value alive for the draft autosave. */
    private ObservableValue<Boolean> formShown;

    /** @param lookupContext the station's area and this counter's picks, which rank suggestions (ADR 0177) */
    public RegistrationView(RegistrationViewModel model, MasterData masterData, LookupContext lookupContext,
                            PrinterSettingsStore printerSettings, Optional<Runnable> simulateSwipe,
                            FileDialogs fileDialogs) {
        this.fileDialogs = fileDialogs;
        this.model = model;
        this.masterData = masterData;
        this.lookupContext = lookupContext;
        this.printerSettings = printerSettings;
        this.simulateSwipe = simulateSwipe;
    }

    /** The station's camera behind the 相片 field's 拍照 (ADR 0338); none: 从文件选择 only. */
    private org.residencedesk.port.Camera camera;
    private java.util.concurrent.Executor cameraWorkers;

    /** 拍照 beside 从文件选择, run on {@code workers} (call before {@link #load()}). */
    public RegistrationView camera(org.residencedesk.port.Camera camera, java.util.concurrent.Executor workers) {
        this.camera = camera;
        this.cameraWorkers = workers;
        return this;
    }

    /** The house and workplace fields pick from the station's registers (call before {@link #load()}). */
    public RegistrationView registers(org.residencedesk.ui.form.RegisterLookup lookup) {
        this.registers = lookup;
        return this;
    }

    /** The form's renderer, once loaded (tests reach the pickers through it). */
    public FormRenderer renderer() {
        return renderer;
    }

    public Parent load() {
        return Fxml.load(this);
    }

    public RegistrationViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        renderer = new FormRenderer(model.form(), masterData, lookupContext).withRegisters(registers);
        if (camera != null) renderer.withCamera(camera, cameraWorkers);
        // keys typed while a save runs wait until its result has replaced the form (ADR 0175)
        model.busyProperty().addListener((o, was, busy) -> {
            if (!busy && waitingForSave) {
                waitingForSave = false;
                Platform.runLater(typeAhead::release);
            }
        });
        formHost.setContent(renderer.render());
        modeLabel.textProperty().bind(model.modeProperty().map(m -> Fxml.text("registration.mode." + m.name())));
        noticeLabel.textProperty().bind(model.noticeProperty());
        model.noticeIsWarningProperty().addListener((o, was, warning) -> noticeLabel.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("warning"), warning));
        registrationSaveButton.disableProperty().bind(model.busyProperty());
        registrationPrintButton.setVisible(model.mayPrintCertificate());
        registrationPrintButton.setManaged(model.mayPrintCertificate());
        registrationExportButton.setVisible(model.mayPrintCertificate());
        registrationExportButton.setManaged(model.mayPrintCertificate());
        swipeButton.setVisible(simulateSwipe.isPresent());
        swipeButton.setManaged(simulateSwipe.isPresent());
        model.province().filter(ProvinceLookupModel::allowed).ifPresent(p -> {
            for (javafx.scene.Node n : new javafx.scene.Node[] {provinceButton, prefillButton, provinceLabel}) {
                n.setVisible(true);
                n.setManaged(true);
            }
            provinceLabel.textProperty().bind(p.noteProperty());
            prefillButton.disableProperty().bind(p.canPrefillProperty().not());
        });
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

    @FXML
    private void lookUpProvince() {
        model.province().ifPresent(ProvinceLookupModel::lookUp);
    }

    @FXML
    private void prefillFromProvince() {
        model.province().ifPresent(ProvinceLookupModel::prefill);
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::startNew);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F2), this::simulateSwipe);
    }

    /** Called on the FX thread for each newly placed card; keys typed since the swipe follow (ADR 0175). */
    @Override
    public void cardRead(IdCardData card) {
        model.fillFromCard(card);
        model.province().filter(ProvinceLookupModel::allowed).ifPresent(ProvinceLookupModel::lookUp);
        renderer.focusFirstEmptyEditable();
        endSwipeWait();
    }

    /** Keys typed ahead of the screen, held while the form is being replaced. */
    public TypeAhead typeAhead() {
        return typeAhead;
    }

    /** 新登记 (Ctrl+N): typed input is discarded only after the clerk confirms (default 取消, ADR 0181). */
    @FXML
    private void startNew() {
        replaceForm(() -> {
            model.startNew();
            renderer.focusFirstEmptyEditable();
        });
    }

    /**
     * Runs {@code replace} — anything that puts other content into the form (新登记, 变更 or 换地登记 from 查询,
     * a pre-application) — at once when nothing was typed, else after the clerk agreed to discard the input;
     * the discarded input's draft goes with it. 取消 leaves the form and its draft as they are.
     */
    public void replaceForm(Runnable replace) {
        if (!model.form().isDirty()) {
            replace.run();
            return;
        }
        Confirmations.ask(formHost, Fxml.text("registration.confirm.discard"),
                Fxml.text("registration.confirm.discardButton"), () -> {
                    model.discardDraft();
                    replace.run();
                });
    }

    @FXML
    private void save() {
        model.save();
        if (model.busyProperty().get() && !waitingForSave) {
            waitingForSave = true;
            typeAhead.hold(formHost);
        }
    }

    @FXML
    private void print() {
        model.openCertificatePreview(printerSettings).ifPresent(preview -> {
            Stage stage = new Stage();
            stage.initModality(Modality.WINDOW_MODAL);
            stage.initOwner(formHost.getScene().getWindow());
            stage.setTitle(Fxml.text("registration.print"));
            stage.setScene(org.residencedesk.ui.ScreenFit.scene(PrintPreviewView.load(preview), 900, 700, stage.getOwner()));
            stage.show();
        });
    }

    @FXML
    private void exportPdf() {
        Optional<RegistrationViewModel.CertificateRequest> request = model.certificateRequest();
        if (request.isEmpty()) {
            model.showFailure(Fxml.text("registration.notice.notSaved"));
            return;
        }
        fileDialogs.chooseSaveTarget(formHost.getScene().getWindow(), Fxml.text("registration.pdf.title"),
                Fxml.text("registration.pdf.fileName", request.get().registrationNumber()))
                .ifPresent(target -> model.exportCertificate(request.get(), target));
    }

    @FXML
    private void simulateSwipe() {
        simulateSwipe.ifPresent(swipe -> {
            if (!waitingForCard) {
                waitingForCard = true;
                typeAhead.hold(formHost);
                swipeWait.playFromStart();
            }
            model.simulateSwipe(swipe);
        });
    }

    private void endSwipeWait() {
        if (!waitingForCard) return;
        waitingForCard = false;
        swipeWait.stop();
        typeAhead.release();
    }

    @FXML
    private void unlockCardFields() {
        model.unlockCardFields();
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
        model.saveDraft();
    }
}
