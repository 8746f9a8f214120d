package org.residencedesk.service.outflow;

import java.time.LocalDate;

/**
 * One outflow period as the window shows it. In lists {@code idNumber} is masked and the reporter fields are
 * null; {@link OutflowService#open} fills everything (audited). Names are the master data's Chinese names.
 */
public record OutflowRecord(long id, int version, String idNumber, String name, String hukouDivision,
                            String hukouDivisionName, String destinationDivision, String destinationName,
                            String destinationAddress, LocalDate leftOn, String reason, String reasonName,
                            String employer, String mobile, boolean leftBehindChildren, boolean leftBehindElderly,
                            int leftBehindCount, String leftBehindNote, String reporterKind, String reporterName,
                            String reporterRelation, LocalDate returnedOn, String returnReason, String returnNote) {
    public boolean open() {
        return returnedOn == null;
    }
}
