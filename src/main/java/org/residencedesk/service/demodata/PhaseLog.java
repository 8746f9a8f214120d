package org.residencedesk.service.demodata;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a demo-data run spends its time (issue 17, ADR 0380): each phase's wall time and the CPU time of the thread
 * that writes, into the log (counts only, no personal data). Shows whether the writer waited (for the disk, for the
 * other core) or worked.
 */
final class PhaseLog {
    private static final Logger LOG = LoggerFactory.getLogger(PhaseLog.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long persons;
    private long wall = System.nanoTime();
    private long cpu = cpuNow();

    PhaseLog(long persons) {
        this.persons = persons;
    }

    /** Logs the phase that ends now and starts the next. */
    void lap(String phase) {
        long wallNow = System.nanoTime();
        long cpuNow = cpuNow();
        LOG.info("demo data, {} persons: {} took {} ms (writing thread CPU {} ms)", persons, phase,
                (wallNow - wall) / 1_000_000, cpuNow < 0 ? "?" : Long.toString((cpuNow - cpu) / 1_000_000));
        wall = wallNow;
        cpu = cpuNow;
    }

    private static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }
}
