package org.residencedesk.service.sync;

import java.util.Map;
import java.util.Optional;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.platform.ConnectionReport;
import org.residencedesk.port.platform.PlatformSettings;
import org.residencedesk.port.platform.PlatformSettingsStore;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;
import org.residencedesk.service.ValidationFailure;

/**
 * 系统设置 → 平台 (issue 13 items 4 and 5, ADR 0271): {@code platform.properties} read, checked with the rules the
 * station applies when it reads the file, written (owner-only, atomically; audited) and tried with 连接测试. The
 * running uploader reads the new file at its next request: no restart.
 */
public final class PlatformSettingsService {
    private final Transactions tx;
    private final StationRepository stations;
    private final AuditLog audit;
    private final PlatformSettingsStore store;

    public PlatformSettingsService(Transactions tx, StationRepository stations, AuditLog audit,
                                   PlatformSettingsStore store) {
        this.tx = tx;
        this.stations = stations;
        this.audit = audit;
        this.store = store;
    }

    /** The station's settings, or empty values when it has no file. */
    @Requires(Permission.SETTINGS_MANAGE)
    public PlatformSettings current(Operator operator) {
        operator.require(Permission.SETTINGS_MANAGE);
        return store.read();
    }

    /**
     * Writes {@code settings} as the station's {@code platform.properties}; refused with a
     * {@link ValidationFailure} (key of the file → Chinese message) and nothing written when the station could not
     * use them.
     */
    @Requires(Permission.SETTINGS_MANAGE)
    public void save(Operator operator, PlatformSettings settings) {
        operator.require(Permission.SETTINGS_MANAGE);
        Optional<PlatformSettings.Problem> problem = store.check(settings);
        if (problem.isPresent()) {
            throw new ValidationFailure(Map.of(problem.get().key(), problem.get().message()));
        }
        tx.run(() -> {
            audit.append(new AuditRecord(operator.login(), AuditAction.PLATFORM_SETTINGS_CHANGED, "STATION", null,
                    "url=" + settings.url() + " interval=" + settings.intervalMinutes()));
            store.write(settings); // last: a failed write rolls the audit entry back
        });
    }

    /**
     * 连接测试 with {@code settings} as typed (saved or not), as this station. Contacts the platform and blocks for
     * a few seconds: never on the FX thread.
     */
    @Requires(Permission.SETTINGS_MANAGE)
    public ConnectionReport test(Operator operator, PlatformSettings settings) {
        operator.require(Permission.SETTINGS_MANAGE);
        String code = tx.readOnly(stations::find).map(Station::code).map(c -> c.value()).orElse("");
        return store.test(settings, code);
    }
}
