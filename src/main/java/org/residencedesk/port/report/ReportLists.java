package org.residencedesk.port.report;

import java.time.LocalDate;
import java.util.List;

/** The lists behind the overdue figures, each an indexed range, at most {@code limit} rows, oldest first. */
public interface ReportLists {

    /** Applications accepted but the first card not issued, whose promised day lies before {@code day}. */
    List<OverdueItem> pastPromisedDate(LocalDate day, int limit);

    /** Printed cards not collected, printed before {@code day - overdueDays} (逾期未领). */
    List<OverdueItem> collectionOverdue(LocalDate day, int overdueDays, int limit);
}
