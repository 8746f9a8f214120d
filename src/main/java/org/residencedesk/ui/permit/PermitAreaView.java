package org.residencedesk.ui.permit;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.FeeKind;
import org.residencedesk.domain.permit.Labelled;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.MaterialRequirement;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitMessages;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.permit.CardPrintJob;
import org.residencedesk.service.permit.OnlineItem;
import org.residencedesk.service.permit.PermitListItem;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.CardSwipeTarget;
import org.residencedesk.ui.FieldErrors;

/**
 * Thin controller of the 居住证 area. A swiped card goes where the clerk is: on 互联网申办 it verifies
 * the selected pre-application, on 待领取 it finds the holder's printed card, elsewhere it fills the finder.
 */
public final class PermitAreaView implements CardSwipeTarget {
    @FXML private TextField permitIdField;
    @FXML private Label finderError;
    @FXML private Label personLabel;
    @FXML private TabPane permitTabs;
    @FXML private Tab applyTab;
    @FXML private Tab collectionTab;
    @FXML private Tab onlineTab;
    @FXML private Tab reviewTab;
    @FXML private Tab printTab;
    @FXML private Tab materialsTab;
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
    @FXML private TableView<PermitSummary> personPermitTable;
    @FXML private ListView<String> detailList;
    @FXML private CheckBox oldCardReturnedBox;
    @FXML private Label replaceFeeLabel;
    @FXML private Label reissueFeeLabel;
    @FXML private ChoiceBox<CancellationReason> cancelReasonChoice;
    @FXML private TextField cancelNoteField;
    @FXML private Label detailError;
    @FXML private Label detailNotice;
    @FXML private TableView<PermitListItem> reviewTable;
    @FXML private HBox reviewPager;
    @FXML private TextField rejectReasonField;
    @FXML private Label reviewMessage;
    @FXML private Label reviewNotice;
    @FXML private TableView<PermitListItem> printTable;
    @FXML private HBox printPager;
    @FXML private ChoiceBox<PrintType> printTypeChoice;
    @FXML private TextField printReasonField;
    @FXML private TextField authoriserLoginField;
    @FXML private PasswordField authoriserPasswordField;
    @FXML private Label printReasonError;
    @FXML private Label authoriserError;
    @FXML private Label printMessage;
    @FXML private Label printNotice;
    @FXML private TableView<PermitListItem> collectionTable;
    @FXML private HBox collectionPager;
    @FXML private TableView<PermitListItem> overdueTable;
    @FXML private HBox overduePager;
    @FXML private Label issueTargetLabel;
    @FXML private RadioButton holderRadio;
    @FXML private RadioButton collectorRadio;
    @FXML private TextField collectorNameField;
    @FXML private TextField collectorIdField;
    @FXML private TextField relationshipField;
    @FXML private Label collectionError;
    @FXML private Label collectionNotice;
    @FXML private TableView<PermitListItem> materialsTable;
    @FXML private HBox materialsPager;
    @FXML private Label materialsMessage;
    @FXML private TableView<OnlineItem> onlineTable;
    @FXML private TextField onlineRejectField;
    @FXML private Label onlineMessage;
    @FXML private Label onlineNotice;
    @FXML private Button submitButton;

    public static final String CONTROLLER_KEY = "controller";

    private final PermitAreaViewModel model;
    private final DocumentPreviews previews;
    private final Consumer<FormValues> openRegistration;

    /** @param openRegistration shows the registration screen pre-filled (online pre-application → 居住登记) */
    public PermitAreaView(PermitAreaViewModel model, DocumentPreviews previews, Consumer<FormValues> openRegistration) {
        this.model = model;
        this.previews = previews;
        this.openRegistration = openRegistration;
    }

    /** The area's root; its properties carry this controller under {@link #CONTROLLER_KEY} (tests, swipes). */
    public Parent load() {
        Parent root = PermitFxml.load(this);
        root.getProperties().put(CONTROLLER_KEY, this);
        return root;
    }

