package org.residencedesk.ui.permit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.identity.IdNumberCheck;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.FeeKind;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.MaterialRequirement;
import org.residencedesk.domain.permit.MaterialsChecklist;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.PermitMessages;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.domain.permit.Representation;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrinterSettings;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.permit.ApplicationRequest;
import org.residencedesk.service.permit.CardPrintJob;
import org.residencedesk.service.permit.EligibilityReport;
import org.residencedesk.service.permit.OnlineItem;
import org.residencedesk.service.permit.CardProductionService;
import org.residencedesk.service.permit.PermitStep;
import org.residencedesk.service.permit.PrintSpec;
import org.residencedesk.ui.DeskServices;
import org.residencedesk.ui.FieldErrors;

/**
 * State of the 居住证 area: person finder, application with eligibility and materials checklist, the
 * work queues (审核, 制证, 领取, 补材料, 互联网申办) and one permit's details. Methods named
 * {@code ...OnWorker} reach the database or the printer and run on a worker; the others run on the FX thread.
 */
public final class PermitAreaViewModel {
    public static final int PAGE_SIZE = 20;

    /** The result of 提交: a one-time notice (materials missing) or an acceptance receipt. */
    public record ApplicationOutcome(PermitStep step, boolean accepted) {
    }

    /** How a batch of direct prints went. */
    public record BatchPrint(int printed, List<String> failures) {
    }

    private final DeskServices services;
    private final Operator operator;
    private final Clock clock;
    private final PersonFinder finder;
    private final IdNumberParser idParser;

    // ---- finder ----
    final StringProperty idNumber = new SimpleStringProperty("");
    final ObjectProperty<RegistrationSummary> person = new SimpleObjectProperty<>();
    final ObservableList<PermitSummary> personPermits = FXCollections.observableArrayList();
    final FieldErrors finderErrors = new FieldErrors("idNumber", "form");

    // ---- application ----
    final ObjectProperty<PermitBasis> basis = new SimpleObjectProperty<>();
    final ObjectProperty<Representation> representation = new SimpleObjectProperty<>(Representation.IN_PERSON);
    final BooleanProperty limitedMobility = new SimpleBooleanProperty(false);
    final ObservableList<MaterialRequirement> required = FXCollections.observableArrayList();
    final ObservableSet<MaterialKind> presented = FXCollections.observableSet(EnumSet.noneOf(MaterialKind.class));
    final StringProperty eligibilityText = new SimpleStringProperty("");
    final StringProperty applicationMode = new SimpleStringProperty("");
    final FieldErrors applicationErrors = new FieldErrors("form", "basis", "representation", "materials");
    final StringProperty applicationMessage = new SimpleStringProperty("");
    /** True while an online pre-application is converted: its basis and representation were chosen online. */
    final BooleanProperty onlineRequest = new SimpleBooleanProperty(false);
    private EligibilityReport report;
    private String continuingPermitId;
    private Long convertingOnlineId;

    // ---- queues ----
    final PermitQueue review;
    final PermitQueue printQueue;
    final PermitQueue collection;
    final PermitQueue overdue;
    final PermitQueue materials;
    final ObservableList<OnlineItem> onlineItems = FXCollections.observableArrayList();

    // ---- review ----
    final StringProperty rejectReason = new SimpleStringProperty("");
    final StringProperty reviewMessage = new SimpleStringProperty("");
    final StringProperty reviewNotice = new SimpleStringProperty("");

    // ---- print ----
    final ObjectProperty<PrintType> printType = new SimpleObjectProperty<>(PrintType.FIRST);
    final StringProperty printReason = new SimpleStringProperty("");
    final StringProperty authoriserLogin = new SimpleStringProperty("");
    final StringProperty authoriserPassword = new SimpleStringProperty("");
    final FieldErrors printErrors = new FieldErrors("form", "reason", "authorisedBy");
    final StringProperty printNotice = new SimpleStringProperty("");

    // ---- collection ----
    final ObjectProperty<PermitSummary> issueTarget = new SimpleObjectProperty<>();
    final BooleanProperty byHolder = new SimpleBooleanProperty(true);
    final StringProperty collectorName = new SimpleStringProperty("");
    final StringProperty collectorId = new SimpleStringProperty("");
    final StringProperty relationship = new SimpleStringProperty("");
    final FieldErrors collectionErrors = new FieldErrors("form", "collectorName", "collectorId", "relationship");
    final StringProperty collectionNotice = new SimpleStringProperty("");

