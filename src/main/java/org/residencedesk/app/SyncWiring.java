package org.residencedesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.residencedesk.masterdata.PlatformMasterData;
import org.residencedesk.platform.PlatformSettingsFile;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.outflow.OutflowIntake;
import org.residencedesk.service.permit.PlatformIntake;
import org.residencedesk.service.sync.Backoff;
import org.residencedesk.service.sync.Pause;
import org.residencedesk.service.sync.PlatformSettingsService;
import org.residencedesk.service.sync.SyncOverview;
import org.residencedesk.service.sync.SyncService;
import org.residencedesk.service.sync.inbox.InboxProcessor;
import org.residencedesk.service.sync.inbox.InboxService;
import org.residencedesk.service.sync.inbox.OutflowRegisterNotices;
import org.residencedesk.service.sync.lookup.ProvinceLookup;
import org.residencedesk.storage.HibernateTransactions;
import org.residencedesk.storage.JdbcInboxStore;
import org.residencedesk.storage.JdbcSyncState;

/**
 * The platform side of the composition root (issue 13): the connection that follows {@code platform.properties},
 * the uploader with its inbox, the province-wide look-up, the operator's view of sync and the 平台 settings, built
 * with plain constructors from what the rest of the station already has. {@link AppContext} hands them out.
 */
final class SyncWiring {
    final JdbcSyncState state;
    final PlatformConnection platform;
    final JdbcInboxStore inboxStore;
    final InboxService inbox;
    final InboxProcessor inboxProcessor;
    final SyncService sync;
    final ProvinceLookup provinceLookup;
    final SyncOverview overview;
    final PlatformSettingsFile platformFile;
    final PlatformSettingsService platformSettings;

    /**
     * @param guarded the transactions business changes go through (refused on a damaged database, ADR 0275)
     * @param platformTables the platform's pushed code tables, reloaded from the database here (ADR 0266)
     * @param longOffline    the station policy's {@code sync.longOfflineDays} (ADR 0341)
     */
    SyncWiring(Path dataDir, HibernateTransactions transactions, Transactions guarded, Outbox outbox,
               StationRepository stations, AuditLog auditLog, PlatformIntake platformIntake, FormCodec formCodec,
               PlatformMasterData platformTables, OutflowIntake outflowIntake, Duration longOffline,
               org.residencedesk.port.AuditCheckpoints auditCheckpoints, Clock clock, String appVersion) {
        this.state = new JdbcSyncState(transactions);
        this.platform = new PlatformConnection(dataDir, transactions, stations, appVersion);
        this.inboxStore = new JdbcInboxStore(transactions);
        this.inbox = new InboxService(transactions, inboxStore);
        this.inboxProcessor = new InboxProcessor(guarded, inboxStore, auditLog, platformIntake, formCodec,
                platformTables, new OutflowRegisterNotices(outflowIntake), clock);
        this.sync = new SyncService(guarded, outbox, state, auditLog, platform,
                new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random()), Pause.sleeping(), clock,
                inboxProcessor, auditCheckpoints);
        this.provinceLookup = new ProvinceLookup(transactions, auditLog, platform, stations);
        this.overview = new SyncOverview(transactions, outbox, state, platform, clock, sync, longOffline);
        this.platformFile = new PlatformSettingsFile(dataDir, clock, appVersion);
        this.platformSettings = new PlatformSettingsService(transactions, stations, auditLog, platformFile);
        inbox.installStoredMasterData(platformTables);
    }
}
