package org.residencedesk.service.account;

import org.residencedesk.service.Requires;
import org.residencedesk.service.NoOperator;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.SessionSettingsStore;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.ValidationFailure;

/**
 * How long the window waits without input before it locks (docs/decisions/0162): {@value #DEFAULT_MINUTES}
 * minutes unless an administrator chose 1–60. Kept in an owner-only file beside the database, not in it, so the
 * window can read it without a query; the change is audited.
 */
public final class IdleLockSettings {
    public static final int DEFAULT_MINUTES = 10;
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 60;

    private final Transactions tx;
    private final SessionSettingsStore store;
    private final AuditLog audit;

    public IdleLockSettings(Transactions tx, SessionSettingsStore store, AuditLog audit) {
        this.tx = tx;
        this.store = store;
        this.audit = audit;
    }

    /**
     * The idle time for the window of a signed-in operator. Every operator's window locks, so no permission of
     * the matrix is needed: only a signed-in operator; the value is no personal data.
     */
    @NoOperator("every signed-in window locks after the station's idle time, whatever the role")
    public Duration idleTime(Operator operator) {
        Objects.requireNonNull(operator, "a signed-in operator");
        return Duration.ofMinutes(minutes());
    }

    /** The minutes in force, for the administrator's field. */
    @Requires(Permission.SETTINGS_MANAGE)
    public int minutes(Operator operator) {
        operator.require(Permission.SETTINGS_MANAGE);
        return minutes();
    }

    /** @throws ValidationFailure (field {@code idleMinutes}) outside 1–60; nothing is stored then */
    @Requires(Permission.SETTINGS_MANAGE)
    public void change(Operator operator, int minutes) {
        operator.require(Permission.SETTINGS_MANAGE);
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new ValidationFailure(Map.of("idleMinutes",
                    Problems.message("users.idleLock.range", MIN_MINUTES, MAX_MINUTES)));
        }
        tx.run(() -> {
            int before = minutes();
            audit.append(new AuditRecord(operator.login(), AuditAction.IDLE_LOCK_CHANGED, "STATION", null,
                    "minutes=" + before + "->" + minutes));
            // last in the transaction: a file that cannot be written rolls the audit entry back with it
            store.saveIdleLockMinutes(minutes);
        });
    }

    private int minutes() {
        int stored = store.idleLockMinutes().orElse(DEFAULT_MINUTES);
        return stored < MIN_MINUTES || stored > MAX_MINUTES ? DEFAULT_MINUTES : stored;
    }
}
