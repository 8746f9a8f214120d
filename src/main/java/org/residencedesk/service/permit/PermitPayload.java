package org.residencedesk.service.permit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.permit.ApplicantCircumstances;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.registration.ResidenceRegistration;
import org.residencedesk.port.PermitSummary;

/**
 * The full current state of a permit for a platform event (PLATFORM-API §1): codes as enum names, dates
 * ISO-8601, the holder's ID number in full, the registration it rests on. The step history is not
 * repeated: the events themselves are the history.
 */
final class PermitPayload {
    private PermitPayload() {
    }

    static Map<String, Object> of(PermitApplication a, PermitSummary s, ResidenceRegistration reg, PermitPolicy policy) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("permitId", a.id());
        p.put("status", a.status().name());
        p.put("idNumber", reg.person().idNumber());
        p.put("registrationNumber", reg.registrationNumber());
        a.acceptanceNumber().ifPresent(n -> p.put("acceptanceNumber", n));
        a.permitNumber().ifPresent(n -> p.put("permitNumber", n));
        ApplicantCircumstances c = a.circumstances();
        p.put("basis", c.basis() == null ? null : c.basis().name());
        p.put("representation", c.representation().name());
        p.put("residenceStart", iso(c.registrationStart()));
        p.put("materials", a.presentedMaterials().stream().map(Enum::name).sorted().toList());
        p.put("submittedOn", iso(a.submittedOn()));
        p.put("acceptedOn", iso(s.acceptedOn()));
        p.put("promisedOn", iso(s.promisedOn()));
        a.reviewedBy().ifPresent(r -> p.put("reviewedBy", r));
        a.reviewedAt().ifPresent(r -> p.put("reviewedAt", r.toString()));
        a.rejectionReason().ifPresent(r -> p.put("rejectionReason", r));
        p.put("printCycle", a.printCycle().name());
        p.put("issuedOn", iso(s.issuedOn()));
        p.put("nextAnniversary", iso(s.nextAnniversary()));
        p.put("validUntil", iso(s.validUntil()));
        p.put("prints", a.prints().stream().map(r -> row("type", r.type().name(), "cycle", r.cycle().name(),
                "permitNumber", r.permitNumber(), "printedOn", iso(r.printedOn()), "reason", r.reason(),
                "authorisedBy", r.authorisedBy())).toList());
        p.put("handovers", a.handovers().stream().map(h -> h.byHolder() ? row("byHolder", true)
                : row("byHolder", false, "collectorName", h.collectorName(),
                "collectorIdNumber", h.collectorIdNumber().value(), "relationship", h.relationship())).toList());
        p.put("endorsements", a.endorsements().stream().map(e -> row("endorsedOn", iso(e.endorsedOn()),
                "anniversary", iso(e.anniversary()), "late", e.late())).toList());
        p.put("fees", a.fees().stream().map(f -> row("kind", f.kind().name(), "amountFen", f.amountFen(),
                "chargedOn", iso(f.chargedOn()))).toList());
        a.cancellationReason().ifPresent(r -> p.put("cancellationReason", r.name()));
        a.cancellationNote().ifPresent(n -> p.put("cancellationNote", n));
        p.put("cancelledOn", iso(s.cancelledOn()));
        return p;
    }

    private static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
