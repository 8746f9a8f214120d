package org.residencedesk.storage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Connections kept open between units of work, for the embedded database (docs/decisions/0383: a new embedded
 * connection signs in with NATIVE authentication, which hashes the password and reads SYS.SYSUSERS through a second,
 * internal connection) and for a counter's connections to the main PC's server (a new one costs an SSL handshake and
 * a sign-in on the server). {@code close()} hands a connection back rolled back, with autocommit on and whatever
 * else its {@link Reset} restores, as a new one would be; at most {@link #IDLE} wait, the most recently used first
 * (one thread keeps one connection); one that failed or was closed (a session-severity error, a lost server) is
 * dropped. {@link #close()} closes the idle ones before the database shuts down. Plain JDBC users of the embedded
 * database ({@link Database#openConnection()}) still get fresh connections.
 */
final class IdleConnections extends DelegatingDataSource {
    static final int IDLE = 4;

    /** What differs between the embedded database and a counter's server: by default nothing. */
    interface Reset {
        /** A new physical connection, before its first use (a counter's goes to the schema APP). */
        default void opened(Connection c) throws SQLException {
        }

        /** A handed-back connection after its roll-back and autocommit on: anything else a new one would have. */
        default void reset(Connection c) throws SQLException {
        }

        /** Whether an idle connection unused for {@code idleMillis} may be handed out as it is. */
        default boolean usable(Connection c, long idleMillis) {
            return true;
        }

        /** Whether this failure means every idle connection is dead too (the server went away). */
        default boolean lost(Throwable failure) {
            return false;
        }
    }

    private record Idle(Connection connection, long sinceNanos) {
    }

    private final ArrayDeque<Idle> idle = new ArrayDeque<>();
    private final Reset policy;
    private boolean closed;

    IdleConnections(DataSource delegate, String why, Reset policy) {
        super(delegate, why);
        this.policy = policy;
    }

    /** The embedded station database's: a handed-back connection is also made writable again. */
    static IdleConnections embedded(DataSource delegate) {
        return new IdleConnections(delegate, "the station database signs in with its owner account only", new Reset() {
            @Override
            public void reset(Connection c) throws SQLException {
                if (c.isReadOnly()) {
                    c.setReadOnly(false);
                }
                c.clearWarnings();
            }
        });
    }

    @Override
    public Connection getConnection() throws SQLException {
        while (true) {
            Idle next;
            synchronized (idle) {
                next = idle.pollFirst();
            }
            if (next == null) {
                return pooled(open());
            }
            Connection c = next.connection();
            if (!c.isClosed() && policy.usable(c, (System.nanoTime() - next.sinceNanos()) / 1_000_000)) {
                return pooled(c);
            }
            closeQuietly(c);
        }
    }

    private Connection open() throws SQLException {
        Connection c = delegate.getConnection();
        try {
            policy.opened(c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    /** How many connections wait to be used again (for tests). */
    int idleCount() {
        synchronized (idle) {
            return idle.size();
        }
    }

    /** The connection as its user sees it: close() hands it back, every other call after that fails. */
    private Connection pooled(Connection physical) {
        boolean[] handedBack = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> {
                        if (!handedBack[0]) {
                            handedBack[0] = true;
                            giveBack(physical);
                        }
                        yield null;
                    }
                    case "isClosed" -> handedBack[0] || physical.isClosed();
                    case "unwrap", "isWrapperFor", "equals", "hashCode", "toString" -> invoke(method, physical, args);
                    default -> {
                        if (handedBack[0]) {
                            throw new SQLException("connection closed", "08003");
                        }
                        yield invoke(method, physical, args);
                    }
                });
    }

    private Object invoke(Method method, Connection physical, Object[] args) throws Throwable {
        try {
            return method.invoke(physical, args);
        } catch (InvocationTargetException e) {
            if (policy.lost(e.getCause())) {
                dropIdle();
            }
            throw e.getCause();
        }
    }

    private void giveBack(Connection physical) {
        try {
            if (physical.isClosed()) {
                return;
            }
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            policy.reset(physical);
            synchronized (idle) {
                if (!closed && idle.size() < IDLE) {
                    idle.addFirst(new Idle(physical, System.nanoTime()));
                    return;
                }
            }
        } catch (SQLException e) {
            // a connection that was closed or cannot be reset: not kept, nor the idle ones beside it if the server went
            if (policy.lost(e)) {
                dropIdle();
            }
        }
        closeQuietly(physical);
    }

    /** Closes the idle connections (after the server went away each would fail one more transaction). */
    private void dropIdle() {
        List<Idle> dead;
        synchronized (idle) {
            dead = new ArrayList<>(idle);
            idle.clear();
        }
        dead.forEach(i -> closeQuietly(i.connection()));
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // already gone (the database was shut down, the server went away)
        }
    }

    /** Closes the idle connections; later hand-backs are closed, not kept. */
    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
        }
        dropIdle();
    }
}
