package org.residencedesk.service.permit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.address.AddressComposer;
import org.residencedesk.domain.address.AddressParts;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.permit.Endorsement;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.MaterialRequirement;
import org.residencedesk.domain.permit.MissingMaterialsNotice;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitMessages;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PrintRequest;
import org.residencedesk.domain.registration.ResidenceRegistration;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.service.Operator;

/**
 * Fills the permit documents' parameters (print-templates/README.md): codes turned into names, dates
 * formatted as printed. Pure apart from the clock's "printed at".
 */
final class PermitDocuments {
    private static final DateTimeFormatter PRINTED_AT = DateFormats.DATE_TIME;
    private static final DateTimeFormatter VALIDITY = DateFormats.CARD_DATE;

    private final MasterData masterData;
    private final PermitPolicy policy;
    private final Clock clock;

    PermitDocuments(MasterData masterData, PermitPolicy policy, Clock clock) {
        this.masterData = masterData;
        this.policy = policy;
        this.clock = clock;
    }

    /** 一次性告知单: one row per missing requirement. */
    PrintDocument missingMaterialsNotice(Subject s, Operator op, MissingMaterialsNotice notice) {
        Map<String, Object> p = common(s, op, s.permit().id().substring(0, 8).toUpperCase());
        p.put("applicationType", applicationType(s.permit()));
        p.put("noticeDate", PermitMessages.date(notice.issuedOn()));
        List<Map<String, Object>> rows = notice.missing().stream().map(r -> row(r, notice.minor())).toList();
        return PrintDocument.withRows(DocumentType.MISSING_MATERIALS_NOTICE, p, rows);
    }

    private static Map<String, Object> row(MaterialRequirement r, boolean minor) {
        List<MaterialKind> kinds = r.acceptable(minor);
        String requirement = kinds.size() == 1 ? PermitMessages.label(kinds.get(0))
                : PermitMessages.text("permit.service.notice.choices", kinds);
        return Map.of("material", PermitMessages.label(r), "requirement", requirement);
    }

    /** 受理回执. */
    PrintDocument acceptanceReceipt(Subject s, Operator op, String stationName) {
        PermitApplication a = s.permit();
        Map<String, Object> p = common(s, op, a.acceptanceNumber().orElseThrow());
        p.put("applicationType", applicationType(a));
        p.put("acceptedDate", PermitMessages.date(a.acceptedOn().orElseThrow()));
        p.put("promisedDate", PermitMessages.date(a.promisedOn().orElseThrow()));
        p.put("pickupPlace", stationName);
        return PrintDocument.of(DocumentType.ACCEPTANCE_RECEIPT, p);
    }

    /** 不予批准通知书. */
    PrintDocument rejectionNotice(Subject s, Operator op) {
        PermitApplication a = s.permit();
        Map<String, Object> p = common(s, op, a.acceptanceNumber().orElseThrow());
        p.put("applicationType", applicationType(a));
        p.put("applicationDate", PermitMessages.date(a.submittedOn()));
        p.put("decisionDate", PermitMessages.date(LocalDate.now(clock)));
        p.put("reason", a.rejectionReason().orElse(""));
        p.put("legalBasis", PermitMessages.text("permit.service.legalBasis"));
        return PrintDocument.of(DocumentType.REJECTION_NOTICE, p);
    }

