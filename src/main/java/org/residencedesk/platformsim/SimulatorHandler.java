package org.residencedesk.platformsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Every endpoint of PLATFORM-API.md 1.1 with the simulator's faults. */
final class SimulatorHandler implements HttpHandler {
    private static final Pattern STATION_PATH = Pattern.compile("/api/v1/stations/(\\d{12})/(cursor|inbox|inbox:ack)");
    private static final Pattern MASTER_DATA = Pattern.compile("/api/v1/master-data/([a-z-]+)");
    private static final Pattern PERSON = Pattern.compile("/api/v1/persons/([^/]+)/records");
    private static final int MAX_EVENTS = 500;
    /** The error code of a request whose {@code X-Station-Code} is not its client certificate's station (ADR 0375). */
    static final String STATION_MISMATCH = "STATION_MISMATCH";

    private final SimulatorState state;
    private final Faults faults;
    private final Path inboxFeed;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    /** Requests answered so far, and how many were in flight at most (tests check the client's limit). */
    final AtomicLong requests = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    final AtomicLong maxInFlight = new AtomicLong();
    /** The headers of the latest request, for tests. */
    volatile Map<String, String> lastHeaders = Map.of();

    SimulatorHandler(SimulatorState state, Faults faults, Path inboxFeed, Clock clock) {
        this.state = state;
        this.faults = faults;
        this.inboxFeed = inboxFeed;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            requests.incrementAndGet();
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            lastHeaders = headers;
            long slow = faults.slowMillis();
            if (slow > 0) {
                Thread.sleep(slow);
            }
            if (faults.refuseNow()) {
                exchange.getResponseHeaders().add("Retry-After", Integer.toString(faults.retryAfterSeconds()));
                error(exchange, 503, "BUSY", SimulatorText.get("platformsim.error.busy"));
                return;
            }
            route(exchange, headers.get("x-station-code"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (RuntimeException e) {
            error(exchange, 500, "INTERNAL", String.valueOf(e.getMessage()));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void route(HttpExchange exchange, String station) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        String certified = ClientCertificates.stationOf(exchange);
        if (certified != null && station != null && !certified.equals(station)) {
            // the certificate names one station, the request speaks for another (ADR 0375)
            error(exchange, 403, STATION_MISMATCH, SimulatorText.get("platformsim.error.stationMismatch", certified,
                    station));
            return;
        }
        if (path.equals("/api/v1/time") && method.equals("GET")) {
            ObjectNode body = json.createObjectNode();
            body.put("now", OffsetDateTime.now(clock).withNano(0).toString());
            send(exchange, 200, body);
            return;
        }
        if (station == null || !station.matches("\\d{12}")) {
            error(exchange, 400, "STATION_CODE", SimulatorText.get("platformsim.error.station"));
            return;
        }
        if (path.equals("/api/v1/events:batch") && method.equals("POST")) {
            batch(exchange, station);
            return;
        }
        Matcher m = STATION_PATH.matcher(path);
        if (m.matches()) {
            if (!m.group(1).equals(station)) {
                error(exchange, 403, "STATION_CODE", SimulatorText.get("platformsim.error.station"));
                return;
            }
            switch (m.group(2)) {
                case "cursor" -> {
                    ObjectNode body = json.createObjectNode();
                    body.put("lastAcceptedSeq", state.lastAcceptedSeq(station));
                    send(exchange, 200, body);
                }
                case "inbox" -> inbox(exchange, station);
                default -> {
                    JsonNode body = body(exchange);
                    state.acknowledge(station, body.path("cursor").asLong());
                    send(exchange, 200, json.createObjectNode());
                }
            }
            return;
        }
        Matcher table = MASTER_DATA.matcher(path);
        if (table.matches() && method.equals("GET")) {
            JsonNode data = state.masterData(table.group(1));
            if (data == null) {
                error(exchange, 404, "NOT_FOUND", SimulatorText.get("platformsim.error.notFound"));
            } else {
                send(exchange, 200, data);
            }
            return;
        }
        Matcher person = PERSON.matcher(path);
        if (person.matches() && method.equals("GET")) {
            String id = URLDecoder.decode(person.group(1), StandardCharsets.UTF_8);
            ObjectNode body = json.createObjectNode();
            body.put("idNumber", id);
            ArrayNode records = body.putArray("records");
            for (StoredEvent e : state.recordsOf(id)) {
                ObjectNode r = records.addObject();
                r.put("stationCode", e.stationCode());
                r.put("seq", e.seq());
                r.put("type", e.type());
                r.set("occurredAt", e.event().get("occurredAt"));
                r.set("aggregateType", e.event().get("aggregateType"));
                r.set("aggregateId", e.event().get("aggregateId"));
                r.set("payload", e.event().get("payload"));
            }
            send(exchange, 200, body);
            return;
        }
        error(exchange, 404, "NOT_FOUND", SimulatorText.get("platformsim.error.notFound"));
    }

    private void batch(HttpExchange exchange, String station) throws IOException {
        JsonNode body = body(exchange);
        JsonNode events = body.path("events");
        if (!station.equals(body.path("stationCode").asText()) || !events.isArray() || events.size() > MAX_EVENTS) {
            error(exchange, 400, "BAD_BATCH", SimulatorText.get("platformsim.error.badRequest"));
            return;
        }
        long previous = 0;
        for (JsonNode e : events) {
            long seq = e.path("seq").asLong();
            if (seq <= previous || !e.hasNonNull("eventId")) {
                error(exchange, 400, "BAD_BATCH", SimulatorText.get("platformsim.error.badRequest"));
                return;
            }
            previous = seq;
        }
        ObjectNode answer = json.createObjectNode();
        ArrayNode results = json.createArrayNode();
        synchronized (state) {
            long last = state.lastAcceptedSeq(station);
            List<StoredEvent> fresh = new ArrayList<>();
            for (JsonNode e : events) {
                long seq = e.get("seq").asLong();
                String eventId = e.get("eventId").asText();
                String type = e.path("type").asText();
                ObjectNode r = results.addObject();
                r.put("eventId", eventId);
                r.put("seq", seq);
                if (seq == last + 1) {
                    String error = validate(e, type);
                    fresh.add(new StoredEvent(station, seq, eventId, type, error == null ? "ACCEPTED" : "REJECTED",
                            error, e));
                    r.put("status", error == null ? "ACCEPTED" : "REJECTED");
                    if (error != null) {
                        r.put("error", error);
                    }
                    last++;
                } else if (seq <= last) {
                    StoredEvent stored = state.stored(station, seq); // ascending: never one of this batch
                    r.put("status", stored.eventId().equals(eventId) ? "DUPLICATE" : "CONFLICT");
                } else {
                    r.put("status", "GAP");
                }
            }
            state.append(station, fresh);
            answer.put("lastAcceptedSeq", last);
        }
        answer.set("results", results);
        if (faults.dropNow()) {
            exchange.close(); // stored, but the station never hears it: no headers sent, the connection is closed
            return;
        }
        send(exchange, 200, answer);
    }

    private String validate(JsonNode event, String type) {
        if (!event.path("payload").isObject() || type.isBlank() || !event.hasNonNull("occurredAt")) {
            return SimulatorText.get("platformsim.error.badRequest");
        }
        if (type.equals(faults.rejectType())) {
            return SimulatorText.get("platformsim.error.rejected", type);
        }
        if (type.equals("AUDIT_CHECKPOINT")) {
            // contract 1.1: {"entries": n, "head": "hex"} — the station's audit chain head
            JsonNode p = event.path("payload");
            if (!p.path("entries").canConvertToLong() || !p.path("entries").isIntegralNumber()
                    || p.path("entries").asLong() < 1 || !p.path("head").isTextual()
                    || !p.path("head").asText().matches("[0-9a-f]{64}")) {
                return SimulatorText.get("platformsim.error.checkpoint");
            }
        }
        return null;
    }

    private void inbox(HttpExchange exchange, String station) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        long after = Long.parseLong(query.getOrDefault("after", "0"));
        int limit = Math.max(1, Math.min(100, Integer.parseInt(query.getOrDefault("limit", "100"))));
        state.importFeed(inboxFeed, station);
        if (faults.garbleInbox()) {
            byte[] garbled = "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, garbled.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(garbled);
            }
            return;
        }
        List<JsonNode> page = state.inbox(station, after, limit);
        ObjectNode body = json.createObjectNode();
        ArrayNode messages = body.putArray("messages");
        page.stream().limit(limit).forEach(messages::add);
        body.put("more", page.size() > limit);
        send(exchange, 200, body);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private JsonNode body(HttpExchange exchange) throws IOException {
        boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
        try (InputStream raw = exchange.getRequestBody();
             InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            byte[] bytes = in.readAllBytes();
            return bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
        }
    }

    private void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("code", code);
        body.put("message", message);
        send(exchange, status, body);
    }

    private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
