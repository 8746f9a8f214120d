package org.residencedesk.service.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;

/**
 * The latest broken verdict of the audit check (at every start and daily), for the window
 * (docs/decisions/0139). A break stays alarming until an administrator acknowledges it through
 * {@link #acknowledge}; the acknowledgement covers that break only (same problem and first broken entry),
 * so a later, different break alarms again. Thread-safe: the check reports on the jobs thread.
 */
public final class AuditAlarm {
    private final AuditService audit;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private AuditVerdict broken;
    private AuditVerdict acknowledged;

    public AuditAlarm(AuditService audit) {
        this.audit = audit;
    }

    /** The result of a check; an intact verdict changes nothing (a chain once broken stays broken). */
    @NoOperator("the station's own chain check reports here (the jobs thread); no operator is involved")
    public void report(AuditVerdict verdict) {
        if (verdict.ok()) {
            return;
        }
        synchronized (this) {
            broken = verdict;
        }
        listeners.forEach(Runnable::run);
    }

    /** The latest break, whether acknowledged or not (the status bar tells everyone). */
    @NoOperator("whether the chain is broken: the status bar tells everyone, no personal data")
    public synchronized Optional<AuditVerdict> broken() {
        return Optional.ofNullable(broken);
    }

    /** The latest break unless an administrator already acknowledged it. */
    @NoOperator("whether an unacknowledged break exists: decides the alert, no personal data")
    public synchronized Optional<AuditVerdict> unacknowledged() {
        return broken == null || sameBreak(broken, acknowledged) ? Optional.empty() : Optional.of(broken);
    }

    /** Audited; only an administrator ({@link org.residencedesk.service.PermissionDenied} otherwise). */
    @Requires(Permission.AUDIT_ACKNOWLEDGE)
    public void acknowledge(Operator operator) {
        operator.require(Permission.AUDIT_ACKNOWLEDGE);
        Optional<AuditVerdict> open = unacknowledged();
        if (open.isEmpty()) {
            return;
        }
        audit.acknowledgeBreak(operator, open.get());
        synchronized (this) {
            acknowledged = open.get();
        }
        listeners.forEach(Runnable::run);
    }

    /** Told (on the reporting thread) whenever a check reports a break or one is acknowledged. */
    @NoOperator("the window follows the alarm's state")
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @NoOperator("the window stops following the alarm's state")
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Entries keep being written after a break, so the count does not tell breaks apart. */
    static boolean sameBreak(AuditVerdict a, AuditVerdict b) {
        return b != null && a.problem() == b.problem() && Objects.equals(a.firstBroken(), b.firstBroken());
    }
}
