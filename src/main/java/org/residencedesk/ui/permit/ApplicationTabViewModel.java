package org.residencedesk.ui.permit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.MaterialRequirement;
import org.residencedesk.domain.permit.MaterialsChecklist;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitMessages;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.permit.ApplicationRequest;
import org.residencedesk.service.permit.EligibilityReport;
import org.residencedesk.service.permit.OnlineApplicationService;
import org.residencedesk.service.permit.PermitServices;
import org.residencedesk.service.permit.PermitStep;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;

/**
 * The 申领 panel: eligibility of the found person, basis and representation, the materials checklist and
 * 提交 — a new application, more materials for one waiting (待补材料) or an online pre-application turned
 * into an application. When the materials are complete it is accepted at once.
 */
public final class ApplicationTabViewModel {
    /** The result of 提交: a one-time notice (materials missing) or an acceptance receipt. */
    public record ApplicationOutcome(PermitStep step, boolean accepted) {
    }

    final ObjectProperty<PermitBasis> basis = new SimpleObjectProperty<>();
    final ObjectProperty<Representation> representation = new SimpleObjectProperty<>(Representation.IN_PERSON);
    final BooleanProperty limitedMobility = new SimpleBooleanProperty(false);
    final ObservableList<MaterialRequirement> required = FXCollections.observableArrayList();
    final ObservableSet<MaterialKind> presented = FXCollections.observableSet(EnumSet.noneOf(MaterialKind.class));
    final StringProperty eligibilityText = new SimpleStringProperty("");
    final StringProperty mode = new SimpleStringProperty("");
    final FieldErrors errors = new FieldErrors("form", "basis", "representation", "materials");
    final StringProperty message = new SimpleStringProperty("");
    /** True while an online pre-application is converted: its basis and representation were chosen online. */
    final BooleanProperty onlineRequest = new SimpleBooleanProperty(false);

    private final PermitServices permits;
    private final OnlineApplicationService online;
    private final Clock clock;
    private final Operator operator;
    private final PanelWork work;
    private final PersonFinderViewModel finder;
    private final DocumentViewer viewer;
    private EligibilityReport report;
    private String continuingPermitId;
    private Long convertingOnlineId;

    public ApplicationTabViewModel(PermitServices permits, OnlineApplicationService online, Clock clock,
                                   Operator operator, BackgroundWork background, PersonFinderViewModel finder,
                                   DocumentViewer viewer) {
        this.permits = permits;
        this.online = online;
        this.clock = clock;
        this.operator = operator;
        this.work = new PanelWork(background);
        this.finder = finder;
        this.viewer = viewer;
        finder.onFound(found -> {
            startNew();
            refreshEligibility();
        });
        basis.addListener((o, old, now) -> refreshEligibility());
        representation.addListener((o, old, now) -> refreshChecklist());
        limitedMobility.addListener((o, old, now) -> refreshChecklist());
    }

    public PersonFinderViewModel finder() {
        return finder;
    }

    /** A new person resets the panel to a fresh application. */
    private void startNew() {
        continuingPermitId = null;
        convertingOnlineId = null;
        onlineRequest.set(false);
        presented.clear();
        basis.set(null);
        representation.set(Representation.IN_PERSON);
        limitedMobility.set(false);
        errors.clear();
        message.set("");
        mode.set(PermitFxml.text("permitui.apply.mode.new"));
    }

    ApplicationRequest request() {
        return new ApplicationRequest(basis.get(), representation.get(), limitedMobility.get(), Set.copyOf(presented));
    }