    // ---- details ----
    final ObjectProperty<PermitApplication> opened = new SimpleObjectProperty<>();
    final ObservableList<String> detailLines = FXCollections.observableArrayList();
    final BooleanProperty oldCardReturned = new SimpleBooleanProperty(true);
    final ObjectProperty<CancellationReason> cancelReason = new SimpleObjectProperty<>();
    final StringProperty cancelNote = new SimpleStringProperty("");
    final FieldErrors detailErrors = new FieldErrors("form", "reason", "note", "oldCardReturned");
    final StringProperty detailNotice = new SimpleStringProperty("");

    // ---- online ----
    final StringProperty onlineRejectReason = new SimpleStringProperty("");
    final FieldErrors onlineErrors = new FieldErrors("form", "idNumber", "reason");
    final StringProperty onlineNotice = new SimpleStringProperty("");
    /** ID numbers read from the swiped card per verified pre-application (never shown, only used to find the person). */
    private final Map<Long, String> verifiedIdNumbers = new HashMap<>();

    public PermitAreaViewModel(DeskServices services, Operator operator) {
        this.services = services;
        this.operator = operator;
        this.clock = services.clock();
        this.finder = new PersonFinder(services.registration(), services.permits().queries());
        MasterData masterData = services.masterData();
        this.idParser = new IdNumberParser(clock, masterData::isKnownCounty);
        var permits = services.permits().queries();
        review = new PermitQueue(p -> permits.reviewQueue(p, PAGE_SIZE));
        printQueue = new PermitQueue(p -> permits.printQueue(p, PAGE_SIZE));
        collection = new PermitQueue(p -> permits.awaitingCollection(0, p, PAGE_SIZE));
        overdue = new PermitQueue(p -> permits.overdueCollection(p, PAGE_SIZE));
        materials = new PermitQueue(p -> permits.awaitingMaterials(p, PAGE_SIZE));
    }

    public Operator operator() {
        return operator;
    }

    java.time.ZoneId clockZone() {
        return clock.getZone();
    }

    // ================= finder =================

    /** Worker thread. */
    PersonFinder.Found findOnWorker() {
        return finder.find(idNumber.get());
    }

    /** FX thread: a new person resets the application to a fresh one. */
    void showPerson(PersonFinder.Found found) {
        finderErrors.clear();
        person.set(found.registration());
        personPermits.setAll(found.permits());
        continuingPermitId = null;
        convertingOnlineId = null;
        onlineRequest.set(false);
        presented.clear();
        basis.set(null);
        representation.set(Representation.IN_PERSON);
        limitedMobility.set(false);
        applicationErrors.clear();
        applicationMessage.set("");
        applicationMode.set(PermitFxml.text("permitui.apply.mode.new"));
        opened.set(null);
        detailLines.clear();
    }

    /** FX thread: a swiped card puts its number in the finder. */
    void takeCard(IdCardData card) {
        idNumber.set(card.idNumber());
    }

    Optional<Long> personId() {
        return Optional.ofNullable(person.get()).map(RegistrationSummary::personId);
    }

    // ================= application =================

    ApplicationRequest request() {
        return new ApplicationRequest(basis.get(), representation.get(), limitedMobility.get(), Set.copyOf(presented));
    }

    /** Worker thread: eligibility of the found person for the chosen basis (the suggestion when none is chosen). */
    EligibilityReport eligibilityOnWorker() {
        long id = personId().orElseThrow(() -> new ValidationFailure(Map.of("form",
                PermitFxml.text("permitui.finder.first"))));
        return services.permits().applications().checkEligibility(operator, id, request());
    }

    /** FX thread: shows the dates and the suggestion, and the materials the chosen basis needs. */
    void showEligibility(EligibilityReport r) {
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
        lines.add(PermitFxml.text("permitui.eligibility.evidence", e.countedEvidence() == null ? "—"
                : PermitMessages.label(e.countedEvidence())));
        lines.add(PermitFxml.text("permitui.eligibility.suggestion", PermitMessages.label(r.suggestedBasis())));
        lines.add(r.eligible() ? PermitFxml.text("permitui.eligibility.ok")
                : PermitFxml.text("permitui.eligibility.problems", String.join("；", r.messages())));
        eligibilityText.set(String.join("\n", lines));
        refreshChecklist();
    }

    /** FX thread: the checklist follows the chosen basis and representation (pure domain rule). */
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

