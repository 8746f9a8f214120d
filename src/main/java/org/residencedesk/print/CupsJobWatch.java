package org.residencedesk.print;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * After a job is spooled, watches it for a short while (docs/decisions/0312): a CUPS queue that is stopped while our
 * job is still unfinished (disabled mid-job, or a backend error that stops the printer) means nothing came out yet,
 * so the print must not be reported as done. Without a CUPS scheduler (Windows) there is nothing to watch.
 */
final class CupsJobWatch {
    private static final long POLL_MILLIS = 200;

    private final CupsQueueProbe probe;
    private final Duration patience;

    CupsJobWatch(CupsQueueProbe probe, Duration patience) {
        this.probe = probe;
        this.patience = patience;
    }

    /**
     * Whether, within the patience, queue {@code queue} is stopped while a job named {@code jobName} is unfinished.
     * False as soon as no such job is left (printed), when the patience runs out with the queue running (still
     * printing: a slow printer), or when no CUPS scheduler answers.
     */
    boolean heldByStoppedQueue(String queue, String jobName) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<List<CupsQueueProbe.Job>> jobs = probe.unfinishedJobs(queue);
            if (jobs.isEmpty() || jobs.get().stream().noneMatch(j -> j.name().equals(jobName))) {
                return false;
            }
            if (probe.probe(queue).filter(s -> s == CupsQueueProbe.QueueState.STOPPED).isPresent()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
