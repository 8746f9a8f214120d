package org.residencedesk.service.sync.inbox;

import java.time.LocalDate;

/**
 * Where the inbox hands an OUTFLOW_NOTICE (PLATFORM-API §2, version 1.1): the outflow register's {@code applyNotice}
 * (流出人口登记簿). It joins the inbox's transaction, so the notice's effect and the inbox cursor commit together;
 * it throws a {@code ValidationFailure} (or any runtime exception) to refuse the notice without half-applying it.
 * Until the register is wired, {@link #NOT_WIRED} makes the inbox keep each notice with its payload (ADR 0267).
 */
public interface OutflowNotices {
    void applyNotice(OutflowNotice notice);

    /** No outflow register yet: notices are stored as {@link InboxOutcome#UNHANDLED}. */
    OutflowNotices NOT_WIRED = notice -> {
        throw new IllegalStateException("no outflow register wired");
    };

    /** One notice: {@code change} is ARRIVED or LEFT; optional fields may be null. */
    record OutflowNotice(long inboxCursor, Change change, String idNumber, String name, String hukouDivision,
                         String residenceDivision, String residenceAddress, LocalDate date, String employer,
                         String mobile, String reportingStation) {
    }

    enum Change { ARRIVED, LEFT }
}
