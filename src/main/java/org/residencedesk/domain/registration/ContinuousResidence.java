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

    /** A registration before the current one that has ended: registered on, ended on, and its id (ties). */
    public record Ended(LocalDate registeredOn, LocalDate endDate, long id) {
        public Ended {
            Objects.requireNonNull(registeredOn, "registeredOn");
            Objects.requireNonNull(endDate, "endDate");
        }
    }

    /**
     * @param current every registration is judged relative to this one (normally the active one)
     * @param all     the person's registrations at this station, in any order (may include {@code current})
     */
    public static LocalDate since(ResidenceRegistration current, List<ResidenceRegistration> all) {
        Objects.requireNonNull(current, "current");
        return since(current.registeredOn(), all.stream()
                .filter(r -> !r.id().equals(current.id()))
                .filter(r -> r.endDate() != null)
                .map(r -> new Ended(r.registeredOn(), r.endDate(), r.id()))
                .toList());
    }

    /**
     * The same rule on plain dates (bulk demo permits read them by JDBC, ADR 0390).
     *
     * @param currentRegisteredOn the current registration's registration date
     * @param ended               the person's other registrations that have ended, in any order
     */
    public static LocalDate since(LocalDate currentRegisteredOn, List<Ended> ended) {
        List<Ended> earlier = ended.stream()
                .filter(r -> !r.registeredOn().isAfter(currentRegisteredOn))
                .sorted(Comparator.comparing(Ended::registeredOn).thenComparing(Ended::id).reversed())
                .toList();
        LocalDate start = currentRegisteredOn;
        for (Ended r : earlier) {
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