    public PermitAreaViewModel model() {
        return model;
    }

    public DocumentPreviews previews() {
        return previews;
    }

    @FXML
    private void initialize() {
        permitIdField.textProperty().bindBidirectional(model.idNumber);
        permitIdField.setOnAction(e -> find());
        finderError.textProperty().bind(model.finderErrors.of("idNumber").concat(model.finderErrors.of("form")));
        personLabel.textProperty().bind(model.person.map(p -> PermitFxml.text("permitui.finder.person", p.name(),
                p.maskedIdNumber(), p.registrationNumber())).orElse(""));
        initApplication();
        initDetails();
        initQueues();
        initPrint();
        initCollection();
        initOnline();
        permitTabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> refresh(tab));
    }

    private void initApplication() {
        applicationModeLabel.textProperty().bind(model.applicationMode);
        eligibilityLabel.textProperty().bind(model.eligibilityText);
        basisChoice.getItems().setAll(PermitBasis.values());
        basisChoice.setConverter(labels());
        basisChoice.valueProperty().bindBidirectional(model.basis);
        representationChoice.getItems().setAll(Representation.values());
        representationChoice.setConverter(labels());
        representationChoice.valueProperty().bindBidirectional(model.representation);
        limitedMobilityBox.selectedProperty().bindBidirectional(model.limitedMobility);
        basisError.textProperty().bind(model.applicationErrors.of("basis").concat(
                model.applicationErrors.of("representation")));
        materialsError.textProperty().bind(model.applicationErrors.of("materials"));
        applicationError.textProperty().bind(model.applicationErrors.of("form"));
        applicationMessage.textProperty().bind(model.applicationMessage);
        model.basis.addListener((o, old, now) -> refreshEligibility());
        model.representation.addListener((o, old, now) -> model.refreshChecklist());
        model.limitedMobility.addListener((o, old, now) -> model.refreshChecklist());
        model.required.addListener((javafx.collections.ListChangeListener<MaterialRequirement>) c -> renderChecklist());
        submitButton.disableProperty().bind(model.person.isNull());
        basisChoice.disableProperty().bind(model.onlineRequest);
        representationChoice.disableProperty().bind(model.onlineRequest);
        limitedMobilityBox.disableProperty().bind(model.onlineRequest);
    }

    /** One line per requirement with a checkbox for each document that satisfies it. */
    private void renderChecklist() {
        materialsBox.getChildren().clear();
        boolean minor = model.applicantIsMinor();
        for (MaterialRequirement r : model.required) {
            HBox line = new HBox(8, new Label(PermitMessages.label(r) + "："));
            for (MaterialKind kind : r.acceptable(minor)) {
                CheckBox box = new CheckBox(PermitMessages.label(kind));
                box.setId("material-" + kind.name());
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
        PermitTables.summaryColumns(personPermitTable);
        personPermitTable.setItems(model.personPermits);
        personPermitTable.getSelectionModel().selectedItemProperty().addListener((o, old, s) -> {
            if (s != null) {
                work(() -> model.openOnWorker(s.id()), model::showDetails, model.detailErrors, model.detailNotice);
            }
        });
        detailList.setItems(model.detailLines);
        oldCardReturnedBox.selectedProperty().bindBidirectional(model.oldCardReturned);
        replaceFeeLabel.setText(model.feeText(FeeKind.REPLACEMENT));
        reissueFeeLabel.setText(model.feeText(FeeKind.REISSUE));
        cancelReasonChoice.getItems().setAll(CancellationReason.values());
        cancelReasonChoice.setConverter(labels());
        cancelReasonChoice.valueProperty().bindBidirectional(model.cancelReason);
        cancelNoteField.textProperty().bindBidirectional(model.cancelNote);
        detailError.textProperty().bind(model.detailErrors.of("form").concat(model.detailErrors.of("reason"))
                .concat(model.detailErrors.of("note")).concat(model.detailErrors.of("oldCardReturned")));
        detailNotice.textProperty().bind(model.detailNotice);
    }

    private void initQueues() {
        PermitTables.listColumns(reviewTable);
        reviewTable.setItems(model.review.items());
        PermitTables.pager(reviewPager, model.review, p -> loadQueue(model.review, p, model.reviewMessage::set));
        rejectReasonField.textProperty().bindBidirectional(model.rejectReason);
        reviewMessage.textProperty().bind(model.reviewMessage);
        reviewNotice.textProperty().bind(model.reviewNotice);
        PermitTables.listColumns(materialsTable);
        materialsTable.setItems(model.materials.items());
        PermitTables.pager(materialsPager, model.materials,
                p -> loadQueue(model.materials, p, materialsMessage::setText));
    }

    private void initPrint() {
        PermitTables.listColumns(printTable);
        printTable.setItems(model.printQueue.items());
        printTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        PermitTables.pager(printPager, model.printQueue,
                p -> loadQueue(model.printQueue, p, this::printFailed));
        printTypeChoice.getItems().setAll(PrintType.values());
        printTypeChoice.setConverter(labels());
        printTypeChoice.valueProperty().bindBidirectional(model.printType);
        printReasonField.textProperty().bindBidirectional(model.printReason);
        authoriserLoginField.textProperty().bindBidirectional(model.authoriserLogin);
        authoriserPasswordField.textProperty().bindBidirectional(model.authoriserPassword);
        var reprint = model.printType.isNotEqualTo(PrintType.FIRST);
        printReasonField.disableProperty().bind(reprint.not());
        authoriserLoginField.disableProperty().bind(reprint.not());
        authoriserPasswordField.disableProperty().bind(reprint.not());
        printReasonError.textProperty().bind(model.printErrors.of("reason"));
        authoriserError.textProperty().bind(model.printErrors.of("authorisedBy"));
        printMessage.textProperty().bind(model.printErrors.of("form"));
        printNotice.textProperty().bind(model.printNotice);
        // the selected card's print cycle decides the type (遗失补打 after 补领)
        printTable.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null) {
                preselectPrintType(item);
            }
        });
    }

    private void initCollection() {
        PermitTables.listColumns(collectionTable);
        collectionTable.setItems(model.collection.items());
        PermitTables.pager(collectionPager, model.collection,
                p -> loadQueue(model.collection, p, m -> model.collectionErrors.show(Map.of("form", m), "form")));
        PermitTables.listColumns(overdueTable);
        overdueTable.setItems(model.overdue.items());
        PermitTables.pager(overduePager, model.overdue,
                p -> loadQueue(model.overdue, p, m -> model.collectionErrors.show(Map.of("form", m), "form")));
        collectionTable.getSelectionModel().selectedItemProperty().addListener((o, old, i) -> {
            if (i != null) {
                model.issueTarget.set(i.permit());
            }
        });
        overdueTable.getSelectionModel().selectedItemProperty().addListener((o, old, i) -> {
            if (i != null) {
                model.issueTarget.set(i.permit());
            }
        });
        issueTargetLabel.textProperty().bind(model.issueTarget.map(s -> PermitFxml.text("permitui.collect.target",
                s.acceptanceNumber(), s.permitNumber() == null ? "" : s.permitNumber())).orElse(""));
        ToggleGroup who = new ToggleGroup();
        holderRadio.setToggleGroup(who);
        collectorRadio.setToggleGroup(who);
        holderRadio.setSelected(model.byHolder.get());
        collectorRadio.setSelected(!model.byHolder.get());
        model.byHolder.bind(holderRadio.selectedProperty());
        collectorNameField.disableProperty().bind(model.byHolder);
        collectorIdField.disableProperty().bind(model.byHolder);
        relationshipField.disableProperty().bind(model.byHolder);
        collectorNameField.textProperty().bindBidirectional(model.collectorName);
        collectorIdField.textProperty().bindBidirectional(model.collectorId);
        relationshipField.textProperty().bindBidirectional(model.relationship);
        FieldErrors e = model.collectionErrors;
        collectionError.textProperty().bind(e.of("form").concat(e.of("collectorName")).concat(e.of("collectorId"))
                .concat(e.of("relationship")));
        collectionNotice.textProperty().bind(model.collectionNotice);
    }

    private void initOnline() {
        PermitTables.column(onlineTable, "permitui.col.kind", 110, i -> PermitFxml.text("permitui.online.kind."
                + i.kind().name()));
        PermitTables.column(onlineTable, "permitui.col.name", 100, OnlineItem::name);
        PermitTables.column(onlineTable, "permitui.col.id", 170, OnlineItem::maskedIdNumber);
        PermitTables.column(onlineTable, "permitui.col.received", 150,
                i -> i.receivedAt().atZone(model.clockZone()).toLocalDateTime().toString().replace('T', ' '));
        PermitTables.column(onlineTable, "permitui.col.status", 80, i -> PermitFxml.text("permitui.online.status."
                + i.status().name()));
        onlineTable.setItems(model.onlineItems);
        onlineRejectField.textProperty().bindBidirectional(model.onlineRejectReason);
        FieldErrors e = model.onlineErrors;
        onlineMessage.textProperty().bind(e.of("form").concat(e.of("idNumber")).concat(e.of("reason")));
        onlineNotice.textProperty().bind(model.onlineNotice);
    }

    // ---------------- finder and swipe ----------------

    @FXML
    private void find() {
        work(model::findOnWorker, found -> {
            model.showPerson(found);
            refreshEligibility();
        }, model.finderErrors);
    }

    /** FX thread: the shell hands each swiped card to the area on screen. */
    @Override
    public void cardRead(IdCardData card) {
        Tab tab = permitTabs.getSelectionModel().getSelectedItem();
        if (tab == onlineTab) {
            OnlineItem item = onlineTable.getSelectionModel().getSelectedItem();
            if (item == null) {
                model.onlineErrors.show(Map.of("form", PermitFxml.text("permitui.online.selectFirst")), "form");
                return;
            }
            work(() -> {
                model.verifyOnWorker(item, card);
                return model.onlineOnWorker();
            }, items -> {
                model.verified(item, card);
                showOnline(items, item);
            }, model.onlineErrors, model.onlineNotice);
        } else if (tab == collectionTab) {
            work(() -> model.findHolderOnWorker(card.idNumber()), found -> {
                var ready = model.readyPermitOf(found.permits());
                if (ready.isEmpty()) {
                    model.issueTarget.set(null);
                    model.collectionErrors.show(Map.of("form", PermitFxml.text("permitui.collect.noneReady")), "form");
                    return;
                }
                model.issueTarget.set(ready.get());
                holderRadio.setSelected(true);
                model.collectionNotice.set(PermitFxml.text("permitui.collect.found", found.registration().name()));
            }, model.collectionErrors, model.collectionNotice);
        } else {
            permitTabs.getSelectionModel().select(applyTab);
            model.takeCard(card);
            find();
        }
    }

    private void refreshEligibility() {
        if (model.person.get() == null) {
            return;
        }
        work(model::eligibilityOnWorker, model::showEligibility, model.applicationErrors);
    }

    // ---------------- application ----------------

    @FXML
    private void submit() {
        work(model::submitOnWorker, outcome -> {
            model.showApplicationOutcome(outcome);
            outcome.step().document().ifPresent(doc -> preview(doc, PermitFxml.text(outcome.accepted()
                    ? "permitui.preview.receipt" : "permitui.preview.notice")));
        }, model.applicationErrors);
    }

    @FXML
    private void continueApplication() {
        PermitListItem item = materialsTable.getSelectionModel().getSelectedItem();
        if (item == null) {
            materialsMessage.setText(PermitFxml.text("permitui.selectFirst"));
            return;
        }
        record Continued(PersonFinder.Found found, org.residencedesk.domain.permit.PermitApplication permit) { }
        BackgroundWork.runShared(() -> new Continued(model.personOfOnWorker(item.permit()),
                        model.continueOnWorker(item.permit().id())), c -> {
                    model.continueApplication(c.permit(), c.found());
                    materialsMessage.setText("");
                    permitTabs.getSelectionModel().select(applyTab);
                    refreshEligibility();
                }, invalid -> materialsMessage.setText(joined(invalid)), materialsMessage::setText);
    }

    // ---------------- details ----------------

    @FXML
    private void replace() {
        onOpened(id -> work(() -> model.replaceOnWorker(id),
                step -> model.stepDone(step, PermitFxml.text("permitui.details.replaced")), model.detailErrors,
                model.detailNotice));
    }

    @FXML
    private void reissue() {
        onOpened(id -> work(() -> model.reissueOnWorker(id),
                step -> model.stepDone(step, PermitFxml.text("permitui.details.reissued")), model.detailErrors,
                model.detailNotice));
    }

    @FXML
    private void cancelPermit() {
        onOpened(id -> work(() -> model.cancelOnWorker(id),
                step -> model.stepDone(step, PermitFxml.text("permitui.details.cancelled")), model.detailErrors,
                model.detailNotice));
    }

    private void onOpened(Consumer<String> action) {
        if (model.opened.get() == null) {
            model.detailNotice.set("");
            model.detailErrors.show(Map.of("form", PermitFxml.text("permitui.selectFirst")), "form");
            return;
        }
        action.accept(model.opened.get().id());
    }

    // ---------------- review ----------------

    @FXML
    private void approve() {
        onReviewSelected(item -> BackgroundWork.runShared(() -> model.approveOnWorker(item.permit().id()), step -> {
            reviewOutcome(PermitFxml.text("permitui.review.approved", item.permit().acceptanceNumber()));
            loadQueue(model.review, model.review.page(), this::reviewFailed);
        }, invalid -> reviewFailed(joined(invalid)), this::reviewFailed));
    }

    @FXML
    private void reject() {
        onReviewSelected(item -> BackgroundWork.runShared(() -> model.rejectOnWorker(item.permit().id()), step -> {
            reviewOutcome(PermitFxml.text("permitui.review.rejected", item.permit().acceptanceNumber()));
            model.rejectReason.set("");
            step.document().ifPresent(doc -> preview(doc, PermitFxml.text("permitui.preview.rejection")));
            loadQueue(model.review, model.review.page(), this::reviewFailed);
        }, invalid -> reviewFailed(joined(invalid)), this::reviewFailed));
    }

    private void onReviewSelected(Consumer<PermitListItem> action) {
        PermitListItem item = reviewTable.getSelectionModel().getSelectedItem();
        if (item == null) {
            reviewFailed(PermitFxml.text("permitui.selectFirst"));
            return;
        }
        action.accept(item);
    }

    private void reviewOutcome(String message) {
        model.reviewMessage.set("");
        model.reviewNotice.set(message);
    }

    /** Refusals (PermissionDenied for a user without the reviewer right, a missing reason) in the error style. */
    private void reviewFailed(String message) {
        model.reviewNotice.set("");
        model.reviewMessage.set(message);
    }

    // ---------------- print ----------------

    /** 预览打印: one card in the preview; it is marked printed only when the printer reports success. */
    @FXML
    private void previewPrint() {
        List<PermitListItem> selected = List.copyOf(printTable.getSelectionModel().getSelectedItems());
        if (selected.size() != 1) {
            model.printNotice.set("");
            model.printErrors.show(Map.of("form", PermitFxml.text("permitui.print.selectOne")), "form");
            return;
        }
        work(() -> model.prepareCardOnWorker(selected.get(0).permit().id()), job -> {
            previews.open(window(), PermitFxml.text("permitui.preview.card"), job.card(), outcome -> {
                if (!outcome.succeeded()) {
                    model.printNotice.set("");
                    model.printErrors.show(Map.of("form", outcome.message()), "form");
                    return;
                }
                markPrinted(job, outcome);
            });
        }, model.printErrors, model.printNotice);
    }

    private void markPrinted(CardPrintJob job, org.residencedesk.port.printing.PrintOutcome outcome) {
        work(() -> model.markPrintedOnWorker(job, outcome), step -> {
            model.printNotice.set(PermitFxml.text("permitui.print.done", step.permit().permitNumber()));
            loadQueue(model.printQueue, model.printQueue.page(), this::printFailed);
        }, model.printErrors, model.printNotice);
    }

    /** 直接打印: every selected card straight to this PC's card printer. */
    @FXML
    private void directPrint() {
        List<PermitSummary> selected = printTable.getSelectionModel().getSelectedItems().stream()
                .map(PermitListItem::permit).toList();
        if (selected.isEmpty()) {
            printFailed(PermitFxml.text("permitui.selectFirst"));
            return;
        }
        work(() -> model.printDirectlyOnWorker(selected), batch -> {
            // the count is good news; each failed card is listed in the error style below it
            model.printNotice.set(PermitFxml.text("permitui.print.batch", batch.printed(), batch.failures().size()));
            if (!batch.failures().isEmpty()) {
                model.printErrors.show(Map.of("form", String.join("\n", batch.failures())), "form");
            }
            loadQueue(model.printQueue, model.printQueue.page(), this::printFailed);
        }, model.printErrors, model.printNotice);
    }

    private void printFailed(String message) {
        model.printNotice.set("");
        model.printErrors.show(Map.of("form", message), "form");
    }

    /** Sets the type the selected card's cycle needs; a stale answer (selection moved on) is dropped. */
    private void preselectPrintType(PermitListItem item) {
        BackgroundWork.runShared(() -> model.printTypeOnWorker(item.permit().id()), type -> {
            if (printTable.getSelectionModel().getSelectedItem() == item) {
                model.printType.set(type);
            }
        }, invalid -> printFailed(joined(invalid)), this::printFailed);
    }

    // ---------------- collection ----------------

    @FXML
    private void issue() {
        PermitSummary target = model.issueTarget.get();
        if (target == null) {
            model.collectionNotice.set("");
            model.collectionErrors.show(Map.of("form", PermitFxml.text("permitui.collect.swipeOrSelect")), "form");
            return;
        }
        model.collectionNotice.set("");
        model.handover().ifPresent(handover -> work(() -> model.issueOnWorker(target.id(), handover), step -> {
            model.issueTarget.set(null);
            model.collectionNotice.set(PermitFxml.text("permitui.collect.issued", step.permit().permitNumber()));
            step.document().ifPresent(doc -> preview(doc, PermitFxml.text("permitui.preview.issuance")));
            loadQueue(model.collection, 0, m -> { });
            loadQueue(model.overdue, 0, m -> { });
        }, model.collectionErrors, model.collectionNotice));
    }

    // ---------------- online ----------------

    @FXML
    private void loadOnline() {
        work(model::onlineOnWorker, model.onlineItems::setAll, model.onlineErrors, model.onlineNotice);
    }

    @FXML
    private void toRegistration() {
        onOnlineSelected(item -> work(() -> model.toRegistrationOnWorker(item), openRegistration, model.onlineErrors,
                model.onlineNotice));
    }

    @FXML
    private void onlineDone() {
        onOnlineSelected(item -> work(() -> {
            model.markOnlineDoneOnWorker(item);
            return model.onlineOnWorker();
        }, items -> {
            model.onlineItems.setAll(items);
            model.onlineNotice.set(PermitFxml.text("permitui.online.closed"));
        }, model.onlineErrors, model.onlineNotice));
    }

    @FXML
    private void toPermit() {
        onOnlineSelected(item -> work(() -> model.onlineApplicantOnWorker(item), applicant -> {
            model.startOnlineApplication(item, applicant);
            permitTabs.getSelectionModel().select(applyTab);
            refreshEligibility();
        }, model.onlineErrors, model.onlineNotice));
    }

    @FXML
    private void rejectOnline() {
        onOnlineSelected(item -> work(() -> {
            model.rejectOnlineOnWorker(item);
            return model.onlineOnWorker();
        }, items -> {
            model.onlineItems.setAll(items);
            model.onlineRejectReason.set("");
            model.onlineNotice.set(PermitFxml.text("permitui.online.rejected"));
        }, model.onlineErrors, model.onlineNotice));
    }

    /** The reloaded list keeps the clerk's row selected (a swipe must not make them pick it again). */
    private void showOnline(List<OnlineItem> items, OnlineItem selected) {
        model.onlineItems.setAll(items);
        items.stream().filter(i -> i.id() == selected.id()).findFirst()
                .ifPresent(i -> onlineTable.getSelectionModel().select(i));
    }

    private void onOnlineSelected(Consumer<OnlineItem> action) {
        OnlineItem item = onlineTable.getSelectionModel().getSelectedItem();
        if (item == null) {
            model.onlineNotice.set("");
            model.onlineErrors.show(Map.of("form", PermitFxml.text("permitui.selectFirst")), "form");
            return;
        }
        action.accept(item);
    }

    // ---------------- helpers ----------------

    private void refresh(Tab tab) {
        if (tab == reviewTab) {
            loadQueue(model.review, 0, model.reviewMessage::set);
        } else if (tab == printTab) {
            loadQueue(model.printQueue, 0, this::printFailed);
        } else if (tab == collectionTab) {
            loadQueue(model.collection, 0, m -> model.collectionErrors.show(Map.of("form", m), "form"));
            loadQueue(model.overdue, 0, m -> model.collectionErrors.show(Map.of("form", m), "form"));
        } else if (tab == materialsTab) {
            loadQueue(model.materials, 0, materialsMessage::setText);
        } else if (tab == onlineTab) {
            loadOnline();
        }
    }

    private static void loadQueue(PermitQueue queue, int page, Consumer<String> onFailure) {
        BackgroundWork.runShared(() -> queue.loadOnWorker(page), queue::show, invalid -> onFailure.accept(joined(invalid)),
                onFailure);
    }

    private void preview(PrintDocument document, String title) {
        previews.open(window(), title, document, outcome -> { });
    }

    private Window window() {
        return permitTabs.getScene() == null ? null : permitTabs.getScene().getWindow();
    }

    /**
     * Like {@link #work(Supplier, Consumer, FieldErrors)} for a panel that also shows good news: a
     * failure removes the panel's last success message so the two never contradict each other.
     */
    private static <T> void work(Supplier<T> work, Consumer<T> onSuccess, FieldErrors errors,
                                 javafx.beans.property.StringProperty notice) {
        BackgroundWork.runShared(work, result -> {
            errors.clear();
            notice.set("");
            onSuccess.accept(result);
        }, invalid -> {
            notice.set("");
            errors.show(invalid.fieldMessages(), "form");
        }, message -> {
            notice.set("");
            errors.show(Map.of("form", message), "form");
        });
    }

    /** Runs on a worker; field messages go beside their fields, anything else to the panel's {@code form} line. */
    private static <T> void work(Supplier<T> work, Consumer<T> onSuccess, FieldErrors errors) {
        BackgroundWork.runShared(work, result -> {
            errors.clear();
            onSuccess.accept(result);
        }, invalid -> errors.show(invalid.fieldMessages(), "form"),
                message -> errors.show(Map.of("form", message), "form"));
    }

    static String joined(ValidationFailure invalid) {
        return String.join("；", invalid.fieldMessages().values());
    }

    private static <T extends Labelled> StringConverter<T> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : PermitMessages.label(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
