package org.residencedesk.storage;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.residencedesk.port.LookupUsageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code settings/lookup-usage.properties} in the data folder: one line per picked row,
 * {@code table|code=count}, owner-only (0600 in a 0700 folder) and replaced atomically (ADR 0177). Codes only,
 * never personal data. A missing or unreadable file counts nothing: ranking then falls back to area and code order.
 */
public final class FileLookupUsage implements LookupUsageStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileLookupUsage.class);
    private static final char SEPARATOR = '|';
    private final Path file;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    public FileLookupUsage(Path dataDir) {
        this.file = dataDir.resolve("settings").resolve("lookup-usage.properties");
        load();
    }

    public Path file() {
        return file;
    }

    private void load() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException absent) {
            return;
        } catch (IOException | RuntimeException unreadable) {
            LOG.warn("look-up usage counts unreadable, suggestions rank without them", unreadable);
            return;
        }
        p.forEach((k, v) -> {
            try {
                counts.put(k.toString(), Integer.parseInt(v.toString().strip()));
            } catch (NumberFormatException ignored) {
                // one bad line costs that row its rank, nothing else
            }
        });
    }

    @Override
    public int uses(String table, String code) {
        return counts.getOrDefault(table + SEPARATOR + code, 0);
    }

    @Override
    public synchronized void record(Map<String, ? extends Collection<String>> codesByTable) {
        boolean changed = false;
        for (Map.Entry<String, ? extends Collection<String>> e : codesByTable.entrySet()) {
            for (String code : e.getValue()) {
                if (code == null || code.isBlank()) continue;
                counts.merge(e.getKey() + SEPARATOR + code, 1, Integer::sum);
                changed = true;
            }
        }
        if (changed) write();
    }

    private void write() {
        Properties p = new Properties();
        new TreeMap<>(counts).forEach((k, v) -> p.setProperty(k, Integer.toString(v)));
        StringWriter text = new StringWriter();
        try {
            p.store(text, null);
            StringBuilder content = new StringBuilder("# ResidenceDesk: how often this counter picked each look-up row (codes only)\n");
            text.toString().lines().filter(l -> !l.startsWith("#")).sorted()
                    .forEach(l -> content.append(l).append('\n')); // no date line: the file changes only with counts
            PrivateFiles.createDirectories(file.getParent());
            PrivateFiles.writeAtomically(file, content.toString().getBytes(StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new StorageException("cannot write " + file, e);
        }
    }
}
