package org.residencedesk.service.permit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residencedesk.port.PermitSummary;

/** One permit as an export row (export --what permits): numbers, status, dates as ISO text, endorsements. */
public final class ExportRow {
    /** The keys of every row, in order (the CSV header). */
    public static final List<String> COLUMNS = List.of("id", "personId", "registrationId", "status", "statusSince",
            "acceptanceNumber", "permitNumber", "submittedOn", "acceptedOn", "promisedOn", "approvedOn", "printedOn",
            "issuedOn", "nextAnniversary", "validUntil", "cancelledOn", "endorsements");

    private ExportRow() {
    }

    static Map<String, Object> of(PermitSummary s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id());
        row.put("personId", s.personId());
        row.put("registrationId", s.registrationId());
        row.put("status", s.status().name());
        row.put("statusSince", iso(s.statusSince()));
        row.put("acceptanceNumber", s.acceptanceNumber());
        row.put("permitNumber", s.permitNumber());
        row.put("submittedOn", iso(s.submittedOn()));
        row.put("acceptedOn", iso(s.acceptedOn()));
        row.put("promisedOn", iso(s.promisedOn()));
        row.put("approvedOn", iso(s.approvedOn()));
        row.put("printedOn", iso(s.printedOn()));
        row.put("issuedOn", iso(s.issuedOn()));
        row.put("nextAnniversary", iso(s.nextAnniversary()));
        row.put("validUntil", iso(s.validUntil()));
        row.put("cancelledOn", iso(s.cancelledOn()));
        row.put("endorsements", s.endorsementCount());
        return row;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
