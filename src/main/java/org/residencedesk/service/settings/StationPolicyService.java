package org.residencedesk.service.settings;

import org.residencedesk.service.Requires;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.policy.HolidayTable;
import org.residencedesk.domain.policy.PolicyKey;
import org.residencedesk.domain.policy.StationPolicy;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.StationPolicyStore;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.IssuingAuthorityRule;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.ValidationFailure;

/**
 * 站点政策 for the administrator (系统设置, permission SETTINGS_MANAGE): shows the running and saved policy
 * values and the 签发机关, and changes them — validated with a Chinese message per field and audited
 * (ADR 0166). Policy values apply at the next start (the services are built with them once); the 签发机关
 * is read at every card print and applies at once.
 */
public final class StationPolicyService {
    static final String POLICY_TARGET = "STATION_POLICY";
    /** Field id of the 签发机关 in {@link ValidationFailure}s and on the screen. */
    public static final String ISSUING_AUTHORITY = "issuingAuthority";

    private final Transactions tx;
    private final StationRepository stations;
    private final AuditLog audit;
    private final StationPolicyStore store;
    private final StationPolicy running;
    private final HolidayTable holidays;
    private final List<String> startupNotices;

    public StationPolicyService(Transactions tx, StationRepository stations, AuditLog audit, StationPolicyStore store,
                                StationPolicy running, HolidayTable holidays, List<String> startupNotices) {
        this.tx = tx;
        this.stations = stations;
        this.audit = audit;
        this.store = store;
        this.running = running;
        this.holidays = holidays;
        this.startupNotices = List.copyOf(startupNotices);
    }

    /** The policy the services run on, the saved one and the 签发机关. */
    @Requires(Permission.SETTINGS_MANAGE)
    public PolicySettings settings(Operator op) {
        op.require(Permission.SETTINGS_MANAGE);
        return settingsNow();
    }

    /**
     * Changes the policy values given as text (keys left out keep their saved value). Every value is checked
     * first: any bad one refuses the whole change with a message per key ({@link PolicyKey#fileKey()} as
     * field id) and nothing is written. The audit entry (old → new per key) and the file are written together:
     * the file is replaced atomically as the last step of the audit transaction, and put back if the
     * transaction does not commit. Changing nothing writes nothing. Applies at the next start.
     */
    @Requires(Permission.SETTINGS_MANAGE)
    public PolicySettings change(Operator op, Map<PolicyKey, String> values) {
        op.require(Permission.SETTINGS_MANAGE);
        StationPolicy before = saved();
        StationPolicy.Reading reading = StationPolicy.read(before, values);
        if (reading.accepted().isEmpty()) {
            Map<String, String> messages = new LinkedHashMap<>();
            reading.problems().forEach((key, problem) -> messages.put(key.fileKey(), problem.message(key)));
            throw new ValidationFailure(messages);
        }
        StationPolicy after = reading.policy();
        Map<PolicyKey, String> changed = after.changedFrom(before);
        if (changed.isEmpty() && store.exists()) {
            return settingsNow();
        }
        String detail = changed.entrySet().stream().map(e -> e.getKey().fileKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
        boolean existed = store.exists();
        boolean[] written = {false};
        try {
            tx.run(() -> {
                audit.append(new AuditRecord(op.login(), AuditAction.SETTINGS_CHANGED, POLICY_TARGET,
                        "policy", detail.isEmpty() ? "written with unchanged values" : detail));
                store.save(after);
                written[0] = true;
            });
        } catch (RuntimeException e) {
            if (written[0] && existed) {
                store.save(before); // the transaction did not commit: the file must not say otherwise
            }
            throw e;
        }
        return settingsNow();
    }

    /** Sets the 签发机关 printed on the permit cards from the next print on (audited, old → new). */
    @Requires(Permission.SETTINGS_MANAGE)
    public PolicySettings changeIssuingAuthority(Operator op, String authority) {
        op.require(Permission.SETTINGS_MANAGE);
        Problems p = new Problems();
        IssuingAuthorityRule.check(p, ISSUING_AUTHORITY, authority);
        p.throwIfAny();
        String next = authority.strip();
        tx.run(() -> {
            Station station = stations.find().orElseThrow(() -> new IllegalStateException("no station"));
            String previous = station.issuingAuthority().orElse("");
            if (previous.equals(next)) {
                return;
            }
            station.changeIssuingAuthority(next);
            stations.save(station);
            audit.append(new AuditRecord(op.login(), AuditAction.SETTINGS_CHANGED, "STATION",
                    station.code().value(), ISSUING_AUTHORITY + ": " + previous + " → " + next));
        });
        return settingsNow();
    }

    private PolicySettings settingsNow() {
        boolean exists = store.exists();
        StationPolicy saved = saved();
        return tx.readOnly(() -> new PolicySettings(running, saved, exists, holidays,
                stations.find().flatMap(Station::issuingAuthority), startupNotices));
    }

    /** The file as it is now; a file broken by hand since start shows as a problem, never half-read. */
    private StationPolicy saved() {
        try {
            return store.load();
        } catch (StationPolicyStore.PolicyFileRefused e) {
            throw new ValidationFailure(Map.of("form", e.getMessage()));
        }
    }
}
