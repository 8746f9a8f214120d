package org.residencedesk.multicounter;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.residencedesk.storage.CounterSettings;
import org.residencedesk.storage.Database;
import org.residencedesk.storage.DatabaseKey;
import org.residencedesk.storage.DatabaseServer;
import org.residencedesk.storage.DatabaseUnlock;
import org.residencedesk.storage.KeyFileBootSecretStore;
import org.residencedesk.storage.SchemaUpgrade;
import org.residencedesk.storage.StationKeys;

/**
 * A main PC that was not upgraded yet, for {@link CounterRefusedTest}: a real Derby Network Server (the product's
 * {@link DatabaseServer}, SSL and the network account) over a new station database migrated only by the migrations in
 * {@code args[2]} (a folder holding every migration but the newest, as the previous program had them). Arguments: data
 * folder, port, migrations folder, counter file. Prints {@code READY <schema version>} once serving, stops (shutting
 * Derby down cleanly) when stdin closes.
 */
public final class OlderServerChild {
    private OlderServerChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        DatabaseServer.prepareJvm(dataDir);
        Path databaseDir = dataDir.resolve("db");
        DatabaseKey key = DatabaseUnlock.unlock(databaseDir, new KeyFileBootSecretStore(
                Path.of(System.getenv("RESIDENCE_DESK_KEYS"))));
        SchemaUpgrade.Options older = new SchemaUpgrade.Options(List.of("filesystem:" + args[2]), null,
                Clock.systemUTC(), "previous");
        Database database = Database.open(databaseDir, key, List.of(), older);
        if (DatabaseServer.enableSqlAuthorization(database)) {
            database.close();
            database = Database.open(databaseDir, key, List.of(), older);
        }
        String version = database.schemaVersion();
        try (DatabaseServer server = DatabaseServer.start(database, dataDir, "127.0.0.1", port, "127.0.0.1")) {
            CounterSettings.write(Path.of(args[3]), server.counters(), DatabaseUnlock.databaseId(databaseDir),
                    "counter-1", StationKeys.of(key.secret()));
            System.out.println("READY " + version);
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (in.readLine() != null) {
                // runs until the test closes stdin
            }
        }
    }
}
