package org.residencedesk.service.demodata;

import java.util.Map;
import org.residencedesk.domain.permit.PermitStatus;

/** What a run wrote: the registrations and, on a demo station, permits per status. */
public record DemoDataOutcome(DemoDataResult registrations, Map<PermitStatus, Integer> permits) {
    public int permitCount() {
        return permits.values().stream().mapToInt(Integer::intValue).sum();
    }
}
