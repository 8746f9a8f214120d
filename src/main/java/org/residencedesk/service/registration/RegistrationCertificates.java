package org.residencedesk.service.registration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.address.AddressComposer;
import org.residencedesk.domain.address.AddressParts;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.registration.ResidenceRegistration;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.RegistrationRepository;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;
import org.residencedesk.service.Problems;
import org.residencedesk.service.ValidationFailure;

/** Builds the 居住登记凭证 of a stored registration, with codes turned into names and dates as printed. */
public final class RegistrationCertificates {
    static final DateTimeFormatter PRINTED_DATE = DateFormats.CHINESE_DATE;
    static final DateTimeFormatter PRINTED_AT = DateFormats.DATE_TIME;

    private final Transactions tx;
    private final RegistrationRepository registrations;
    private final StationRepository stations;
    private final AuditLog audit;
    private final FormCodec codec;
    private final MasterData masterData;
    private final Clock clock;

    public RegistrationCertificates(Transactions tx, RegistrationRepository registrations, StationRepository stations,
                                    AuditLog audit, FormCodec codec, MasterData masterData, Clock clock) {
        this.tx = tx;
        this.registrations = registrations;
        this.stations = stations;
        this.audit = audit;
        this.codec = codec;
        this.masterData = masterData;
        this.clock = clock;
    }

    /** The certificate with the person's data; building it is audited as a look at the record. */
    @Requires(Permission.CERTIFICATE_PRINT)
    public PrintDocument certificate(Operator op, long registrationId) {
        op.require(Permission.CERTIFICATE_PRINT);
        return tx.inTransaction(() -> {
            ResidenceRegistration reg = registrations.findById(registrationId).orElseThrow(() ->
                    new ValidationFailure(Map.of("form", Problems.message("registration.notFound"))));
            Station station = stations.find().orElseThrow();
            FormValues v = codec.fromJson(reg.formJson());
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_VIEWED, RegistrationService.AGGREGATE,
                    reg.registrationNumber(), "certificate"));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("stationName", station.name());
            p.put("documentNumber", reg.registrationNumber());
            p.put("operatorName", op.displayName());
            p.put("printedAt", LocalDateTime.now(clock).format(PRINTED_AT));
            p.put("name", reg.person().name());
            p.put("sex", codeName("sex", v.get("sex")));
            p.put("ethnicity", codeName("ethnic-groups", v.get("ethnicGroup")));
            p.put("birthDate", date(v.get("birthDate")));
            p.put("idNumber", reg.person().idNumber());
            p.put("hukouAddress", AddressComposer.hukou(masterData.path(v.get("hukouDivision")), v.get("hukouAddress")));
            List<Division> residence = masterData.path(v.get("residenceDivision"));
            p.put("residenceAddress", AddressComposer.printedResidence(residence, AddressParts.of(v.fields())));
            p.put("residenceCommunity", AddressComposer.committee(residence));
            p.put("residenceReason", codeName("residence-reasons", v.get("residenceReason")));
            p.put("arrivalDate", reg.arrivalDate().format(PRINTED_DATE));
            p.put("registrationDate", reg.registeredOn().format(PRINTED_DATE));
            return PrintDocument.of(DocumentType.REGISTRATION_CERTIFICATE, p);
        });
    }

    private String codeName(String table, String code) {
        return masterData.codeTable(table).byCode(code).map(CodeEntry::name).orElse("");
    }

    private static String date(String iso) {
        return iso == null || iso.isBlank() ? "" : LocalDate.parse(iso).format(PRINTED_DATE);
    }
}