    /** Eligibility of the found person for the chosen basis (the suggestion when none is chosen). */
    public CompletableFuture<EligibilityReport> refreshEligibility() {
        Optional<Long> person = finder.personId();
        if (person.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        ApplicationRequest req = request();
        return work.run(() -> permits.applications().checkEligibility(operator, person.get(), req), this::showEligibility, errors);
    }

    /** Shows the dates and the suggestion, and the materials the chosen basis needs. */
    private void showEligibility(EligibilityReport r) {
        this.report = r;
        if (basis.get() == null) {
            basis.set(r.suggestedBasis());
        }
        ApplicantCircumstances c = r.circumstances();
        var e = r.eligibility();
        List<String> lines = new ArrayList<>();
        lines.add(PermitFxml.text("permitui.eligibility.registeredSince", PermitMessages.date(c.registrationStart())));
        lines.add(PermitFxml.text("permitui.eligibility.metOn", e.residenceRequirementMetOn() == null ? "—"
                : PermitMessages.date(e.residenceRequirementMetOn())));
        lines.add(PermitFxml.text("permitui.eligibility.evidence", r.countedFromText()));
        lines.add(PermitFxml.text("permitui.eligibility.suggestion", PermitMessages.label(r.suggestedBasis())));
        lines.add(r.eligible() ? PermitFxml.text("permitui.eligibility.ok")
                : PermitFxml.text("permitui.eligibility.problems", String.join("；", r.messages())));
        eligibilityText.set(String.join("\n", lines));
        refreshChecklist();
    }

    /** The checklist follows the chosen basis and representation (pure domain rule). */
    void refreshChecklist() {
        if (report == null) {
            required.clear();
            return;
        }
        ApplicantCircumstances c = report.circumstances();
        ApplicantCircumstances chosen = new ApplicantCircumstances(c.birthDate(), c.registrationStart(),
                c.schoolEnrolmentStart(), c.socialInsuranceStart(), basis.get(), true, representation.get(),
                limitedMobility.get());
        required.setAll(MaterialsChecklist.requiredFor(chosen));
    }

    boolean applicantIsMinor() {
        return report != null && report.circumstances().minorOn(LocalDate.now(clock));
    }

    /** 提交; a one-time notice or the acceptance receipt goes to the preview. */
    public CompletableFuture<ApplicationOutcome> submit() {
        ApplicationRequest req = request();
        Long onlineId = convertingOnlineId;
        String continuing = continuingPermitId;
        Optional<Long> person = finder.personId();
        return work.run(() -> {
            long id = person.orElseThrow(() -> new ValidationFailure(Map.of("form",
                    PermitFxml.text("permitui.finder.first"))));
            PermitStep step;
            if (onlineId != null) {
                step = online.convertToPermitApplication(operator, onlineId, id, req.presented());
            } else if (continuing != null) {
                step = permits.applications().supplyMaterials(operator, continuing, req);
            } else {
                step = permits.applications().submit(operator, id, req);
            }
            if (step.document().isPresent()) {
                return new ApplicationOutcome(step, false);
            }
            return new ApplicationOutcome(permits.applications().accept(operator, step.permit().id()), true);
        }, outcome -> {
            showOutcome(outcome);
            outcome.step().document().ifPresent(doc -> viewer.show(PermitFxml.text(outcome.accepted()
                    ? "permitui.preview.receipt" : "permitui.preview.notice"), doc));
        }, errors);
    }

    private void showOutcome(ApplicationOutcome outcome) {
        PermitSummary s = outcome.step().permit();
        // whatever happens next is about this stored application, no longer a new one
        continuingPermitId = s.status() == PermitStatus.AWAITING_MATERIALS ? s.id() : null;
        convertingOnlineId = null;
        onlineRequest.set(false);
        if (outcome.accepted()) {
            message.set(PermitFxml.text("permitui.apply.accepted", s.acceptanceNumber(),
                    PermitMessages.date(s.promisedOn())));
            mode.set(PermitFxml.text("permitui.apply.mode.done"));
        } else {
            message.set(PermitFxml.text("permitui.apply.noticeIssued"));
            mode.set(PermitFxml.text("permitui.apply.mode.continue"));
        }
        finder.replacePermit(s);
    }

    /** A 待补材料 application of {@code found}: its stored materials are ticked; 提交 then supplies the rest. */
    public void continueApplication(PermitApplication a, PersonFinder.Found found) {
        finder.show(found);
        continuingPermitId = a.id();
        basis.set(a.circumstances().basis());
        representation.set(a.circumstances().representation());
        limitedMobility.set(a.circumstances().limitedMobility());
        presented.addAll(a.presentedMaterials());
        mode.set(PermitFxml.text("permitui.apply.mode.continue"));
        refreshEligibility();
    }

    /**
     * A verified online pre-application: 提交 converts it with the materials ticked here. The basis and
     * representation chosen online are shown and fixed: the conversion is judged by them, so the checklist
     * must follow them too.
     */
    public void startOnlineApplication(long onlineId, PersonFinder.Found found, ApplicationRequest asked) {
        finder.show(found);
        basis.set(asked.basis());
        representation.set(asked.representation());
        limitedMobility.set(asked.limitedMobility());
        onlineRequest.set(true);
        convertingOnlineId = onlineId;
        mode.set(PermitFxml.text("permitui.apply.mode.online"));
        refreshEligibility();
    }
}
