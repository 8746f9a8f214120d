package org.residencedesk.storage;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.residencedesk.port.StationProblem;
import org.residencedesk.port.StationProblem.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises in Derby's errors the problems a counter meets in the field (docs/decisions/0275): a damaged page, log
 * or service file; a full disk; a database another process has booted; a read-only folder; a lock wait that timed out
 * or a deadlock (busy: nothing saved, try again). Everything else stays
 * technical (an incident). The order matters: a full disk also shows as "page could not be written" (XSDG1), and
 * another process's lock as XSDB6, next to the damage states.
 */
public final class DerbyProblems {
    private static final Logger LOG = LoggerFactory.getLogger(DerbyProblems.class);

    /** Another JVM booted the database (Derby's {@code db.lck}/{@code dbex.lck}). */
    private static final Set<String> IN_USE = Set.of("XSDB6", "XSDB7");
    /** A read-only connection or database refused a change; a failed lock-file write on a read-only folder. */
    private static final Set<String> READ_ONLY = Set.of("25502", "XSDB8", "XSDF4");
    /** A required property missing from service.properties; the folder without service.properties. */
    private static final Set<String> DAMAGED_STATES = Set.of("XCY03", "XBM0A", "XSCH8", "XSAI2", "XSAI3", "XSCB1",
            "XSCB2", "XSCB3", "XSCB4", "XSCB5", "XSCB6", "XSCB7", "XSCB8", "XSCB9", "XSCH5", "XSCH6", "XSCH7");
    /** A lock wait that timed out (with or without Derby's lock table in the message), a deadlock (ADR 0362). */
    private static final Set<String> BUSY = Set.of("40XL1", "40XL2", "40001");
    /** Page (XSDG), raw store record (XSDA, XSDB) and log (XSLA, XSLB) errors. */
    private static final Set<String> DAMAGED_PREFIXES = Set.of("XSDG", "XSDA", "XSDB", "XSLA", "XSLB");

    private DerbyProblems() {
    }

    /** The field problem behind {@code error}, if it is one. */
    public static Optional<Kind> classify(Throwable error) {
        boolean inUse = false;
        boolean readOnly = false;
        boolean damaged = false;
        boolean unreachable = false;
        boolean connectionLost = false;
        boolean networkFailure = false;
        boolean busy = false;
        Deque<Throwable> todo = new ArrayDeque<>();
        if (error != null) {
            todo.push(error);
        }
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (t == null || !seen.add(t)) {
                continue;
            }
            String m = t.getMessage();
            if (m != null && (m.contains("No space left") || m.contains("not enough space")
                    || m.contains("Disk quota exceeded"))) {
                return Optional.of(Kind.DISK_FULL); // wins over the XSDG1 it comes with
            }
            // a socket error, or Derby's network client reporting the connection it lost (its DisconnectException
            // "insufficient data … connection terminated" comes without an IOException, e.g. at a rollback)
            networkFailure |= t instanceof java.io.IOException
                    || t.getClass().getName().startsWith("org.apache.derby.client.");
            if (m != null && m.contains("Read-only file system")) {
                readOnly = true;
            }
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                if (state != null) {
                    inUse |= IN_USE.contains(state);
                    // the network client: cannot connect (08001), connection lost on the way (08006 over a socket)
                    unreachable |= "08001".equals(state);
                    connectionLost |= "08006".equals(state) || "08003".equals(state);
                    readOnly |= READ_ONLY.contains(state);
                    busy |= BUSY.contains(state);
                    damaged |= DAMAGED_STATES.contains(state)
                            || state.length() >= 4 && DAMAGED_PREFIXES.contains(state.substring(0, 4));
                }
                if (s.getNextException() != null) {
                    todo.push(s.getNextException());
                }
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                todo.push(suppressed);
            }
        }
        if (unreachable || connectionLost && networkFailure) {
            return Optional.of(Kind.SERVER_UNREACHABLE);
        }
        if (inUse) {
            return Optional.of(Kind.IN_USE);
        }
        if (readOnly) {
            return Optional.of(Kind.READ_ONLY);
        }
        if (damaged) {
            return Optional.of(Kind.DAMAGED);
        }
        return busy ? Optional.of(Kind.BUSY) : Optional.empty();
    }

    /** {@code error} as a {@link StationProblem} when it is a field problem, else unchanged. */
    public static RuntimeException translate(RuntimeException error, String location) {
        if (error instanceof StationProblem) {
            return error;
        }
        Optional<Kind> kind = classify(error);
        if (kind.isEmpty()) {
            return error;
        }
        LOG.error("storage problem {} in {}", kind.get(), location, error);
        return new StationProblem(kind.get(), location, error);
    }
}
