package org.residencedesk.platform;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLContext;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.port.platform.BatchResponse;
import org.residencedesk.port.platform.BatchResponse.EventResult;
import org.residencedesk.port.platform.BatchResponse.EventStatus;
import org.residencedesk.port.platform.InboxPage;
import org.residencedesk.port.platform.MasterDataTable;
import org.residencedesk.port.platform.PersonRecords;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.port.platform.PlatformRefused;
import org.residencedesk.port.platform.PlatformUnavailable;

/**
 * PLATFORM-API.md 1.1 over {@link HttpClient} (ADR 0201): mutual TLS with the station's PKCS#12 certificate and
 * only the province's CA trusted (plain http only for a loopback address), {@code X-Station-Code} and
 * {@code X-Client-Version} on every request, gzip request bodies, connect and request timeouts, at most two
 * requests in flight. Failures become {@link PlatformUnavailable} (retry) or {@link PlatformRefused} (an
 * administrator must act), each with a Chinese message.
 */
public final class HttpPlatformClient implements PlatformClient {
    /** PLATFORM-API.md: at most 2 requests in flight per station. */
    static final int MAX_IN_FLIGHT = 2;

    private final HttpClient http;
    private final URI base;
    private final String stationCode;
    /** The platform's error code for a client certificate issued to another station (ADR 0375). */
    static final String STATION_MISMATCH = "STATION_MISMATCH";
    private final String clientVersion;
    private final Duration requestTimeout;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT, true);
    private final ObjectMapper json = new ObjectMapper();
    /** The TLS context, for telling a refused client certificate from a broken connection; null for http. */
    private final SSLContext tls;

    public HttpPlatformClient(HttpClient http, URI base, String stationCode, String clientVersion,
                              Duration requestTimeout) {
        this(http, null, base, stationCode, clientVersion, requestTimeout);
    }

    HttpPlatformClient(HttpClient http, SSLContext tls, URI base, String stationCode, String clientVersion,
                       Duration requestTimeout) {
        this.http = http;
        this.tls = tls;
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.stationCode = stationCode;
        this.clientVersion = clientVersion;
        this.requestTimeout = requestTimeout;
    }

    /** The client for {@code config}: TLS from its files (refused with a Chinese message when they do not open). */
    public static HttpPlatformClient of(PlatformConfig config, String stationCode, String clientVersion)
            throws PlatformConfig.Refused {
        return of(config, stationCode, clientVersion, Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    public static HttpPlatformClient of(PlatformConfig config, String stationCode, String clientVersion,
                                        Duration connectTimeout, Duration requestTimeout)
            throws PlatformConfig.Refused {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1);
        SSLContext tls = null;
        if (!config.plainHttp()) {
            tls = PlatformTls.context(config);
            builder.sslContext(tls);
        }
        return new HttpPlatformClient(builder.build(), tls, config.url(), stationCode, clientVersion, requestTimeout);
    }

    // ---- §1 events ----

    @Override
    public BatchResponse upload(String batchId, List<OutboxEvent> events) throws PlatformUnavailable, PlatformRefused {
        JsonNode answer = send(post("api/v1/events:batch", batchBody(batchId, events)));
        try {
            List<EventResult> results = new ArrayList<>();
            for (JsonNode r : answer.required("results")) {
                JsonNode error = r.get("error");
                results.add(new EventResult(r.required("eventId").asText(), r.required("seq").asLong(),
                        EventStatus.valueOf(r.required("status").asText()),
                        error == null || error.isNull() ? null : error.isTextual() ? error.asText() : error.toString()));
            }
            return new BatchResponse(answer.required("lastAcceptedSeq").asLong(), results);
        } catch (IllegalArgumentException e) {
            throw protocol(e);
        }
    }

    byte[] batchBody(String batchId, List<OutboxEvent> events) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = json.getFactory().createGenerator(bytes)) {
            g.writeStartObject();
            g.writeStringField("stationCode", stationCode);
            g.writeStringField("batchId", batchId);
            g.writeArrayFieldStart("events");
            for (OutboxEvent e : events) {
                g.writeStartObject();
                g.writeStringField("eventId", e.eventId());
                g.writeNumberField("seq", e.seq());
                g.writeStringField("type", e.type().name());
                g.writeStringField("occurredAt", e.occurredAt().toString());
                g.writeStringField("operator", e.operator());
                g.writeStringField("aggregateType", e.aggregateType());
                g.writeStringField("aggregateId", e.aggregateId());
                g.writeFieldName("payload");
                g.writeRawValue(e.payloadJson()); // stored exactly as it is to be sent (JdbcOutbox)
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public long cursor() throws PlatformUnavailable, PlatformRefused {
        JsonNode answer = send(get("api/v1/stations/" + stationCode + "/cursor"));
        try {
            return answer.required("lastAcceptedSeq").asLong();
        } catch (IllegalArgumentException e) {
            throw protocol(e);
        }
    }

    // ---- §2 inbox ----

    /**
     * A page the client cannot read at all (not JSON, no {@code messages} list) is {@link PlatformUnavailable}: the
     * run fails with a Chinese message and the page is fetched again by the retries and the next run. A message of a
     * readable page whose envelope is broken comes back with its {@code problem} for the inbox to refuse on its own
     * (ADR 0308): one bad message never holds back the ones after it.
     */
    @Override
    public InboxPage inbox(long after, int limit) throws PlatformUnavailable, PlatformRefused {
        JsonNode answer;
        try {
            answer = send(get("api/v1/stations/" + stationCode + "/inbox?after=" + after + "&limit=" + limit));
        } catch (PlatformRefused e) {
            if (e.kind() == PlatformRefused.Kind.PROTOCOL) {
                throw unreadablePage(PlatformMessages.get("platformError.inbox.notJson"), e);
            }
            throw e;
        }
        JsonNode list = answer.get("messages");
        if (list == null || !list.isArray()) {
            throw unreadablePage(PlatformMessages.get("platformError.inbox.noMessages"), null);
        }
        List<InboxPage.Message> messages = new ArrayList<>();
        for (JsonNode m : list) {
            messages.add(message(m));
        }
        return new InboxPage(messages, answer.path("more").asBoolean(false));
    }

    private InboxPage.Message message(JsonNode m) {
        if (!m.isObject()) {
            return new InboxPage.Message(0, null, Map.of(), PlatformMessages.get("platformError.inbox.notObject",
                    "message", kind(m)));
        }
        JsonNode c = m.get("cursor");
        long cursor = c != null && c.isIntegralNumber() && c.canConvertToLong() && c.asLong() > 0 ? c.asLong() : 0;
        JsonNode t = m.get("type");
        String type = t != null && t.isTextual() && !t.asText().isBlank() ? t.asText().strip() : null;
        JsonNode p = m.get("payload");
        String problem = null;
        if (cursor == 0) {
            problem = c == null || c.isNull() ? PlatformMessages.get("platformError.inbox.missing", "cursor")
                    : PlatformMessages.get("platformError.inbox.badCursor", c.isNumber() ? c.asText() : kind(c));
        } else if (type == null) {
            problem = t == null || t.isNull() || (t.isTextual() && t.asText().isBlank())
                    ? PlatformMessages.get("platformError.inbox.missing", "type")
                    : PlatformMessages.get("platformError.inbox.wrongKind", "type", kind(t));
        } else if (p == null || p.isNull()) {
            problem = PlatformMessages.get("platformError.inbox.missing", "payload");
        } else if (!p.isObject()) {
            problem = PlatformMessages.get("platformError.inbox.notObject", "payload", kind(p));
        }
        return new InboxPage.Message(cursor, type, p != null && p.isObject() ? map(p) : Map.of(), problem);
    }

    /** What a JSON value is, in Chinese, without repeating it (a payload may hold personal data). */
    private static String kind(JsonNode node) {
        return PlatformMessages.get(switch (node.getNodeType()) {
            case STRING, BINARY -> "platformError.inbox.kind.text";
            case NUMBER -> "platformError.inbox.kind.number";
            case BOOLEAN -> "platformError.inbox.kind.boolean";
            case ARRAY -> "platformError.inbox.kind.array";
            case OBJECT, POJO -> "platformError.inbox.kind.object";
            default -> "platformError.inbox.kind.null";
        });
    }

    private static PlatformUnavailable unreadablePage(String why, Throwable cause) {
        return new PlatformUnavailable(PlatformUnavailable.Kind.SERVER_ERROR,
                PlatformMessages.get("platformError.inbox.unreadable", why), null, cause);
    }

    @Override
    public void acknowledgeInbox(long cursor) throws PlatformUnavailable, PlatformRefused {
        send(post("api/v1/stations/" + stationCode + "/inbox:ack",
                ("{\"cursor\":" + cursor + "}").getBytes(StandardCharsets.UTF_8)));
    }

    // ---- §3, §4, §5 ----

    @Override
    public MasterDataTable masterData(String table) throws PlatformUnavailable, PlatformRefused {
        JsonNode answer = send(get("api/v1/master-data/" + encode(table)));
        try {
            List<MasterDataTable.Row> rows = new ArrayList<>();
            JsonNode list = answer.required("rows");
            if (!list.isArray()) {
                throw new IllegalArgumentException("rows");
            }
            for (JsonNode r : list) {
                // a row without code or name is the inbox's to refuse with a reason (ADR 0266), not a protocol error
                rows.add(new MasterDataTable.Row(textOrNull(r.get("code")), textOrNull(r.get("name"))));
            }
            return new MasterDataTable(answer.required("table").asText(), answer.required("version").asLong(), rows);
        } catch (IllegalArgumentException e) {
            throw protocol(e);
        }
    }

    @Override
    public PersonRecords personRecords(String idNumber) throws PlatformUnavailable, PlatformRefused {
        JsonNode answer = send(get("api/v1/persons/" + encode(idNumber) + "/records"));
        try {
            List<Map<String, Object>> records = new ArrayList<>();
            for (JsonNode r : answer.required("records")) {
                records.add(map(r));
            }
            return new PersonRecords(idNumber, records);
        } catch (IllegalArgumentException e) {
            throw protocol(e);
        }
    }

    @Override
    public OffsetDateTime time() throws PlatformUnavailable, PlatformRefused {
        JsonNode answer = send(get("api/v1/time"));
        try {
            return OffsetDateTime.parse(answer.required("now").asText());
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw protocol(e);
        }
    }

    // ---- transport ----

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Map<String, Object> map(JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        return json.convertValue(node, new TypeReference<Map<String, Object>>() { });
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(requestTimeout)
                .header("X-Station-Code", stationCode).header("X-Client-Version", clientVersion)
                .header("Accept", "application/json");
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, byte[] body) {
        return request(path).header("Content-Type", "application/json; charset=utf-8")
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(body))).build();
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private JsonNode send(HttpRequest request) throws PlatformUnavailable, PlatformRefused {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailable(PlatformUnavailable.Kind.CONNECTION,
                    PlatformMessages.get("platformError.offline", "interrupted"), null, e);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            if (tls != null && TransportFailures.refusesOurCertificate(base, tls)) {
                throw new PlatformRefused(PlatformRefused.Kind.TLS,
                        PlatformMessages.get("platformError.clientCertificate"), e);
            }
            throw new PlatformUnavailable(PlatformUnavailable.Kind.TIMEOUT,
                    PlatformMessages.get("platformError.timeout"), null, e);
        } catch (IOException e) {
            throw TransportFailures.classify(e, base, tls);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailable(PlatformUnavailable.Kind.CONNECTION,
                    PlatformMessages.get("platformError.offline", "interrupted"), null, e);
        } finally {
            inFlight.release();
        }
        return answer(response);
    }

    private JsonNode answer(HttpResponse<byte[]> response) throws PlatformUnavailable, PlatformRefused {
        int status = response.statusCode();
        if (status == 429 || status == 503) {
            Duration retryAfter = retryAfter(response);
            throw new PlatformUnavailable(PlatformUnavailable.Kind.BUSY,
                    PlatformMessages.get("platformError.busy", status, retryAfter.toSeconds()), retryAfter, null);
        }
        if (status >= 500) {
            throw new PlatformUnavailable(PlatformUnavailable.Kind.SERVER_ERROR,
                    PlatformMessages.get("platformError.server", status), null, null);
        }
        JsonNode body;
        try {
            body = response.body().length == 0 ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw protocol(e);
        }
        if (status == 403 && STATION_MISMATCH.equals(body.path("code").asText())) {
            // the certificate is another station's (ADR 0375): an administrator must change it, never retried
            throw new PlatformRefused(PlatformRefused.Kind.TLS,
                    PlatformMessages.get("platformError.stationMismatch", stationCode), null);
        }
        if (status >= 400 || status < 200 || status >= 300) {
            throw new PlatformRefused(PlatformRefused.Kind.REQUEST, PlatformMessages.get("platformError.request",
                    body.path("message").asText("HTTP " + status), body.path("code").asText(Integer.toString(status))),
                    null);
        }
        return body;
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        try {
            long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElse("1").trim());
            return Duration.ofSeconds(Math.max(0, Math.min(seconds, 3600)));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1); // an HTTP date: not used by the platform; wait a little
        }
    }

    private static PlatformRefused protocol(Exception e) {
        return new PlatformRefused(PlatformRefused.Kind.PROTOCOL,
                PlatformMessages.get("platformError.protocol", e.getClass().getSimpleName()), e);
    }
}
