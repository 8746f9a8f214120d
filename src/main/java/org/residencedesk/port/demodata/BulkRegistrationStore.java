package org.residencedesk.port.demodata;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Bulk writing of synthetic persons, registrations and their history (demo data, ADR 0060): chunks of
 * thousands of rows per commit, beside the unit of work that ordinary changes use. Failures surface as
 * {@link BulkWriteException}.
 */
public interface BulkRegistrationStore {
    /** A session on its own connection; whatever is not committed when it closes is dropped. */
    BulkSession open();

    /** A person who may be offered a demo permit, and the day their active registration was made. */
    record PermitCandidate(long personId, LocalDate registeredOn) { }

    /**
     * Up to {@code limit} persons with a mainland number (citizen or 15-digit) and an active registration whose first
     * registration here was made on or before {@code firstRegisteredBy}, spread evenly over registration order (so
     * both long-standing and recent residents are among them).
     */
    List<PermitCandidate> permitCandidates(LocalDate firstRegisteredBy, int limit);

    /**
     * One writer: read the counters, write chunks (each its own commit), rebuild the indexes, refresh the statistics.
     */
    interface BulkSession extends AutoCloseable {
        /** The last value of a sequence counter; 0 when it has none yet. */
        long counterValue(String counterName);

        /** Writes {@code count} records and sets each year's registration counter; one commit. */
        void writeChunk(DemoRecord[] records, int count, Map<Integer, Long> lastSerialPerYear);

        /**
         * Writes the demo station's houses and employers (ADR 0264) in chunks of their own commits and sets the
         * houses' counters ({@code house:<division>} → last serial); an employer whose credit code is already
         * registered is kept as it is.
         */
        void writeRegisters(List<DemoRegisterRows.House> houses, List<DemoRegisterRows.Employer> employers,
                            Map<String, Long> houseCounters);

        /**
         * Builds again the indexes set aside while a load fills an empty station (ADR 0392); nothing when none were.
         * Closing the session does it too, so a load that fails half-way still leaves the station its indexes.
         */
        void rebuildIndexes();

        /** Refreshes the query planner's statistics after a bulk load. */
        void updateStatistics();

        @Override
        void close();
    }
}