    /**
     * 居住证卡片 for {@code request}: validity exactly as the record holds it (ADR 0143) — the running
     * schedule, or for a card not yet handed over the date its first print fixed (today for the first print).
     */
    PrintDocument card(Subject s, Operator op, PrintRequest request, String issuingAuthority) {
        PermitApplication a = s.permit();
        FormValues v = s.form();
        Map<String, Object> p = common(s, op, request.permitNumber());
        LocalDate today = LocalDate.now(clock);
        LocalDate from = a.cardValidFrom().orElse(today);
        LocalDate until = a.validUntil(policy).orElse(policy.expiryFor(from));
        p.put("sex", codeName("sex", v.get("sex")));
        p.put("ethnicity", codeName("ethnic-groups", v.get("ethnicGroup")));
        p.put("birthDate", isoDate(v.get("birthDate")));
        p.put("residenceAddress", AddressComposer.printedResidence(masterData.path(v.get("residenceDivision")),
                AddressParts.of(v.fields())));
        p.put("hukouAddress", AddressComposer.hukou(masterData.path(v.get("hukouDivision")), v.get("hukouAddress")));
        org.residencedesk.domain.form.PhotoValue.decode(v.get("photo")).ifPresent(photo -> p.put("photo", photo));
        p.put("issuingAuthority", issuingAuthority);
        p.put("issueDate", PermitMessages.date(today));
        p.put("validity", VALIDITY.format(from) + "-" + VALIDITY.format(until));
        return PrintDocument.of(DocumentType.PERMIT_CARD, p);
    }

    /** 领取回执 for the latest handover. */
    PrintDocument issuanceReceipt(Subject s, Operator op) {
        PermitApplication a = s.permit();
        String number = a.permitNumber().orElseThrow();
        Map<String, Object> p = common(s, op, number);
        Handover h = a.handovers().get(a.handovers().size() - 1);
        p.put("permitNumber", number);
        p.put("issuedDate", PermitMessages.date(a.lastIssuedOn().orElseThrow()));
        p.put("collectorName", h.byHolder() ? s.name() : h.collectorName());
        p.put("collectorIdNumber", h.byHolder() ? s.idNumber() : h.collectorIdNumber().value());
        p.put("collectorRelation", h.byHolder() ? PermitMessages.text("permit.service.collector.holder")
                : h.relationship());
        return PrintDocument.of(DocumentType.ISSUANCE_RECEIPT, p);
    }

    /** 签注凭证 for the latest endorsement. */
    PrintDocument endorsementRecord(Subject s, Operator op) {
        PermitApplication a = s.permit();
        Endorsement e = a.endorsements().get(a.endorsements().size() - 1);
        String permitNumber = a.permitNumber().orElseThrow();
        Map<String, Object> p = common(s, op, permitNumber + "-" + a.endorsements().size());
        p.put("permitNumber", permitNumber);
        p.put("endorsementYear", e.late() ? PermitMessages.text("permit.service.endorsement.late")
                : PermitMessages.text("permit.service.endorsement.year",
                a.endorsementSchedule().orElseThrow().endorsedYears()));
        p.put("endorsementDate", PermitMessages.date(e.endorsedOn()));
        p.put("validUntil", PermitMessages.date(a.validUntil(policy).orElseThrow()));
        return PrintDocument.of(DocumentType.ENDORSEMENT_RECORD, p);
    }

    private Map<String, Object> common(Subject s, Operator op, String documentNumber) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("stationName", s.stationName());
        p.put("documentNumber", documentNumber);
        p.put("operatorName", op.displayName());
        p.put("printedAt", LocalDateTime.now(clock).format(PRINTED_AT));
        p.put("name", s.name());
        p.put("idNumber", s.idNumber());
        return p;
    }

    private static String applicationType(PermitApplication a) {
        return PermitMessages.text("permit.service.applicationType." + a.printCycle().name());
    }

    private String codeName(String table, String code) {
        return masterData.codeTable(table).byCode(code).map(CodeEntry::name).orElse("");
    }

    private static String isoDate(String iso) {
        return iso == null || iso.isBlank() ? "" : PermitMessages.date(LocalDate.parse(iso));
    }

    /** Everything a document needs about the permit's holder, loaded in the step's transaction. */
    record Subject(PermitApplication permit, ResidenceRegistration registration, FormValues form,
                   String stationName) {
        String name() {
            return registration.person().name();
        }

        String idNumber() {
            return registration.person().idNumber();
        }
    }
}
