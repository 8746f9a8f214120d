package org.residencedesk.service.sync.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.platform.PersonRecords;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.port.platform.PlatformRefused;
import org.residencedesk.port.platform.PlatformUnavailable;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 省级查询 (PLATFORM-API §4, issue 13 item 3, ADR 0268): a person's registrations at the other stations of the
 * province, for 换地登记. Online only and never in the counter's way: the request runs on its own daemon thread and is
 * given up after a short time; offline, refused or too slow, the answer is the note 省级查询暂不可用 and the clerk
 * carries on (the note comes from {@code lookup.unavailable}). Every look-up is audited (who asked for which ID number, how many records came back).
 */
public final class ProvinceLookup {
    private static final Logger LOG = LoggerFactory.getLogger(ProvinceLookup.class);
    private static final long DEFAULT_TIMEOUT_MILLIS = 8_000;
    private static final ExecutorService REQUESTS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "province-lookup");
        t.setDaemon(true);
        return t;
    });

    private final Transactions tx;
    private final AuditLog audit;
    private final PlatformClient client;
    private final StationRepository stations;
    private final long timeoutMillis;

    public ProvinceLookup(Transactions tx, AuditLog audit, PlatformClient client, StationRepository stations) {
        this(tx, audit, client, stations, DEFAULT_TIMEOUT_MILLIS);
    }

    public ProvinceLookup(Transactions tx, AuditLog audit, PlatformClient client, StationRepository stations,
                          long timeoutMillis) {
        this.tx = tx;
        this.audit = audit;
        this.client = client;
        this.stations = stations;
        this.timeoutMillis = timeoutMillis;
    }

    /** What the look-up found, or why it could not (a Chinese note beginning with 省级查询暂不可用). */
    public record Result(boolean available, String note, List<OtherStationRegistration> registrations) {
        public Result {
            registrations = List.copyOf(registrations);
        }

        /** The registration to pre-fill a 换地登记 from: the latest active one, else the latest. */
        public java.util.Optional<OtherStationRegistration> latest() {
            return registrations.stream().filter(OtherStationRegistration::active).findFirst()
                    .or(() -> registrations.stream().findFirst());
        }
    }

    /** The person's registrations at other stations, newest first; audited. Blocks at most the short timeout. */
    @Requires(Permission.REGISTRATION_VIEW)
    public Result lookUp(Operator op, String rawIdNumber) {
        op.require(Permission.REGISTRATION_VIEW);
        String idNumber = rawIdNumber == null ? "" : rawIdNumber.strip().toUpperCase(Locale.ROOT);
        Result result = ask(idNumber);
        tx.run(() -> audit.append(new AuditRecord(op.login(), AuditAction.PROVINCE_LOOKUP, "PERSON", idNumber,
                result.available() ? "records=" + result.registrations().size() : "unavailable")));
        return result;
    }

    private Result ask(String idNumber) {
        if (idNumber.isEmpty() || !client.configured()) {
            return unavailable(null);
        }
        String own = tx.readOnly(() -> stations.find().map(s -> s.code().value()).orElse(""));
        CompletableFuture<PersonRecords> call = CompletableFuture.supplyAsync(() -> {
            try {
                return client.personRecords(idNumber);
            } catch (PlatformUnavailable | PlatformRefused e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, REQUESTS);
        try {
            return new Result(true, "", registrations(call.get(timeoutMillis, TimeUnit.MILLISECONDS), own));
        } catch (TimeoutException e) {
            call.cancel(true);
            return unavailable(null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LOG.info("province look-up unavailable: {}", cause.getClass().getSimpleName());
            // offline is the everyday case: the bare note; a refusal (certificates, configuration) says why
            return unavailable(cause instanceof PlatformRefused ? cause.getMessage() : null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable(null);
        }
    }

    private static Result unavailable(String why) {
        java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle("i18n.sync");
        return new Result(false, why == null ? texts.getString("lookup.unavailable")
                : new java.text.MessageFormat(texts.getString("lookup.unavailableBecause"), Locale.CHINA)
                        .format(new Object[] {why}), List.of());
    }

    /** Latest event of each registration at another station, newest first. */
    static List<OtherStationRegistration> registrations(PersonRecords records, String ownStation) {
        Map<String, Map<String, Object>> latest = new LinkedHashMap<>();
        for (Map<String, Object> r : records.records()) {
            String type = String.valueOf(r.get("type"));
            String station = String.valueOf(r.get("stationCode"));
            if (!type.startsWith("REGISTRATION_") || station.equals(ownStation)
                    || !(r.get("payload") instanceof Map<?, ?>)) {
                continue;
            }
            String key = station + "/" + r.get("aggregateId");
            Map<String, Object> before = latest.get(key);
            if (before == null || seq(r) > seq(before)) {
                latest.put(key, r);
            }
        }
        List<OtherStationRegistration> out = new ArrayList<>();
        for (Map<String, Object> r : latest.values()) {
            Map<?, ?> p = (Map<?, ?>) r.get("payload");
            out.add(new OtherStationRegistration(String.valueOf(r.get("stationCode")), text(p.get("registrationNumber")),
                    text(p.get("status")), text(p.get("registeredOn")), text(p.get("residenceDivision")),
                    text(p.get("address")), text(r.get("occurredAt")), form(p)));
        }
        out.sort(Comparator.comparing(OtherStationRegistration::registeredOn)
                .thenComparing(OtherStationRegistration::occurredAt).reversed());
        return out;
    }

    private static long seq(Map<String, Object> r) {
        return r.get("seq") instanceof Number n ? n.longValue() : 0L;
    }

    private static String text(Object v) {
        return v == null ? "" : String.valueOf(v);
    }

    private static FormValues form(Map<?, ?> payload) {
        FormValues.Builder b = FormValues.builder();
        if (payload.get("form") instanceof Map<?, ?> fields) {
            fields.forEach((k, v) -> {
                if (v != null && !(v instanceof Map<?, ?>) && !(v instanceof List<?>)) {
                    b.set(String.valueOf(k), String.valueOf(v));
                }
            });
        }
        if (payload.get("groups") instanceof Map<?, ?> groups) {
            groups.forEach((g, rows) -> {
                b.group(String.valueOf(g));
                if (rows instanceof List<?> list) {
                    for (Object row : list) {
                        if (row instanceof Map<?, ?> m) {
                            Map<String, String> cells = new LinkedHashMap<>();
                            m.forEach((c, v) -> cells.put(String.valueOf(c), v == null ? "" : String.valueOf(v)));
                            b.addRow(String.valueOf(g), cells);
                        }
                    }
                }
            });
        }
        return b.build();
    }
}
