package org.residencedesk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.residencedesk.port.BootSecretStore;
import org.residencedesk.storage.CounterSettings;
import org.residencedesk.storage.Database;
import org.residencedesk.storage.DatabaseKey;
import org.residencedesk.storage.DatabaseUnlock;
import org.residencedesk.storage.SchemaUpgrade;
import org.residencedesk.storage.StationKeys;

/**
 * The composition root's choice of database (docs/decisions/0320): a data folder with a {@code counter.properties} is a
 * counter of a multi-counter station and connects to the main PC's server; any other data folder opens its embedded,
 * encrypted database with the key from this PC's key folder, as before.
 *
 * @param databaseId the station database's id (names the audit checkpoint file beside the key)
 * @param drafts     the folder of this counter's drafts
 * @param location   what messages name: the database folder, or the server's host:port for a counter
 */
record StationStorage(Database database, StationKeys keys, String databaseId, Path drafts, Optional<String> counterId,
                      String location) {

    static StationStorage open(Path dataDir, BootSecretStore secrets, List<Class<?>> entities,
                               SchemaUpgrade.Options upgrade) {
        Optional<CounterSettings> counter = CounterSettings.load(dataDir);
        if (counter.isPresent()) {
            CounterSettings c = counter.get();
            // drafts stay on this counter, apart from any other counter's sharing the folder
            return new StationStorage(Database.connect(c.server(), entities), c.keys(), c.databaseId(),
                    dataDir.resolve("drafts").resolve(c.counterId()), Optional.of(c.counterId()), c.server().address());
        }
        Path databaseDir = DataDirectory.database(dataDir);
        DatabaseKey key = DatabaseUnlock.unlock(databaseDir, secrets);
        Database database = Database.open(databaseDir, key, entities, upgrade);
        return new StationStorage(database, StationKeys.of(key.secret()), DatabaseUnlock.databaseId(databaseDir),
                dataDir.resolve("drafts"), Optional.empty(), databaseDir.toString());
    }
}