    /**
     * Worker thread: 提交. A new application, more materials for one waiting (待补材料) or an online
     * pre-application turned into an application; when the materials are complete it is accepted at once.
     */
    ApplicationOutcome submitOnWorker() {
        long id = personId().orElseThrow(() -> new ValidationFailure(Map.of("form",
                PermitFxml.text("permitui.finder.first"))));
        ApplicationRequest req = request();
        PermitStep step;
        if (convertingOnlineId != null) {
            step = services.onlineApplications().convertToPermitApplication(operator, convertingOnlineId, id,
                    req.presented());
        } else if (continuingPermitId != null) {
            step = services.permits().applications().supplyMaterials(operator, continuingPermitId, req);
        } else {
            step = services.permits().applications().submit(operator, id, req);
        }
        if (step.document().isPresent()) {
            return new ApplicationOutcome(step, false);
        }
        return new ApplicationOutcome(services.permits().applications().accept(operator, step.permit().id()), true);
    }

    /** FX thread. */
    void showApplicationOutcome(ApplicationOutcome outcome) {
        applicationErrors.clear();
        PermitSummary s = outcome.step().permit();
        // whatever happens next is about this stored application, no longer a new one
        continuingPermitId = s.status() == PermitStatus.AWAITING_MATERIALS ? s.id() : null;
        convertingOnlineId = null;
        onlineRequest.set(false);
        if (outcome.accepted()) {
            applicationMessage.set(PermitFxml.text("permitui.apply.accepted", s.acceptanceNumber(),
                    PermitMessages.date(s.promisedOn())));
            applicationMode.set(PermitFxml.text("permitui.apply.mode.done"));
        } else {
            applicationMessage.set(PermitFxml.text("permitui.apply.noticeIssued"));
            applicationMode.set(PermitFxml.text("permitui.apply.mode.continue"));
        }
        replacePermit(s);
    }

    /** Worker thread: opens a 待补材料 application to supply what was missing. */
    PermitApplication continueOnWorker(String permitId) {
        return services.permits().queries().open(operator, permitId);
    }

    /** FX thread: the application's stored materials are ticked; 提交 then supplies the rest. */
    void continueApplication(PermitApplication a, PersonFinder.Found found) {
        showPerson(found);
        continuingPermitId = a.id();
        basis.set(a.circumstances().basis());
        representation.set(a.circumstances().representation());
        limitedMobility.set(a.circumstances().limitedMobility());
        presented.addAll(a.presentedMaterials());
        applicationMode.set(PermitFxml.text("permitui.apply.mode.continue"));
    }

    /** Worker thread: the person of a listed permit (their registration row and all their permits). */
    PersonFinder.Found personOfOnWorker(PermitSummary permit) {
        RegistrationSummary reg = services.registration().open(operator, permit.registrationId()).summary();
        return new PersonFinder.Found(reg, services.permits().queries().permitsOfPerson(permit.personId()));
    }

    private void replacePermit(PermitSummary s) {
        for (int i = 0; i < personPermits.size(); i++) {
            if (personPermits.get(i).id().equals(s.id())) {
                personPermits.set(i, s);
                return;
            }
        }
        personPermits.add(s);
    }

    // ================= review =================

    /** Worker thread. */
    PermitStep approveOnWorker(String permitId) {
        return services.permits().review().approve(operator, permitId);
    }

    /** Worker thread: 审核不通过 → 不予批准通知书. */
    PermitStep rejectOnWorker(String permitId) {
        return services.permits().review().reject(operator, permitId, rejectReason.get());
    }

    // ================= print =================

    /** Worker thread: the clerk's order; a reprint's authoriser signs in here with their own password. */
    PrintSpec printSpecOnWorker() {
        PrintType type = printType.get() == null ? PrintType.FIRST : printType.get();
        if (!type.isReprint()) {
            return PrintSpec.first();
        }
        Operator authoriser;
        try {
            authoriser = services.authentication().login(authoriserLogin.get(),
                    authoriserPassword.get().toCharArray());
        } catch (ValidationFailure failed) {
            throw new ValidationFailure(Map.of("authorisedBy", PermitFxml.text("permitui.print.authoriserFailed",
                    String.join("；", failed.fieldMessages().values()))));
        }
        return PrintSpec.reprint(type, printReason.get(), authoriser);
    }

    /**
     * Worker thread: the print type the selected card's cycle starts with (遗失补打 after 补领), so the
     * clerk is not refused for the wrong type. Opening the permit is an audited look.
     */
    PrintType printTypeOnWorker(String permitId) {
        return CardProductionService.firstPrintTypeOf(services.permits().queries().open(operator, permitId));
    }

