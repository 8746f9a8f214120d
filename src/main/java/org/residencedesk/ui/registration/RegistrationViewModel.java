package org.residencedesk.ui.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.form.ValidationResult;
import org.residencedesk.domain.identity.IdNumberCheck;
import org.residencedesk.port.PhotoDecoder;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.identity.IdNumberType;
import org.residencedesk.domain.registration.CardIdentity;
import java.nio.file.Path;
import org.residencedesk.port.DocumentPrinter;
import org.residencedesk.port.DraftStore;
import org.residencedesk.port.printing.ExportOutcome;
import org.residencedesk.service.PrintAuditService;
import org.residencedesk.service.registration.RegistrationCertificates;
import org.residencedesk.port.FormCodec;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.ActiveRegistrationExists;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.service.registration.RegistrationDetails;
import org.residencedesk.service.registration.MovedFrom;
import org.residencedesk.service.registration.RegistrationService;
import org.residencedesk.service.sync.lookup.ProvinceLookup;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.form.FormViewModel;
import org.residencedesk.ui.form.LookupPicks;
import org.residencedesk.port.LookupUsageStore;
import org.slf4j.LoggerFactory;
import org.residencedesk.ui.print.PrintPreviewViewModel;

/**
 * The registration screen's state: the form, whether it registers someone new, changes an active
 * registration or re-registers at a new address, and what the last save did. The commands (save,
 * certificate, drafts) run their service calls through {@link BackgroundWork}: the worker-thread part is
 * {@code ...OnWorker}, the result is applied on the result executor.
 */
public final class RegistrationViewModel {
    /** What saving the current form does. */
    public enum Mode { NEW, CHANGE, RE_REGISTER }

    /** The result of a save attempt on the worker thread. */
    public sealed interface SaveOutcome permits Saved, AlreadyActive { }

    public record Saved(Registered registered) implements SaveOutcome { }

    public record AlreadyActive(RegistrationDetails existing) implements SaveOutcome { }

    /** Everything a save needs, copied on the FX thread so the worker never reads screen state. */
    public record SaveRequest(Mode mode, Long registrationId, int version, FormValues values, MovedFrom movedFrom) { }

    /** The saved registration a certificate is for, copied on the FX thread. */
    public record CertificateRequest(long registrationId, String registrationNumber) { }

