package org.residencedesk.port.platform;

import java.time.OffsetDateTime;
import java.util.List;
import org.residencedesk.domain.outbox.OutboxEvent;

/**
 * The provincial platform of PLATFORM-API.md (version 1.1), as the station sees it. Every call may fail with
 * {@link PlatformUnavailable} (offline, refused for now, timed out, connection broken: the request may or may not
 * have been applied — retry later) or {@link PlatformRefused} (the platform or the TLS handshake said no: retrying
 * the same request will not help). Implementations keep at most two requests in flight.
 */
public interface PlatformClient {
    /** §1 {@code POST /api/v1/events:batch}: at most 500 events, ascending {@code seq}. */
    BatchResponse upload(String batchId, List<OutboxEvent> events) throws PlatformUnavailable, PlatformRefused;

    /** §1 {@code GET /api/v1/stations/{code}/cursor}: the platform's {@code lastAcceptedSeq} for this station. */
    long cursor() throws PlatformUnavailable, PlatformRefused;

    /** §2 {@code GET …/inbox?after=&limit=}. */
    InboxPage inbox(long after, int limit) throws PlatformUnavailable, PlatformRefused;

    /** §2 {@code POST …/inbox:ack}. */
    void acknowledgeInbox(long cursor) throws PlatformUnavailable, PlatformRefused;

    /** §3 {@code GET /api/v1/master-data/{table}}. */
    MasterDataTable masterData(String table) throws PlatformUnavailable, PlatformRefused;

    /** §4 {@code GET /api/v1/persons/{idNumber}/records} (online only). */
    PersonRecords personRecords(String idNumber) throws PlatformUnavailable, PlatformRefused;

    /** §5 {@code GET /api/v1/time}. */
    OffsetDateTime time() throws PlatformUnavailable, PlatformRefused;

    /** Whether a platform is configured at all (a station without {@code platform.properties} works offline). */
    default boolean configured() {
        return true;
    }
}