    /** Worker thread: prepares the card (number reserved, status unchanged until printed). */
    CardPrintJob prepareCardOnWorker(String permitId) {
        return services.permits().cardProduction().print(operator, permitId, printSpecOnWorker());
    }

    /** Worker thread: records the card as printed — only ever called with a successful outcome. */
    PermitStep markPrintedOnWorker(CardPrintJob job, PrintOutcome outcome) {
        return services.permits().cardProduction().markPrinted(operator, job, outcome);
    }

    /** Worker thread: 直接打印 of several cards on this PC's card printer, each marked printed on success. */
    BatchPrint printDirectlyOnWorker(List<PermitSummary> selected) {
        PrintSpec spec = printSpecOnWorker();
        PrinterSettings settings = services.printerSettings().load();
        int printed = 0;
        List<String> failures = new ArrayList<>();
        for (PermitSummary s : selected) {
            String who = s.acceptanceNumber();
            try {
                CardPrintJob job = services.permits().cardProduction().print(operator, s.id(), spec);
                var profile = settings.profileFor(job.card().type());
                PrintOutcome outcome = services.printer().print(job.card(), profile,
                        settings.calibrationFor(profile.printerName()));
                if (outcome.succeeded()) {
                    services.permits().cardProduction().markPrinted(operator, job, outcome);
                    printed++;
                } else {
                    failures.add(who + "：" + outcome.message());
                }
            } catch (ValidationFailure refused) {
                failures.add(who + "：" + String.join("；", refused.fieldMessages().values()));
            }
        }
        return new BatchPrint(printed, failures);
    }

    // ================= collection =================

    /** FX thread: a swiped holder's card picks their printed card (待领取) and hands it to the holder. */
    Optional<PermitSummary> readyPermitOf(List<PermitSummary> permits) {
        return permits.stream().filter(p -> p.status() == PermitStatus.PRINTED).findFirst();
    }

    /** Worker thread: the permits of the person whose card was swiped at the issuing counter. */
    PersonFinder.Found findHolderOnWorker(String cardIdNumber) {
        return finder.findHolder(operator, cardIdNumber);
    }

    /** FX thread: checks the collector's data before anything is sent. */
    Optional<Handover> handover() {
        collectionErrors.clear();
        if (byHolder.get()) {
            return Optional.of(Handover.holder());
        }
        Map<String, String> problems = new HashMap<>();
        if (collectorName.get().isBlank()) {
            problems.put("collectorName", PermitFxml.text("permitui.collect.nameRequired"));
        }
        if (relationship.get().isBlank()) {
            problems.put("relationship", PermitFxml.text("permitui.collect.relationshipRequired"));
        }
        IdNumberCheck check = idParser.check(collectorId.get());
        if (!check.valid()) {
            problems.put("collectorId", PermitFxml.text("permitui.collect.badId"));
        }
        if (!problems.isEmpty()) {
            collectionErrors.show(problems, "form");
            return Optional.empty();
        }
        IdNumber id = check.idNumber().orElseThrow();
        return Optional.of(Handover.collector(collectorName.get().strip(), id, relationship.get().strip()));
    }

    /** Worker thread: 发证 → 领取回执. */
    PermitStep issueOnWorker(String permitId, Handover handover) {
        return services.permits().cardProduction().issue(operator, permitId, handover);
    }

    // ================= details, 换领 / 补领 / 注销 =================

    /** Worker thread (an audited look at the permit). */
    PermitApplication openOnWorker(String permitId) {
        return services.permits().queries().open(operator, permitId);
    }

    /** FX thread. */
    void showDetails(PermitApplication a) {
        detailErrors.clear();
        opened.set(a);
        List<String> lines = new ArrayList<>();
        lines.add(PermitFxml.text("permitui.details.status", PermitMessages.label(a.status())));
        a.acceptanceNumber().ifPresent(n -> lines.add(PermitFxml.text("permitui.details.acceptance", n)));
        a.promisedOn().ifPresent(d -> lines.add(PermitFxml.text("permitui.details.promised", PermitMessages.date(d))));
        a.permitNumber().ifPresent(n -> lines.add(PermitFxml.text("permitui.details.number", n)));
        a.validUntil(services.permits().queries().policy()).ifPresent(d -> lines.add(
                PermitFxml.text("permitui.details.validUntil", PermitMessages.date(d))));
        a.endorsementSchedule().ifPresent(s -> lines.add(PermitFxml.text("permitui.details.nextAnniversary",
                PermitMessages.date(s.nextAnniversary()))));
        lines.add(PermitFxml.text("permitui.details.endorsements", a.endorsements().size()));
        a.fees().forEach(f -> lines.add(PermitFxml.text("permitui.details.fee", PermitMessages.label(f.kind()),
                yuan(f.amountFen()))));
        a.history().forEach(t -> lines.add(PermitFxml.text("permitui.details.history",
                t.at().atZone(clock.getZone()).toLocalDate(), PermitMessages.label(t.action()),
                PermitMessages.label(t.to()), t.actorLogin())));
        detailLines.setAll(lines);
    }

