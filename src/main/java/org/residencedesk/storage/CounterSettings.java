package org.residencedesk.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.residencedesk.port.StationPolicyStore.PolicyFileRefused;

/**
 * A counter of a multi-counter station: {@code counter.properties} in its data folder (written by {@code serve-db} on
 * the main PC, copied by the IT officer, owner-only) names the server, the station's network account, the database's
 * id, this counter's id and the purpose keys the counter needs (docs/decisions/0320). Without the file the data folder
 * holds an embedded station database as before.
 */
public record CounterSettings(CounterConnection server, String databaseId, String counterId, StationKeys keys) {
    public static final String FILE = "counter.properties";
    private static final Pattern COUNTER_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern DATABASE_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * The counter's settings when {@code dataDir} holds a {@code counter.properties}.
     *
     * @throws PolicyFileRefused (with its Chinese message) the file is open to other accounts or incomplete
     */
    public static Optional<CounterSettings> load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try {
            if (PrivateFiles.openToOthers(file)) {
                throw new PolicyFileRefused(message("storage.counter.unsafe", file));
            }
            try (Reader in = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new PolicyFileRefused(message("storage.counter.unreadable", file), e);
        }
        String counterId = p.getProperty("counter.id", "").trim();
        String databaseId = p.getProperty("database.id", "").trim();
        if (!COUNTER_ID.matcher(counterId).matches()) {
            throw new PolicyFileRefused(message("storage.counter.badCounterId", file));
        }
        try {
            CounterConnection server = CounterConnection.parse(p.getProperty("database.url"),
                    p.getProperty("database.user"), p.getProperty("database.password"));
            Map<String, String> keys = new TreeMap<>();
            for (String purpose : StationKeys.COUNTER_PURPOSES) {
                keys.put(purpose, p.getProperty("key-" + purpose, "").trim());
            }
            if (!DATABASE_ID.matcher(databaseId).matches()) {
                throw new IllegalArgumentException("database.id malformed");
            }
            return Optional.of(new CounterSettings(server, databaseId, counterId, StationKeys.handed(keys)));
        } catch (IllegalArgumentException e) {
            throw new PolicyFileRefused(message("storage.counter.incomplete", file), e);
        }
    }

    /** Writes the file a counter needs, owner-only, replacing an earlier one. */
    public static void write(Path file, CounterConnection server, String databaseId, String counterId,
                             StationKeys keys) throws IOException {
        StringBuilder text = new StringBuilder()
                .append("# ResidenceDesk counter of a multi-counter station (docs/decisions/0320).\n")
                .append("# Copy into the counter's data folder (mode 0600) and give each counter its own counter.id.\n")
                .append("database.url=").append(server.url()).append('\n')
                .append("database.user=").append(server.user()).append('\n')
                .append("database.password=").append(server.password()).append('\n')
                .append("database.id=").append(databaseId).append('\n')
                .append("counter.id=").append(counterId).append('\n');
        keys.forCounter().forEach((purpose, hex) -> text.append("key-").append(purpose).append('=').append(hex)
                .append('\n'));
        PrivateFiles.writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8), true);
    }

    private static String message(String key, Path file) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.storage", Locale.SIMPLIFIED_CHINESE);
        return new MessageFormat(bundle.getString(key), Locale.SIMPLIFIED_CHINESE).format(new Object[] {file});
    }

    @Override
    public String toString() {
        return "CounterSettings[" + server + ", counter " + counterId + "]";
    }
}
