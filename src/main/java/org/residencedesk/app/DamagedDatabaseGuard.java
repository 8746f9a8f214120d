package org.residencedesk.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.residencedesk.port.DatabaseCondition;
import org.residencedesk.port.StationProblem;
import org.residencedesk.port.Transactions;

/**
 * The unit of work the business services use (docs/decisions/0275): once the database is known to be damaged — by
 * the consistency check at start or at night, or by any read or write that hit a damaged page — every change is
 * refused with the one message that names the way out (a restore), while reads go on as far as the pages allow.
 * Sign-in, the audit trail and exports use the unguarded unit: who looked, and what left the station, is still
 * written down on a damaged database. The window follows it as a {@link DatabaseCondition} (ADR 0333).
 */
final class DamagedDatabaseGuard implements Transactions, DatabaseCondition {
    private final Transactions inner;
    private final String location;
    private volatile boolean damaged;
    private volatile boolean lost;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    DamagedDatabaseGuard(Transactions inner, String location) {
        this.inner = inner;
        this.location = location;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (damaged) {
            throw new StationProblem(StationProblem.Kind.DAMAGED, location, null);
        }
        return watch(() -> inner.inTransaction(work));
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return watch(() -> inner.readOnly(work));
    }

    private <T> T watch(Supplier<T> work) {
        try {
            return work.get();
        } catch (StationProblem problem) {
            if (problem.kind() == StationProblem.Kind.DAMAGED && found()) {
                org.slf4j.LoggerFactory.getLogger(DamagedDatabaseGuard.class)
                        .error("damaged database found in use: changes are refused from now on");
            }
            throw problem;
        }
    }

    /** From now on every change is refused. */
    void markDamaged() {
        found();
    }

    /**
     * The database misses changes it had confirmed (the commit witness, ADR 0363): every change is refused, and so is
     * every export made through {@link #forExports} — a file of what is left would report success on partial data.
     */
    void markLost() {
        lost = true;
        found();
    }

    /** The unit of work of exports: unguarded (ADR 0275) unless confirmed changes were lost. */
    Transactions forExports(Transactions unguarded) {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                refuseWhenLost();
                return unguarded.inTransaction(work);
            }

            @Override
            public <T> T readOnly(Supplier<T> work) {
                refuseWhenLost();
                return unguarded.readOnly(work);
            }
        };
    }

    private void refuseWhenLost() {
        if (lost) {
            throw new StationProblem(StationProblem.Kind.DAMAGED, location, null);
        }
    }

    /**
     * Derby's {@code SYSCS_CHECK_TABLE} over every table and its indexes, for at most {@code budget}; a damaged one
     * makes the business services refuse every change from now on. Logged either way.
     *
     * @return true when no table checked was damaged
     */
    boolean checkIntegrity(org.residencedesk.storage.ConnectionSource connections, java.nio.file.Path databaseDir,
                           java.time.Duration budget) {
        org.residencedesk.port.HealthReport.Check check = org.residencedesk.storage.DatabaseHealth.inspect(
                connections, databaseDir, budget);
        Object integrity = check.facts().get("integrity");
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AppContext.class);
        if ("DAMAGED".equals(integrity)) {
            log.error("consistency check found the database damaged: {}", check.facts().get("damagedTables"));
            markDamaged();
            return false;
        }
        log.info("consistency check: {} of {} tables, {}; not reached in {}: {}", check.facts().get("tablesChecked"),
                check.facts().get("tables"), integrity, budget, check.facts().getOrDefault("notReached", List.of()));
        return true;
    }

    /** Turns damaged on; true (and the listeners told) only the first time. */
    private boolean found() {
        synchronized (this) {
            if (damaged) {
                return false;
            }
            damaged = true;
        }
        listeners.forEach(Runnable::run);
        return true;
    }

    @Override
    public boolean damaged() {
        return damaged;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
