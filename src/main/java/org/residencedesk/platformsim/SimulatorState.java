package org.residencedesk.platformsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The simulated platform's persistent state in a folder (ADR 0200): per station {@code stations/<code>/events.jsonl}
 * (every stored event in seq order, rejected ones included, so {@code lastAcceptedSeq} is the line count),
 * {@code inbox.jsonl} (messages with their cursors) and {@code inbox-acked} (the acknowledged cursor); code tables
 * from {@code master-data/<table>.json}. Appends are flushed to disk before the answer is sent.
 */
public final class SimulatorState {
    static final List<String> TABLES = List.of("sex", "ethnic-groups", "marital-status", "education", "occupation",
            "family-relationship", "residence-reasons", "residence-types", "intended-stay", "divisions");

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, List<StoredEvent>> events = new HashMap<>();
    private final Map<String, List<JsonNode>> inbox = new HashMap<>();
    private final Map<String, Long> acked = new HashMap<>();

    public SimulatorState(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder.resolve("stations"));
            try (Stream<Path> stations = Files.list(folder.resolve("stations"))) {
                for (Path station : stations.toList()) {
                    load(station.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    private void load(String station) throws IOException {
        Path dir = folder.resolve("stations").resolve(station);
        List<StoredEvent> list = new ArrayList<>();
        Path file = dir.resolve("events.jsonl");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = json.readTree(line);
                } catch (IOException torn) {
                    break; // a line torn by a crash of the simulator: it was never answered
                }
                list.add(new StoredEvent(station, n.get("seq").asLong(), n.get("eventId").asText(),
                        n.get("type").asText(), n.get("status").asText(),
                        n.hasNonNull("error") ? n.get("error").asText() : null, n.get("event")));
            }
        }
        events.put(station, list);
        List<JsonNode> messages = new ArrayList<>();
        Path inboxFile = dir.resolve("inbox.jsonl");
        if (Files.exists(inboxFile)) {
            for (String line : Files.readAllLines(inboxFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    messages.add(json.readTree(line));
                }
            }
        }
        inbox.put(station, messages);
        Path ackedFile = dir.resolve("inbox-acked");
        acked.put(station, Files.exists(ackedFile) ? Long.parseLong(Files.readString(ackedFile).trim()) : 0L);
    }

    private Path stationDir(String station) {
        Path dir = folder.resolve("stations").resolve(station);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** The station's {@code lastAcceptedSeq}. */
    public synchronized long lastAcceptedSeq(String station) {
        return events.getOrDefault(station, List.of()).size();
    }

    /** Every stored event of the station, in seq order (rejected ones included). */
    public synchronized List<StoredEvent> events(String station) {
        return List.copyOf(events.getOrDefault(station, List.of()));
    }

    synchronized StoredEvent stored(String station, long seq) {
        return events.get(station).get((int) seq - 1);
    }

    /** Appends events that are next in line; written and flushed before returning. */
    synchronized void append(String station, List<StoredEvent> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        List<StoredEvent> list = events.computeIfAbsent(station, s -> new ArrayList<>());
        StringBuilder lines = new StringBuilder();
        for (StoredEvent e : fresh) {
            if (e.seq() != list.size() + 1) {
                throw new IllegalStateException("seq " + e.seq() + " is not next after " + list.size());
            }
            ObjectNode n = json.createObjectNode();
            n.put("seq", e.seq());
            n.put("eventId", e.eventId());
            n.put("type", e.type());
            n.put("status", e.status());
            n.put("error", e.error());
            n.set("event", e.event());
            lines.append(n).append('\n');
            list.add(e);
        }
        appendLines(stationDir(station).resolve("events.jsonl"), lines.toString());
    }

    private static void appendLines(Path file, String lines) {
        try (FileOutputStream out = new FileOutputStream(file.toFile(), true)) {
            out.write(lines.getBytes(StandardCharsets.UTF_8));
            out.getFD().sync();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- inbox ----

    /** Moves new message files of {@code feed/<station>/} (by name) into the inbox, each with the next cursor. */
    synchronized void importFeed(Path feed, String station) {
        if (feed == null) {
            return;
        }
        Path dir = feed.resolve(station);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<JsonNode> messages = inbox.computeIfAbsent(station, s -> new ArrayList<>());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                JsonNode message = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
                ObjectNode stored = json.createObjectNode();
                long cursor = messages.isEmpty() ? 1 : messages.get(messages.size() - 1).get("cursor").asLong() + 1;
                stored.put("cursor", cursor);
                // type and payload as the file has them, broken ones included (the station must refuse those,
                // ADR 0308); a file without them is a NOTICE with an empty payload
                stored.set("type", message.has("type") ? message.get("type") : json.getNodeFactory().textNode("NOTICE"));
                stored.set("payload", message.has("payload") ? message.get("payload") : json.createObjectNode());
                appendLines(stationDir(station).resolve("inbox.jsonl"), stored + "\n");
                messages.add(stored);
                Files.move(file, file.resolveSibling(file.getFileName() + ".imported"),
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized List<JsonNode> inbox(String station, long after, int limit) {
        long floor = Math.max(after, acked.getOrDefault(station, 0L));
        return inbox.getOrDefault(station, List.of()).stream().filter(m -> m.get("cursor").asLong() > floor)
                .limit(limit + 1L).toList();
    }

    synchronized void acknowledge(String station, long cursor) {
        if (cursor > acked.getOrDefault(station, 0L)) {
            acked.put(station, cursor);
            try {
                Files.writeString(stationDir(station).resolve("inbox-acked"), Long.toString(cursor));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public synchronized long acknowledgedInbox(String station) {
        return acked.getOrDefault(station, 0L);
    }

    // ---- master data and look-up ----

    /** The table from {@code master-data/<table>.json}, else version 0 without rows; null for an unknown table. */
    JsonNode masterData(String table) throws IOException {
        Path file = folder.resolve("master-data").resolve(table + ".json");
        if (TABLES.contains(table) && Files.isRegularFile(file)) {
            return json.readTree(Files.readString(file, StandardCharsets.UTF_8));
        }
        if (!TABLES.contains(table)) {
            return null;
        }
        ObjectNode empty = json.createObjectNode();
        empty.put("table", table);
        empty.put("version", 0);
        empty.putArray("rows");
        return empty;
    }

    /** Accepted events of every station whose payload names {@code idNumber}. */
    synchronized List<StoredEvent> recordsOf(String idNumber) {
        List<StoredEvent> out = new ArrayList<>();
        events.values().forEach(list -> list.stream()
                .filter(e -> "ACCEPTED".equals(e.status()))
                .filter(e -> idNumber.equals(e.event().path("payload").path("idNumber").asText(null)))
                .forEach(out::add));
        return out;
    }
}
