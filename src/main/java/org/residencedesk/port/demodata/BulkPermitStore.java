package org.residencedesk.port.demodata;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.registration.ContinuousResidence;

/**
 * Bulk writing of demo permits (ADR 0390): aggregates built in memory by the demo data service, stored as the
 * permit repository would store them (the PERMIT_APPLICATION row with its JSON, the PERMIT_STEP rows) in chunks of
 * one commit each, together with the number counters they drew. Failures surface as {@link BulkWriteException}.
 */
public interface BulkPermitStore {
    /**
     * A person who may be offered a demo permit: a mainland ID number (citizen or 15-digit), an active registration,
     * no permit yet; with the facts the application is judged on.
     *
     * @param employed the active registration names a workplace (the basis the counter would suggest)
     * @param ended    the person's other registrations that have ended (the residence chain, ADR 0170)
     */
    record Applicant(long personId, long registrationId, LocalDate birthDate, LocalDate registeredOn, boolean employed,
                     List<ContinuousResidence.Ended> ended) {
        public Applicant {
            ended = List.copyOf(ended);
        }
    }

    /** A permit to store and whose it is. */
    record DemoPermit(PermitApplication permit, long personId) { }

    /**
     * Every possible applicant whose current registration, or an ended one, was made on or before
     * {@code firstRegisteredBy}, in registration order.
     */
    List<Applicant> applicants(LocalDate firstRegisteredBy);

    /** A session on its own connection; whatever is not committed when it closes is dropped. */
    Session open();

    /** One writer: read the counters, write chunks (each its own commit), refresh the statistics. */
    interface Session extends AutoCloseable {
        /** The last value of a sequence counter; 0 when it has none yet. */
        long counterValue(String counterName);

        /** Writes the permits and sets each counter ({@code name → last value}); one commit. */
        void writeChunk(List<DemoPermit> permits, Map<String, Long> counters);

        /** Refreshes the query planner's statistics of the permit tables after a bulk load. */
        void updateStatistics();

        @Override
        void close();
    }
}
