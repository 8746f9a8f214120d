package org.residencedesk.service.outflow;

import java.time.LocalDate;

/**
 * An {@code OUTFLOW_NOTICE} message of the platform inbox (PLATFORM-API §2, contract 1.1): a person whose hukou
 * lies in this station's area registered ({@link Change#ARRIVED}) or ended ({@link Change#LEFT}) a residence
 * registration at another station. Field names as in the contract; {@code employer} and {@code mobile} may be null.
 */
public record OutflowNotice(Change change, String idNumber, String name, String hukouDivision,
                            String residenceDivision, String residenceAddress, LocalDate date, String employer,
                            String mobile, String reportingStation) {
    public enum Change {
        ARRIVED, LEFT
    }
}
