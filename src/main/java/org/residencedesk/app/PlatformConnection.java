package org.residencedesk.app;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.station.Station;
import org.residencedesk.platform.DisabledPlatformClient;
import org.residencedesk.platform.HttpPlatformClient;
import org.residencedesk.platform.PlatformConfig;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.platform.BatchResponse;
import org.residencedesk.port.platform.InboxPage;
import org.residencedesk.port.platform.MasterDataTable;
import org.residencedesk.port.platform.PersonRecords;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.port.platform.PlatformRefused;
import org.residencedesk.port.platform.PlatformUnavailable;

/**
 * The station's platform as the composition root wires it (ADRs 0206, 0271): {@code platform.properties} is read at
 * start and read again whenever the file changes (its modification time or size), so a configuration saved on the
 * 平台 settings tab applies at the uploader's next request without a restart. The HTTP client is built at first use,
 * when the station (and so its code) exists. Without a file, or with a refused one, every call is refused with the
 * Chinese reason and the counter works offline.
 */
final class PlatformConnection implements PlatformClient {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlatformConnection.class);
    private final Path dataDir;
    private final Transactions tx;
    private final StationRepository stations;
    private final String clientVersion;
    private String stamp;
    private Optional<PlatformConfig> config = Optional.empty();
    private PlatformClient refused;
    private PlatformClient client;

    PlatformConnection(Path dataDir, Transactions tx, StationRepository stations, String clientVersion) {
        this.dataDir = dataDir;
        this.tx = tx;
        this.stations = stations;
        this.clientVersion = clientVersion;
        reloadIfChanged();
    }

    /** The file's identity: absent, or its modification time and size. */
    private String stamp() {
        Path file = dataDir.resolve(PlatformConfig.FILE);
        try {
            return java.nio.file.Files.getLastModifiedTime(file).toMillis() + "/" + java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return "absent";
        }
    }

    private synchronized void reloadIfChanged() {
        String now = stamp();
        if (now.equals(stamp)) {
            return;
        }
        boolean first = stamp == null;
        stamp = now;
        client = null;
        refused = null;
        try {
            config = PlatformConfig.load(dataDir);
            if (config.isEmpty()) {
                refused = DisabledPlatformClient.notConfigured();
            }
        } catch (PlatformConfig.Refused e) {
            LOG.warn("platform.properties refused: {}", e.getMessage());
            config = Optional.empty();
            refused = new DisabledPlatformClient(e.getMessage());
        }
        if (!first) {
            LOG.info("platform.properties changed: configuration read again");
        }
    }

    /** The configuration, when there is a usable one. */
    synchronized Optional<PlatformConfig> config() {
        reloadIfChanged();
        return config;
    }

    /** Minutes between scheduled runs (read again when the file changed). */
    synchronized int intervalMinutes() {
        reloadIfChanged();
        return config.map(PlatformConfig::intervalMinutes).orElse(PlatformConfig.DEFAULT_INTERVAL_MINUTES);
    }

    private synchronized PlatformClient client() {
        reloadIfChanged();
        if (refused != null) {
            return refused;
        }
        if (client == null) {
            Optional<Station> station = tx.readOnly(stations::find);
            if (station.isEmpty()) {
                return DisabledPlatformClient.notConfigured();
            }
            if (station.get().isDemo()) {
                return DisabledPlatformClient.demoStation(); // ADR 0060: demo data is never uploaded
            }
            try {
                client = HttpPlatformClient.of(config.orElseThrow(), station.get().code().value(), clientVersion);
            } catch (PlatformConfig.Refused e) {
                client = new DisabledPlatformClient(e.getMessage());
            }
        }
        return client;
    }

    @Override
    public boolean configured() {
        return client().configured();
    }

    @Override
    public BatchResponse upload(String batchId, List<OutboxEvent> events) throws PlatformUnavailable, PlatformRefused {
        return client().upload(batchId, events);
    }

    @Override
    public long cursor() throws PlatformUnavailable, PlatformRefused {
        return client().cursor();
    }

    @Override
    public InboxPage inbox(long after, int limit) throws PlatformUnavailable, PlatformRefused {
        return client().inbox(after, limit);
    }

    @Override
    public void acknowledgeInbox(long cursor) throws PlatformUnavailable, PlatformRefused {
        client().acknowledgeInbox(cursor);
    }

    @Override
    public MasterDataTable masterData(String table) throws PlatformUnavailable, PlatformRefused {
        return client().masterData(table);
    }

    @Override
    public PersonRecords personRecords(String idNumber) throws PlatformUnavailable, PlatformRefused {
        return client().personRecords(idNumber);
    }

    @Override
    public OffsetDateTime time() throws PlatformUnavailable, PlatformRefused {
        return client().time();
    }
}
