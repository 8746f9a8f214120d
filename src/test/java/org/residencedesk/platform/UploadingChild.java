package org.residencedesk.platform;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.residencedesk.app.DataDirectory;
import org.residencedesk.app.KeyDirectory;
import org.residencedesk.service.sync.Backoff;
import org.residencedesk.service.sync.SyncOutcome;
import org.residencedesk.service.sync.SyncReport;
import org.residencedesk.service.sync.SyncService;
import org.residencedesk.storage.Database;
import org.residencedesk.storage.DatabaseKey;
import org.residencedesk.storage.DatabaseUnlock;
import org.residencedesk.storage.HibernateTransactions;
import org.residencedesk.storage.JdbcAuditLog;
import org.residencedesk.storage.JdbcOutbox;
import org.residencedesk.storage.JdbcSyncState;
import org.residencedesk.storage.KeyFileBootSecretStore;
import org.residencedesk.storage.SchemaUpgrade;
import org.residencedesk.storage.SequenceCounters;
import org.residencedesk.storage.StationKeys;

/**
 * The counter process of {@link UploaderKillRestartTest}: opens the station database in {@code args[0]}, uploads to the
 * platform of its {@code platform.properties} until the queue is empty, and is killed with SIGKILL on the way. Its
 * clock runs {@code args[1]} minutes ahead of the real one, so the lease a killed predecessor left (ADR 0202: two
 * minutes) has run out without the test waiting. Prints {@code READY} once the database is open and {@code DONE} when
 * the queue is empty; never personal data.
 *
 * <p>Lean (ADR 0307): only what uploading needs — the encrypted database with the same key, the schema check, a
 * session factory without mapped entities, and the same adapters the station wires into its {@link SyncService}
 * (outbox, sync state, audit chain, HTTP client). No master data, services, forms, start-up checks or audit
 * checkpointing, which made each child of the whole {@code AppContext} cost seconds before its first request.
 */
public final class UploadingChild {
    private UploadingChild() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        Clock clock = Clock.offset(Clock.system(org.residencedesk.testing.TestClock.STATION_ZONE),
                Duration.ofMinutes(Long.parseLong(args[1])));
        Path databaseDir = DataDirectory.database(dataDir);
        Path keys = KeyDirectory.resolve(System.getenv(), System.getProperty("user.home"));
        DatabaseKey key = DatabaseUnlock.unlock(databaseDir, new KeyFileBootSecretStore(keys));
        try (Database database = Database.open(databaseDir, key, List.of(),
                SchemaUpgrade.Options.withoutBackup(clock, "test"))) {
            HibernateTransactions tx = new HibernateTransactions(database.sessionFactory(), databaseDir.toString());
            SequenceCounters counters = new SequenceCounters(tx);
            JdbcAuditLog audit = new JdbcAuditLog(tx, counters, clock,
                    StationKeys.of(key.secret()).derive("audit-chain"));
            SyncService sync = new SyncService(tx, new JdbcOutbox(tx, counters, clock), new JdbcSyncState(tx), audit,
                    SyncFixture.client(dataDir), new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1),
                    new Random(42)), wait -> { }, clock);
            System.out.println("READY");
            System.out.flush();
            while (true) {
                SyncReport report = sync.runAsStation("child");
                if (report.outcome() == SyncOutcome.OK && report.backlog() == 0) {
                    break;
                }
                if (report.outcome() == SyncOutcome.STOPPED || report.outcome() == SyncOutcome.REFUSED) {
                    System.out.println("FAILED " + report.outcome());
                    System.exit(3);
                }
            }
            System.out.println("DONE");
            System.out.flush();
        }
    }
}
