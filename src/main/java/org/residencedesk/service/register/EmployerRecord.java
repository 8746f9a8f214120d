package org.residencedesk.service.register;

import java.time.Instant;

/** A stored employer: its normalised form and the version a change must name. */
public record EmployerRecord(long id, int version, EmployerForm form, String addressText, Instant createdAt,
                             String createdBy) {
    public String creditCode() {
        return form.creditCode();
    }
}
