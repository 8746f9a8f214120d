package org.residencedesk.service.register;

import java.util.List;
import java.util.Map;
import org.residencedesk.domain.register.HouseSummary;
import org.residencedesk.domain.register.Stay;
import org.residencedesk.domain.registration.RegistrationSummary;

/**
 * A house with the people registered as living there now and before (ID numbers masked).
 *
 * @param occupantsNow    active registrations naming the house, newest first
 * @param occupantsBefore ended registrations (moved out, superseded), newest first
 * @param stays           arrival and end date of each registration above, by registration id
 */
public record HousePage(HouseRecord house, HouseSummary summary, List<RegistrationSummary> occupantsNow,
                        List<RegistrationSummary> occupantsBefore, Map<Long, Stay> stays) {
    /** When the registrant of {@code registrationId} came and left (no dates when unknown). */
    public Stay stayOf(long registrationId) {
        return stays.getOrDefault(registrationId, new Stay(null, null));
    }

    public boolean overCapacity() {
        return summary.overCapacity();
    }

    /** People lived here and nobody does now. */
    public boolean allMovedOut() {
        return occupantsNow.isEmpty() && !occupantsBefore.isEmpty();
    }
}
