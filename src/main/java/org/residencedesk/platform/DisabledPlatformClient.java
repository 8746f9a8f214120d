package org.residencedesk.platform;

import java.time.OffsetDateTime;
import java.util.List;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.port.platform.BatchResponse;
import org.residencedesk.port.platform.InboxPage;
import org.residencedesk.port.platform.MasterDataTable;
import org.residencedesk.port.platform.PersonRecords;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.port.platform.PlatformRefused;

/**
 * The platform of a station without {@code platform.properties}, or whose file was refused: every call is refused
 * with the Chinese reason, and the counter carries on offline.
 */
public final class DisabledPlatformClient implements PlatformClient {
    private final String reason;

    /** {@code reason} is Chinese: the missing file or why it was refused. */
    public DisabledPlatformClient(String reason) {
        this.reason = reason;
    }

    /** A station with no configuration at all. */
    public static DisabledPlatformClient notConfigured() {
        return new DisabledPlatformClient(PlatformMessages.get("sync.notConfigured"));
    }

    /** A demo station (ADR 0060): its synthetic people never reach the platform, whatever platform.properties says. */
    public static DisabledPlatformClient demoStation() {
        return new DisabledPlatformClient(PlatformMessages.get("sync.demoStation"));
    }

    private PlatformRefused refused() {
        return new PlatformRefused(PlatformRefused.Kind.NOT_CONFIGURED, reason, null);
    }

    @Override
    public boolean configured() {
        return false;
    }

    public String reason() {
        return reason;
    }

    @Override
    public BatchResponse upload(String batchId, List<OutboxEvent> events) throws PlatformRefused {
        throw refused();
    }

    @Override
    public long cursor() throws PlatformRefused {
        throw refused();
    }

    @Override
    public InboxPage inbox(long after, int limit) throws PlatformRefused {
        throw refused();
    }

    @Override
    public void acknowledgeInbox(long cursor) throws PlatformRefused {
        throw refused();
    }

    @Override
    public MasterDataTable masterData(String table) throws PlatformRefused {
        throw refused();
    }

    @Override
    public PersonRecords personRecords(String idNumber) throws PlatformRefused {
        throw refused();
    }

    @Override
    public OffsetDateTime time() throws PlatformRefused {
        throw refused();
    }
}
