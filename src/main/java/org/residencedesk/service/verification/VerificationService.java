package org.residencedesk.service.verification;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.permit.Endorsement;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.registration.Person;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.domain.registration.ResidenceRegistration;
import org.residencedesk.domain.station.Station;
import org.residencedesk.domain.verification.ResidenceProof;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.CodeSigner;
import org.residencedesk.port.Counters;
import org.residencedesk.port.PermitRepository;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.RegistrationRepository;
import org.residencedesk.port.ResidenceProofRepository;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.Requires;
import org.residencedesk.service.TextRules;
import org.residencedesk.service.ValidationFailure;

/**
 * 政务共享查询 (issue 14 item 5): other departments check a permit (number + holder's name) or a printed 居住证明
 * (its verification code) at the station. Answers carry no more personal data than the question (ADR 0225), and
 * every answer is audited with what it said. The 居住证明 itself is printed here (ADR 0223, 0224).
 */
public final class VerificationService {
    static final String PERMIT = "PERMIT";
    static final String PROOF = "RESIDENCE_PROOF";

    private final Transactions tx;
    private final PermitRepository permits;
    private final RegistrationRepository registrations;
    private final StationRepository stations;
    private final ResidenceProofRepository proofs;
    private final CodeSigner signer;
    private final Counters counters;
    private final AuditLog audit;
    private final MasterData masterData;
    private final Clock clock;

    public VerificationService(Transactions tx, PermitRepository permits, RegistrationRepository registrations,
                               StationRepository stations, ResidenceProofRepository proofs, CodeSigner signer,
                               Counters counters, AuditLog audit, MasterData masterData, Clock clock) {
        this.tx = tx;
        this.permits = permits;
        this.registrations = registrations;
        this.stations = stations;
        this.proofs = proofs;
        this.signer = signer;
        this.counters = counters;
        this.audit = audit;
        this.masterData = masterData;
        this.clock = clock;
    }