    private final RegistrationService service;
    private final Operator operator;
    private final DraftStore drafts;
    private final FormCodec codec;
    private final Clock clock;
    private final BackgroundWork work;
    private final CertificateOutput output;
    private final FormViewModel form;
    private final LookupUsageStore lookupUsage;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.NEW);
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty noticeIsWarning = new SimpleBooleanProperty(false);
    private final StringProperty savedNumber = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Long registrationId;
    private int version;
    /** 换地登记 from another station (省级查询): named in the saved registration's event (ADR 0269). */
    private MovedFrom movedFrom;
    private ProvinceLookupModel province;
    private PhotoDecoder photoDecoder; // ADR 0284; none until decodingPhotosWith

    /** The certificate's print and PDF buttons are shown only to an operator who may print certificates. */
    public boolean mayPrintCertificate() {
        return operator.may(Permission.CERTIFICATE_PRINT) && operator.may(Permission.DOCUMENT_OUTPUT);
    }

    public RegistrationViewModel(RegistrationService service, RegistrationCertificates certificates,
                                 DocumentPrinter printer, PrintAuditService printAudit, Operator operator,
                                 DraftStore drafts, FormCodec codec, Clock clock, BackgroundWork work) {
        this(service, certificates, printer, printAudit, operator, drafts, codec, clock, work, LookupUsageStore.none());
    }

    /** Look-ups picked in each new registration are counted in {@code lookupUsage} to rank suggestions (ADR 0177). */
    public RegistrationViewModel(RegistrationService service, RegistrationCertificates certificates,
                                 DocumentPrinter printer, PrintAuditService printAudit, Operator operator,
                                 DraftStore drafts, FormCodec codec, Clock clock, BackgroundWork work,
                                 LookupUsageStore lookupUsage) {
        this.lookupUsage = lookupUsage;
        this.service = service;
        this.operator = operator;
        this.drafts = drafts;
        this.codec = codec;
        this.clock = clock;
        this.work = work;
        this.output = new CertificateOutput(this, certificates, printer, printAudit, operator, work);
        this.form = new FormViewModel(service.validator());
        IdNumberParser parser = new IdNumberParser(clock, code -> true);
        form.value("idNumber").addListener((obs, old, typed) -> deriveFromIdNumber(parser, typed));
        startNew();
    }

    /**
     * A typed ID number already says birth date, sex and hukou county: fill those while they are empty,
     * so staff only correct them (the registration form says 户籍地区划 is derived from the number).
     */
    private void deriveFromIdNumber(IdNumberParser parser, String typed) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        IdNumberCheck check = parser.check(typed);
        if (!check.valid()) {
            return;
        }
        fillIfEmpty("birthDate", check.birthDate() == null ? null : check.birthDate().toString());
        fillIfEmpty("sex", check.sex() == null ? null : check.sex().code());
        if (check.type() == IdNumberType.CITIZEN || check.type() == IdNumberType.LEGACY_15) {
            fillIfEmpty("hukouDivision", check.countyCode());
        }
    }

    private void fillIfEmpty(String field, String value) {
        if (value != null && form.value(field).get().isBlank() && form.isEditable(field)) {
            form.value(field).set(value);
        }
    }

    public FormViewModel form() { return form; }

    public ObjectProperty<Mode> modeProperty() { return mode; }

    public StringProperty noticeProperty() { return notice; }

    public BooleanProperty noticeIsWarningProperty() { return noticeIsWarning; }

    public StringProperty savedNumberProperty() { return savedNumber; }

    public BooleanProperty busyProperty() { return busy; }

    public Optional<Long> registrationId() { return Optional.ofNullable(registrationId); }

    /** A blank form with the values almost every registration has (证件类型 居民身份证, 本人申报, 窗口). */
    public void startNew() {
        form.unlockAll();
        form.restore(FormValues.builder()
                .set("documentType", "id-card").set("declarant", "self").set("channel", "counter")
                .set("arrivalDate", LocalDate.now(clock).toString())
                .set("operator", operator.login()).set("registrationDate", LocalDate.now(clock).toString())
                .group("companions").build());
        mode.set(Mode.NEW);
        registrationId = null;
        movedFrom = null;
        savedNumber.set("");
        say(Fxml.text("registration.notice.new"), false);
    }

    /**
     * A new registration starting from values prepared elsewhere (an online pre-application converted
     * at the counter): the blank form's defaults, overwritten by every non-blank given value.
     */
    public void startFromValues(FormValues values) {
        startNew();
        FormValues.Builder merged = form.snapshot().toBuilder();
        values.fields().forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                merged.set(field, value);
            }
        });
        values.groups().forEach((group, rows) -> rows.forEach(row -> merged.addRow(group, row)));
        form.restore(merged.build());
        say(Fxml.text("registration.notice.new"), false);
    }

    /** 换地登记 of a person registered at another station: a new registration from that one's values (ADR 0269). */
    public void startMovedFrom(FormValues values, MovedFrom from) {
        startFromValues(values);
        movedFrom = from;
        say(Fxml.text("registration.notice.movedFrom", from.stationCode(), from.registrationNumber()), false);
    }

    /** 省级查询 on this screen (online only, off the FX thread; ADR 0268); the composition root turns it on. */
    public ProvinceLookupModel useProvinceLookup(ProvinceLookup lookup) {
        province = new ProvinceLookupModel(lookup, operator, work, this);
        return province;
    }

    public Optional<ProvinceLookupModel> province() {
        return Optional.ofNullable(province);
    }

    /** 变更: the stored form, saved back onto the same registration. */
    public void loadForChange(RegistrationDetails d) {
        form.unlockAll();
        form.restore(d.values());
        mode.set(Mode.CHANGE);
        registrationId = d.summary().registrationId();
        version = d.version();
        savedNumber.set(d.summary().registrationNumber());
        say(Fxml.text(d.summary().lateRegistration() ? "registration.notice.changeLate" : "registration.notice.change",
                d.summary().registrationNumber()), false);
    }

    /** 换地登记: the stored form as a starting point for the new address. */
    public void loadForReRegistration(RegistrationDetails d) {
        loadForChange(d);
        mode.set(Mode.RE_REGISTER);
        say(Fxml.text("registration.notice.reRegister", d.summary().registrationNumber()), false);
    }

    /** A swiped card fills identity, locks what came from the chip and says where to type next. */
    public void fillFromCard(IdCardData card) {
        Map<String, String> fields = CardIdentity.formFields(card);
        form.unlockAll();
        fields.forEach((id, value) -> {
            form.value(id).set(value);
            form.lock(id);
        });
        if (photoDecoder != null) CardPhotos.fill(card, form, photoDecoder, work);
        if (card.isExpiredOn(LocalDate.now(clock))) {
            say(Fxml.text("registration.notice.cardExpired", card.validUntil()), true);
        } else {
            say(Fxml.text("registration.notice.cardRead"), false);
        }
    }

    /** Swiped cards' photos go into 相片 through {@code decoder} when it can decode them ({@link CardPhotos}). */
    public RegistrationViewModel decodingPhotosWith(PhotoDecoder decoder) {
        this.photoDecoder = decoder;
        return this;
    }

    /** Runs on the FX thread before saving: every message shown; what to save, or empty. */
    public Optional<SaveRequest> prepareSave() {
        ValidationResult result = form.validateAll();
        if (!result.isValid()) {
            say(Fxml.text("registration.notice.fix", result.errors().size()), true);
            return Optional.empty();
        }
        busy.set(true);
        return Optional.of(new SaveRequest(mode.get(), registrationId, version, form.snapshot(), movedFrom));
    }

    /** 保存 (Ctrl+S): validates on screen, then saves off the FX thread; problems show beside their fields. */
    public void save() {
        prepareSave().ifPresent(request -> work.run(() -> saveOnWorker(request), this::applySaveOutcome,
                invalid -> showProblems(invalid.fieldMessages()), this::showFailure));
    }

    /** Worker thread. */
    public SaveOutcome saveOnWorker(SaveRequest r) {
        try {
            SaveOutcome saved = switch (r.mode()) {
                case NEW -> new Saved(service.register(operator, r.values(), r.movedFrom()));
                case CHANGE -> new Saved(service.change(operator, r.registrationId(), r.version(), r.values()));
                case RE_REGISTER -> new Saved(service.reRegister(operator, r.registrationId(), r.values()));
            };
            if (r.mode() != Mode.CHANGE) {
                countPicks(r.values());
            }
            return saved;
        } catch (ActiveRegistrationExists e) {
            return new AlreadyActive(service.open(operator, e.registrationId()));
        }
    }

    /** Each registration counts its look-up picks once; a count that cannot be written never fails the save. */
    private void countPicks(FormValues values) {
        try {
            lookupUsage.record(LookupPicks.of(form.definition(), values));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(RegistrationViewModel.class).warn("look-up usage not counted", e);
        }
    }

    /** FX thread, after {@link #saveOnWorker}. */
    public void applySaveOutcome(SaveOutcome outcome) {
        busy.set(false);
        if (outcome instanceof Saved s) {
            Mode was = mode.get();
            Registered r = s.registered();
            form.restore(r.values());
            version = r.version();
            registrationId = r.registrationId();
            movedFrom = null;
            mode.set(Mode.CHANGE);
            savedNumber.set(r.registrationNumber());
            discardDraft();
            String key = was == Mode.CHANGE
                    ? (r.lateRegistration() ? "registration.notice.changedLate" : "registration.notice.changed")
                    : (r.lateRegistration() ? "registration.notice.savedLate" : "registration.notice.saved");
            say(Fxml.text(key, r.registrationNumber()), false);
        } else if (outcome instanceof AlreadyActive a) {
            // Keep what was typed (a new address, a new phone) and turn it into a change of the active one.
            registrationId = a.existing().summary().registrationId();
            version = a.existing().version();
            mode.set(Mode.CHANGE);
            form.value("registrationNumber").set(a.existing().summary().registrationNumber());
            form.value("registrationDate").set(a.existing().values().get("registrationDate"));
            savedNumber.set(a.existing().summary().registrationNumber());
            say(Fxml.text("registration.notice.alreadyActive", a.existing().summary().registrationNumber()), true);
        }
    }

    /** FX thread: the registration a certificate can be printed for (saved, not edited since), if any. */
    public Optional<CertificateRequest> certificateRequest() {
        return canPrint() ? Optional.of(new CertificateRequest(registrationId, savedNumber.get())) : Optional.empty();
    }

    /**
     * 打印凭证: a preview of the saved registration's certificate, filled off the FX thread; each print and
     * PDF export from it is audited. Empty (with a notice) while the form has unsaved edits.
     */
    public Optional<PrintPreviewViewModel> openCertificatePreview(PrinterSettingsStore settings) {
        Optional<CertificateRequest> request = certificateRequest();
        if (request.isEmpty()) {
            showFailure(Fxml.text("registration.notice.notSaved"));
        }
        return request.map(r -> output.openPreview(r, settings));
    }

    /** 导出PDF: the certificate written to {@code target} off the FX thread; audited. */
    public void exportCertificate(CertificateRequest request, Path target) {
        output.export(request, target);
    }

    /** Worker thread: the certificate as a PDF file; audited. */
    public ExportOutcome exportCertificateOnWorker(CertificateRequest r, Path target) {
        return output.exportOnWorker(r, target);
    }

    /** A certificate exists only for a saved registration whose form has not been edited since. */
    public boolean canPrint() {
        return registrationId != null && !form.isDirty();
    }

    public void showProblems(Map<String, String> byField) {
        busy.set(false);
        form.showExternalMessages(byField);
        say(byField.values().iterator().next(), true);
    }

    public void showInfo(String message) {
        say(message, false);
    }

    public void showFailure(String message) {
        busy.set(false);
        say(message, true);
    }

    private String draftKey() {
        return "registration-" + operator.login();
    }

    /** Snapshot taken on the FX thread; written by {@link #writeDraft} on a worker. */
    public Optional<String> draftToWrite() {
        if (!form.isDirty()) {
            return Optional.empty();
        }
        return Optional.of(codec.toJson(form.definition().id(), form.definition().version(), form.snapshot()));
    }

    public void writeDraft(String json) {
        drafts.save(draftKey(), json);
    }

    /** The draft timer: writes what was typed off the FX thread (nothing when the form is unchanged). */
    public void saveDraft() {
        draftToWrite().ifPresent(json -> work.run(() -> {
            writeDraft(json);
            return null;
        }, ignored -> { }, invalid -> { }, message -> { }));
    }

    /** 解锁: card fields become editable again; the unlock is audited. */
    public void unlockCardFields() {
        form.unlockAll();
        work.run(() -> {
            service.recordCardFieldsUnlocked(operator);
            return null;
        }, ignored -> { }, invalid -> { }, this::showFailure);
    }

    /** The demo reader's 模拟刷卡: the reader answers off the FX thread; a failure shows in the notice. */
    public void simulateSwipe(Runnable swipe) {
        work.run(() -> {
            swipe.run();
            return null;
        }, ignored -> { }, invalid -> { }, this::showFailure);
    }

    /** A draft left by a crash or power cut, offered once at start. */
    public Optional<FormValues> pendingDraft() {
        try {
            return drafts.load(draftKey()).map(codec::fromJson);
        } catch (IllegalStateException unreadable) {
            drafts.discard(draftKey());
            return Optional.empty();
        }
    }

    public void restoreDraft(FormValues draft) {
        startNew();
        form.restore(draft);
        say(Fxml.text("registration.notice.draftRestored"), false);
    }

    public void discardDraft() {
        drafts.discard(draftKey());
    }

    private void say(String text, boolean warning) {
        notice.set(text);
        noticeIsWarning.set(warning);
    }
}
