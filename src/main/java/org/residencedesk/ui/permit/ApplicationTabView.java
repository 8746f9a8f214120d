package org.residencedesk.ui.permit;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.FeeKind;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.MaterialRequirement;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitMessages;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.ui.Confirmations;
import org.residencedesk.ui.FieldErrors;

/** Thin controller of the 申领 tab: the application panel and, beside it, the person's permits and details. */
public final class ApplicationTabView {
    @FXML private Label applicationModeLabel;
    @FXML private Label eligibilityLabel;
    @FXML private ChoiceBox<PermitBasis> basisChoice;
    @FXML private ChoiceBox<Representation> representationChoice;
    @FXML private CheckBox limitedMobilityBox;
    @FXML private Label basisError;
    @FXML private VBox materialsBox;
    @FXML private Label materialsError;
    @FXML private Label applicationMessage;
    @FXML private Label applicationError;
    @FXML private Button submitButton;
    @FXML private Button replaceButton;
    @FXML private Button reissueButton;
    @FXML private Button cancelButton;
    @FXML private TableView<PermitSummary> personPermitTable;
    @FXML private ListView<String> detailList;
    @FXML private CheckBox oldCardReturnedBox;
    @FXML private Label replaceFeeLabel;
    @FXML private Label reissueFeeLabel;
    @FXML private ChoiceBox<CancellationReason> cancelReasonChoice;
    @FXML private TextField cancelNoteField;
    @FXML private Label detailError;
    @FXML private Label detailNotice;

    private final ApplicationTabViewModel model;
    private final PermitDetailsViewModel details;

    public ApplicationTabView(ApplicationTabViewModel model, PermitDetailsViewModel details) {
        this.model = model;
        this.details = details;
    }

    public Parent load() {
        return PermitFxml.load(this);
    }

    @FXML
    private void initialize() {
        applicationModeLabel.textProperty().bind(model.mode);
        eligibilityLabel.textProperty().bind(model.eligibilityText);
        PermitTables.choices(basisChoice, PermitBasis.values(), model.basis);
        PermitTables.choices(representationChoice, Representation.values(), model.representation);
        limitedMobilityBox.selectedProperty().bindBidirectional(model.limitedMobility);
        basisError.textProperty().bind(model.errors.of("basis").concat(model.errors.of("representation")));
        materialsError.textProperty().bind(model.errors.of("materials"));
        applicationError.textProperty().bind(model.errors.of("form"));
        applicationMessage.textProperty().bind(model.message);
        model.required.addListener((ListChangeListener<MaterialRequirement>) c -> renderChecklist());
        submitButton.disableProperty().bind(model.finder().person.isNull());
        basisChoice.disableProperty().bind(model.onlineRequest);
        representationChoice.disableProperty().bind(model.onlineRequest);
        limitedMobilityBox.disableProperty().bind(model.onlineRequest);
        initDetails();
    }

    /**
     * One line per requirement with a checkbox for each document that satisfies it; a line wraps rather than
     * cutting its entries ("房… 房… …" at 1366×768, issue 12).
     */
    private void renderChecklist() {
        materialsBox.getChildren().clear();
        boolean minor = model.applicantIsMinor();
        for (MaterialRequirement r : model.required) {
            Label requirement = new Label(PermitMessages.label(r) + "：");
            requirement.setMinWidth(Region.USE_PREF_SIZE);
            FlowPane line = new FlowPane(requirement);
            line.getStyleClass().add("materials-line");
            for (MaterialKind kind : r.acceptable(minor)) {
                CheckBox box = new CheckBox(PermitMessages.label(kind));
                box.setId("material-" + kind.name());
                box.setMinWidth(Region.USE_PREF_SIZE);
                box.setSelected(model.presented.contains(kind));
                box.selectedProperty().addListener((o, was, on) -> {
                    if (on) {
                        model.presented.add(kind);
                    } else {
                        model.presented.remove(kind);
                    }
                });
                line.getChildren().add(box);
            }
            materialsBox.getChildren().add(line);
        }
    }

    private void initDetails() {
        for (Button change : new Button[] {replaceButton, reissueButton, cancelButton}) {
            change.getParent().setVisible(details.mayChangePermit());
            change.getParent().setManaged(details.mayChangePermit());
        }
        PermitTables.summaryColumns(personPermitTable);
        personPermitTable.setItems(details.permitsOfPerson());
        personPermitTable.getSelectionModel().selectedItemProperty().addListener((o, old, s) -> {
            if (s != null) {
                details.open(s);
            }
        });
        details.chosen.addListener((o, was, s) -> {
            if (s != null) {
                personPermitTable.getSelectionModel().select(s);
                personPermitTable.scrollTo(s);
                personPermitTable.requestFocus();
            }
        });
        detailList.setItems(details.lines);
        oldCardReturnedBox.selectedProperty().bindBidirectional(details.oldCardReturned);
        replaceFeeLabel.setText(details.feeText(FeeKind.REPLACEMENT));
        reissueFeeLabel.setText(details.feeText(FeeKind.REISSUE));
        PermitTables.choices(cancelReasonChoice, CancellationReason.values(), details.cancelReason);
        cancelNoteField.textProperty().bindBidirectional(details.cancelNote);
        FieldErrors e = details.errors;
        detailError.textProperty().bind(e.of("form").concat(e.of("reason")).concat(e.of("note"))
                .concat(e.of("oldCardReturned")));
        detailNotice.textProperty().bind(details.notice);
    }

    @FXML
    private void submit() {
        model.submit();
    }

    @FXML
    private void replace() {
        details.replace();
    }

    @FXML
    private void reissue() {
        details.reissue();
    }

    /** Asks first (default 取消, ADR 0181); without a permit or a reason the model says what is missing. */
    @FXML
    private void cancelPermit() {
        details.cancelQuestion().ifPresentOrElse(q -> Confirmations.ask(cancelButton, q,
                PermitFxml.text("permitui.details.cancel"), details::cancel), details::cancel);
    }
}
