package org.residencedesk.domain.registration;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Since when a person has lived here without a break, as the station's registrations show it (ADR 0170): the
 * registration date (登记日期, not the arrival date the person declares) of the first registration of the
 * unbroken chain that ends in the current one. A registration before it belongs to the chain when it ended
 * (换地登记 or 注销) no earlier than the day before the next one was registered; a longer gap starts anew.
 */
public final class ContinuousResidence {
    private ContinuousResidence() {
    }

    /**
     * @param current every registration is judged relative to this one (normally the active one)
     * @param all     the person's registrations at this station, in any order (may include {@code current})
     */
    public static LocalDate since(ResidenceRegistration current, List<ResidenceRegistration> all) {
        Objects.requireNonNull(current, "current");
        List<ResidenceRegistration> earlier = all.stream()
                .filter(r -> !r.id().equals(current.id()))
                .filter(r -> r.endDate() != null && !r.registeredOn().isAfter(current.registeredOn()))
                .sorted(Comparator.comparing(ResidenceRegistration::registeredOn)
                        .thenComparing(ResidenceRegistration::id).reversed())
                .toList();
        LocalDate start = current.registeredOn();
        for (ResidenceRegistration r : earlier) {
            if (r.endDate().isBefore(start.minusDays(1))) {
                break;
            }
            if (r.registeredOn().isBefore(start)) {
                start = r.registeredOn();
            }
        }
        return start;
    }
}
