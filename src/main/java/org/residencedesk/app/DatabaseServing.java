package org.residencedesk.app;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.residencedesk.cli.ServeDbCommand;
import org.residencedesk.storage.CounterSettings;
import org.residencedesk.storage.Database;
import org.residencedesk.storage.DatabaseKey;
import org.residencedesk.storage.DatabaseServer;
import org.residencedesk.storage.DatabaseUnlock;
import org.residencedesk.storage.KeyFileBootSecretStore;
import org.residencedesk.storage.SchemaUpgrade;
import org.residencedesk.storage.StationKeys;
import org.slf4j.LoggerFactory;

/**
 * {@code serve-db}'s work on the main PC (docs/decisions/0320): boots the station database with this PC's key, runs
 * pending migrations (after the automatic backup, ADR 0252) — the only place a multi-counter station migrates — starts
 * the network server, writes {@code counter.properties}, and on SIGTERM stops the server and shuts Derby down cleanly.
 */
final class DatabaseServing implements ServeDbCommand.Starter {
    private final Path dataDir;
    private final Path keyDirectory;
    private final Clock clock;

    DatabaseServing(Path dataDir, Path keyDirectory, Clock clock) {
        this.dataDir = dataDir;
        this.keyDirectory = keyDirectory;
        this.clock = clock;
    }

    @Override
    public ServeDbCommand.Running start(ServeDbCommand.Request request) throws ServeDbCommand.NotStarted {
        DatabaseServer.prepareJvm(dataDir); // before Derby boots in this process
        DataDirectory.prepare(dataDir);
        Path databaseDir = DataDirectory.database(dataDir);
        DatabaseKey key = DatabaseUnlock.unlock(databaseDir, new KeyFileBootSecretStore(keyDirectory));
        SchemaUpgrade.Options upgrade = SchemaUpgrade.Options.standard(databaseDir, clock, AppContext.APP_VERSION);
        Database database = Database.open(databaseDir, key, AppContext.ENTITIES, upgrade);
        DatabaseServer server;
        try {
            if (DatabaseServer.enableSqlAuthorization(database)) {
                database.close(); // Derby applies SQL authorization at the next boot
                database = Database.open(databaseDir, key, AppContext.ENTITIES, upgrade);
            }
            // the counters' start-up consistency check happens here, once, on the main PC (ADR 0275, 0320)
            Object integrity = org.residencedesk.storage.DatabaseHealth.inspect(database::openConnection, databaseDir,
                    AppContext.START_CHECK).facts().get("integrity");
            LoggerFactory.getLogger(DatabaseServing.class).info("consistency check before serving: {}", integrity);
            server = DatabaseServer.start(database, dataDir, request.listen(), request.port(), request.publicHost());
        } catch (IOException e) {
            database.close();
            LoggerFactory.getLogger(DatabaseServing.class).error("database server did not start", e);
            boolean taken = causedBy(e, BindException.class);
            throw new ServeDbCommand.NotStarted(taken ? ServeDbCommand.Reason.PORT_TAKEN : ServeDbCommand.Reason.NOT_STARTED,
                    request.listen() + ":" + request.port(), e);
        }
        Path counterFile = request.counterFile() != null ? request.counterFile()
                : dataDir.resolve("server").resolve(CounterSettings.FILE);
        try {
            CounterSettings.write(counterFile, server.counters(), DatabaseUnlock.databaseId(databaseDir),
                    request.counterId(), StationKeys.of(key.secret()));
        } catch (IOException e) {
            server.close();
            throw new ServeDbCommand.NotStarted(ServeDbCommand.Reason.COUNTER_FILE_FAILED, counterFile.toString(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close(); // SIGTERM, Ctrl+C, systemctl stop: no counter's transaction is left half-done on disk
            stopped.countDown();
        }, "serve-db-stop"));
        String address = request.publicHost() + ":" + request.port();
        return new ServeDbCommand.Running() {
            @Override
            public String address() {
                return address;
            }

            @Override
            public Path counterFile() {
                return counterFile;
            }

            @Override
            public void awaitStop() throws InterruptedException {
                stopped.await();
            }
        };
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