    String feeText(FeeKind kind) {
        return PermitFxml.text("permitui.details.feeDue", yuan(services.permits().queries().policy().feeFen(kind)));
    }

    static String yuan(long fen) {
        return String.format("%d.%02d", fen / 100, fen % 100);
    }

    /** Worker thread: 换领. */
    PermitStep replaceOnWorker(String permitId) {
        return services.permits().lifecycle().replace(operator, permitId, oldCardReturned.get());
    }

    /** Worker thread: 补领. */
    PermitStep reissueOnWorker(String permitId) {
        return services.permits().lifecycle().reissue(operator, permitId);
    }

    /** Worker thread: 注销. */
    PermitStep cancelOnWorker(String permitId) {
        return services.permits().lifecycle().cancel(operator, permitId, cancelReason.get(), cancelNote.get());
    }

    /** FX thread: after a step on the opened permit. */
    void stepDone(PermitStep step, String message) {
        replacePermit(step.permit());
        detailErrors.clear();
        detailNotice.set(message);
    }

    // ================= online (互联网申办) =================

    /** Worker thread. */
    List<OnlineItem> onlineOnWorker() {
        return services.onlineApplications().pendingOnlineApplications(0, PAGE_SIZE);
    }

    /** Worker thread: the applicant's swiped card must match the pre-application. */
    void verifyOnWorker(OnlineItem item, IdCardData card) {
        services.onlineApplications().verifyIdentity(operator, item.id(), card.idNumber(), card.name());
    }

    /** FX thread: remembers whose card verified it, to find their registration later. */
    void verified(OnlineItem item, IdCardData card) {
        verifiedIdNumbers.put(item.id(), card.idNumber());
        onlineErrors.clear();
        onlineNotice.set(PermitFxml.text("permitui.online.verified"));
    }

    /** Worker thread: the registration form pre-filled from the pre-application. */
    FormValues toRegistrationOnWorker(OnlineItem item) {
        return services.onlineApplications().convertToRegistration(operator, item.id());
    }

    /** Worker thread: the verified applicant's active registration, for a permit application or 办结. */
    PersonFinder.Found applicantOnWorker(OnlineItem item) {
        String verifiedId = verifiedIdNumbers.get(item.id());
        if (verifiedId == null) {
            throw new ValidationFailure(Map.of("idNumber", PermitFxml.text("permitui.online.swipeFirst")));
        }
        return finder.find(verifiedId);
    }

    /** The verified applicant and what they asked for online. */
    record OnlineApplicant(PersonFinder.Found found, ApplicationRequest request) {
    }

    /** Worker thread: the applicant and the basis/representation of their permit pre-application. */
    OnlineApplicant onlineApplicantOnWorker(OnlineItem item) {
        PersonFinder.Found found = applicantOnWorker(item);
        return new OnlineApplicant(found, services.onlineApplications().permitRequestOf(operator, item.id()));
    }

    /**
     * FX thread: the application panel now submits this pre-application with the materials ticked there.
     * The basis and representation chosen online are shown and fixed: the conversion is judged by them,
     * so the checklist must follow them too.
     */
    void startOnlineApplication(OnlineItem item, OnlineApplicant applicant) {
        showPerson(applicant.found());
        ApplicationRequest asked = applicant.request();
        basis.set(asked.basis());
        representation.set(asked.representation());
        limitedMobility.set(asked.limitedMobility());
        onlineRequest.set(true);
        convertingOnlineId = item.id();
        applicationMode.set(PermitFxml.text("permitui.apply.mode.online"));
    }

    /** Worker thread: closes a registration pre-application once the registration was saved. */
    void markOnlineDoneOnWorker(OnlineItem item) {
        PersonFinder.Found found = applicantOnWorker(item);
        services.onlineApplications().markDone(operator, item.id(), found.registration().registrationNumber());
    }

    /** Worker thread. */
    void rejectOnlineOnWorker(OnlineItem item) {
        services.onlineApplications().reject(operator, item.id(), onlineRejectReason.get());
    }
}