    /**
     * 居住证核验: the permit's status, validity and last endorsement when the number exists and the name is the
     * holder's; otherwise {@link PermitVerdict.Status#NOT_FOUND} (a wrong name says nothing about the number).
     */
    @Requires(Permission.VERIFY)
    public PermitVerdict verifyPermit(Operator op, String permitNumber, String name) {
        op.require(Permission.VERIFY);
        Problems p = new Problems();
        TextRules.checkText(p, "permitNumber", permitNumber, 30);
        TextRules.checkText(p, "name", name, 50);
        p.throwIfAny();
        String number = permitNumber.strip();
        return tx.inTransaction(() -> {
            PermitVerdict verdict = permits.summaryByPermitNumber(number)
                    .filter(s -> registrations.findPerson(s.personId()).map(Person::name)
                            .filter(held -> sameName(held, name)).isPresent())
                    .map(this::verdict)
                    .orElseGet(() -> PermitVerdict.notFound(number));
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_VERIFIED, PERMIT, number,
                    "result=" + verdict.status()));
            return verdict;
        });
    }

    /** Checks a 居住证明's code: what it certified, or refused when forged, altered or mistyped. */
    @Requires(Permission.VERIFY)
    public ProofVerdict verifyProof(Operator op, String typedCode) {
        op.require(Permission.VERIFY);
        Optional<String> code = ProofCode.read(typedCode);
        return tx.inTransaction(() -> {
            ProofVerdict verdict = code.map(this::proofVerdict).orElse(ProofVerdict.refused(ProofVerdict.Status.MALFORMED));
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_VERIFIED, PROOF,
                    verdict.proofNumber(), "result=" + verdict.status()));
            return verdict;
        });
    }

    /**
     * 开具居住证明 for the person's active registration: stores what it certifies, signs it and returns the document
     * to print (the printing itself is audited by the print path). @throws ValidationFailure not found or not active
     */
    @Requires(Permission.CERTIFICATE_PRINT)
    public PrintDocument residenceProof(Operator op, long registrationId) {
        op.require(Permission.CERTIFICATE_PRINT);
        return tx.inTransaction(() -> {
            ResidenceRegistration reg = registrations.findById(registrationId).orElseThrow(() ->
                    new ValidationFailure(Map.of("form", Problems.message("registration.notFound"))));
            if (reg.status() != RegistrationStatus.ACTIVE) {
                throw new ValidationFailure(Map.of("form", Problems.message("verification.proof.notActive")));
            }
            Station station = stations.find().orElseThrow();
            LocalDate today = LocalDate.now(clock);
            String number = station.code().value() + "-" + today.getYear() + "-"
                    + String.format("%06d", counters.next("residence-proof:" + today.getYear()));
            Person person = reg.person();
            ResidenceProof proof = new ResidenceProof(number, reg.id(), reg.registrationNumber(), person.name(),
                    IdNumber.mask(person.idNumber()), reg.addressText(), reg.arrivalDate(), today, clock.instant(),
                    op.login());
            proof.assignCode(ProofCode.of(signer.sign(proof.signedText())));
            proofs.save(proof);
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CREATED, PROOF, number,
                    "registration=" + reg.registrationNumber()));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("stationName", station.name());
            p.put("documentNumber", number);
            p.put("operatorName", op.displayName());
            p.put("printedAt", LocalDateTime.now(clock).format(DateFormats.DATE_TIME));
            p.put("name", person.name());
            p.put("sex", person.sex() == null ? "" : masterData.codeTable("sex").byCode(person.sex())
                    .map(CodeEntry::name).orElse(""));
            p.put("idNumber", person.idNumber());
            p.put("residenceAddress", reg.addressText());
            p.put("residentSince", reg.arrivalDate().format(DateFormats.CHINESE_DATE));
            p.put("registrationNumber", reg.registrationNumber());
            p.put("issuedDate", today.format(DateFormats.CHINESE_DATE));
            p.put("verificationCode", ProofCode.printed(proof.code()));
            return PrintDocument.of(DocumentType.RESIDENCE_PROOF, p);
        });
    }

    private PermitVerdict verdict(PermitSummary s) {
        Optional<PermitApplication> permit = permits.find(s.id());
        LocalDate from = permit.flatMap(PermitApplication::cardValidFrom).orElse(s.issuedOn());
        LocalDate lastEndorsed = permit.map(PermitApplication::endorsements).filter(e -> !e.isEmpty())
                .map(e -> e.get(e.size() - 1)).map(Endorsement::endorsedOn).orElse(null);
        LocalDate today = LocalDate.now(clock);
        PermitVerdict.Status status = switch (s.status()) {
            case ISSUED -> (s.nextAnniversary() != null && !today.isBefore(s.nextAnniversary()))
                    || (s.validUntil() != null && today.isAfter(s.validUntil()))
                    ? PermitVerdict.Status.SUSPENDED : PermitVerdict.Status.VALID;
            case SUSPENDED -> PermitVerdict.Status.SUSPENDED;
            case CANCELLED -> PermitVerdict.Status.CANCELLED;
            default -> null;
        };
        if (status == null) {
            return PermitVerdict.notFound(s.permitNumber());
        }
        return new PermitVerdict(status, s.permitNumber(), from, s.validUntil(), lastEndorsed);
    }

    private ProofVerdict proofVerdict(String code) {
        Optional<ResidenceProof> found = proofs.findByCode(code)
                .filter(p -> ProofCode.of(signer.sign(p.signedText())).equals(code));
        if (found.isEmpty()) {
            return ProofVerdict.refused(ProofVerdict.Status.NOT_FOUND);
        }
        ResidenceProof p = found.get();
        return new ProofVerdict(ProofVerdict.Status.GENUINE, p.proofNumber(), p.personName(), p.maskedIdNumber(),
                p.addressText(), p.residentSince(), p.issuedOn(), stillActive(p.registrationId()));
    }

    private boolean stillActive(long registrationId) {
        return registrations.findById(registrationId)
                .map(r -> r.status() == RegistrationStatus.ACTIVE).orElse(false);
    }

    /** Names compare without spaces and with the usual middle dots of minority names made one. */
    static boolean sameName(String held, String asked) {
        return canonical(held).equals(canonical(asked));
    }

    private static String canonical(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s", "")
                .replaceAll("[·•‧・.]", "·");
    }
}
