package org.residencedesk.service.register;

import java.util.List;
import org.residencedesk.domain.register.HouseSummary;
import org.residencedesk.domain.registration.RegistrationSummary;

/**
 * A house with the people registered as living there now and before (ID numbers masked).
 *
 * @param occupantsNow    active registrations naming the house, newest first
 * @param occupantsBefore ended registrations (moved out, superseded), newest first
 */
public record HousePage(HouseRecord house, HouseSummary summary, List<RegistrationSummary> occupantsNow,
                        List<RegistrationSummary> occupantsBefore) {
    public boolean overCapacity() {
        return summary.overCapacity();
    }

    /** People lived here and nobody does now. */
    public boolean allMovedOut() {
        return occupantsNow.isEmpty() && !occupantsBefore.isEmpty();
    }
}
