package org.residencedesk.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.residencedesk.domain.online.OnlineApplication;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitStatus;

/**
 * Permit applications and online pre-applications. Every list is one page ({@code offset}, {@code limit})
 * of an indexed range; nothing loads a whole table. Calls join the caller's transaction.
 */
public interface PermitRepository {
    /** Inserts or updates; the list columns are derived from the aggregate on every save. */
    void save(PermitApplication permit, long personId);

    Optional<PermitApplication> find(String id);

    Optional<PermitApplication> findByAcceptanceNumber(String acceptanceNumber);

    Optional<PermitSummary> summary(String id);

    /** The permit whose current card carries {@code permitNumber} (核验, ADR 0225). */
    Optional<PermitSummary> summaryByPermitNumber(String permitNumber);

    /** The number drawn for the permit's first card while that card is not yet printed. */
    Optional<String> reservedPermitNumber(String id);

    void reservePermitNumber(String id, String number);

    /** Every application of the person, newest first (a person has few). */
    List<PermitSummary> ofPerson(long personId);

    /** In {@code status}, entered on or before {@code enteredOnOrBefore} (null: any day), oldest first. */
    List<PermitSummary> inStatus(PermitStatus status, LocalDate enteredOnOrBefore, int offset, int limit);

    /** Issued permits whose next anniversary lies in [{@code from}, {@code to}], soonest first. */
    List<PermitSummary> anniversaryBetween(LocalDate from, LocalDate to, int offset, int limit);

    /** Issued or suspended permits whose next anniversary is on or before {@code day}, longest lapsed first. */
    List<PermitSummary> lapsedOn(LocalDate day, int offset, int limit);

    /** Ids of ISSUED permits that lapsed by {@code day}, at most {@code limit}: the lapse job's next batch. */
    List<String> issuedLapsedBy(LocalDate day, int limit);

    /**
     * Streams every permit's columns in id order without keeping them in memory (export) and returns how many it
     * streamed. Fewer rows on the table's pages, or streamed, than its index counts is
     * {@link StationProblem.Kind#DAMAGED}: never a partial export (docs/decisions/0350).
     */
    long forEach(Consumer<PermitSummary> sink);

    // ---- 互联网申办 ----

    void saveOnline(OnlineApplication application);

    Optional<OnlineApplication> findOnline(long id);

    Optional<OnlineApplication> findOnlineByPlatformRef(String platformRef);

    /** Pre-applications not yet handled, oldest first. */
    List<OnlineApplication> pendingOnline(int offset, int limit);
}
