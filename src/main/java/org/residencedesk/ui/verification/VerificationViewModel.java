package org.residencedesk.ui.verification;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.RegistrationService;
import org.residencedesk.service.verification.PermitVerdict;
import org.residencedesk.service.verification.ProofVerdict;
import org.residencedesk.service.verification.VerificationService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;

/**
 * The 核验 screen without a window: a permit by number and name, a 居住证明 by its code, and a new 居住证明 for a
 * person's active registration (handed to {@code onDocument} for preview and printing).
 */
public final class VerificationViewModel {
    final StringProperty permitNumber = new SimpleStringProperty("");
    final StringProperty holderName = new SimpleStringProperty("");
    final StringProperty permitAnswer = new SimpleStringProperty("");
    final StringProperty code = new SimpleStringProperty("");
    final StringProperty proofAnswer = new SimpleStringProperty("");
    final StringProperty proofIdNumber = new SimpleStringProperty("");
    final StringProperty proofMessage = new SimpleStringProperty("");

    private final VerificationService verification;
    private final RegistrationService registration;
    private final Operator operator;
    private final BackgroundWork work;
    private final Consumer<PrintDocument> onDocument;

    public VerificationViewModel(VerificationService verification, RegistrationService registration, Operator operator,
                                 BackgroundWork work, Consumer<PrintDocument> onDocument) {
        this.verification = verification;
        this.registration = registration;
        this.operator = operator;
        this.work = work;
        this.onDocument = onDocument;
    }

    boolean mayIssueProof() {
        return operator.may(Permission.CERTIFICATE_PRINT) && operator.may(Permission.REGISTRATION_SEARCH);
    }

    void verifyPermit() {
        work.run(() -> verification.verifyPermit(operator, permitNumber.get(), holderName.get()),
                v -> permitAnswer.set(describe(v)), invalid -> permitAnswer.set(first(invalid)), permitAnswer::set);
    }

    void verifyCode() {
        work.run(() -> verification.verifyProof(operator, code.get()), v -> proofAnswer.set(describe(v)),
                invalid -> proofAnswer.set(first(invalid)), proofAnswer::set);
    }

    void issueProof() {
        work.run(() -> registration.activeRegistrationOf(operator, proofIdNumber.get())
                        .map(r -> verification.residenceProof(operator, r.registrationId())),
                document -> document.ifPresentOrElse(d -> {
                    proofMessage.set(Fxml.text("verification.issued", d.parameters().get("verificationCode")));
                    onDocument.accept(d);
                }, () -> proofMessage.set(Fxml.text("verification.noActiveRegistration"))),
                invalid -> proofMessage.set(first(invalid)), proofMessage::set);
    }

    static String describe(PermitVerdict v) {
        String status = Fxml.text(v.status().labelKey());
        if (v.status() == PermitVerdict.Status.NOT_FOUND) {
            return status;
        }
        return Fxml.text("verification.permit.answer", status, date(v.validFrom()), date(v.validUntil()),
                v.lastEndorsedOn() == null ? Fxml.text("verification.permit.noEndorsement") : date(v.lastEndorsedOn()));
    }

    static String describe(ProofVerdict v) {
        String status = Fxml.text(v.status().labelKey());
        if (v.status() != ProofVerdict.Status.GENUINE) {
            return status;
        }
        return Fxml.text("verification.proof.answer", status, v.proofNumber(), v.name(), v.maskedIdNumber(),
                v.address(), date(v.residentSince()), date(v.issuedOn()),
                Fxml.text(Boolean.TRUE.equals(v.stillRegistered()) ? "verification.proof.stillRegistered"
                        : "verification.proof.noLongerRegistered"));
    }

    private static String date(java.time.LocalDate d) {
        return d == null ? "" : d.format(DateFormats.CHINESE_DATE);
    }

    private static String first(org.residencedesk.service.ValidationFailure invalid) {
        return invalid.fieldMessages().values().iterator().next();
    }
}
