package org.residencedesk.storage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The embedded database's connections for Hibernate's units of work, kept open between them (docs/decisions/0383): a
 * new embedded connection signs in with NATIVE authentication, which hashes the password and reads SYS.SYSUSERS
 * through a second, internal connection, for every look-up and every save. At most {@link #IDLE} idle connections are
 * kept; {@code close()} hands one back rolled back, with autocommit on and not read-only, as a new one would be; one
 * that failed or was closed by Derby (a session-severity error) is dropped. {@link #close()} closes the idle ones
 * before the database shuts down. Plain JDBC users ({@link Database#openConnection()}) still get fresh connections.
 */
final class IdleConnections extends DelegatingDataSource {
    static final int IDLE = 4;

    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    IdleConnections(DataSource delegate) {
        super(delegate, "the station database signs in with its owner account only");
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical;
        synchronized (idle) {
            physical = idle.pollFirst();
        }
        return pooled(physical != null && !physical.isClosed() ? physical : delegate.getConnection());
    }

    /** How many connections wait to be used again (for tests). */
    int idleCount() {
        synchronized (idle) {
            return idle.size();
        }
    }

    private Connection pooled(Connection physical) {
        boolean[] handedBack = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (!handedBack[0]) {
                                handedBack[0] = true;
                                giveBack(physical);
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            return handedBack[0] || physical.isClosed();
                        }
                        case "unwrap", "isWrapperFor", "equals", "hashCode", "toString" -> {
                            return invoke(method, physical, args);
                        }
                        default -> {
                            if (handedBack[0]) {
                                throw new SQLException("connection closed", "08003");
                            }
                            return invoke(method, physical, args);
                        }
                    }
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Connection physical, Object[] args) throws Throwable {
        try {
            return method.invoke(physical, args);
        } catch (InvocationTargetException e) {
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
            if (physical.isReadOnly()) {
                physical.setReadOnly(false);
            }
            physical.clearWarnings();
            synchronized (idle) {
                if (!closed && idle.size() < IDLE) {
                    idle.addFirst(physical); // the most recently used first: one thread keeps one connection
                    return;
                }
            }
        } catch (SQLException e) {
            // a connection Derby closed or cannot reset: not kept
        }
        closeQuietly(physical);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // already gone (the database was shut down)
        }
    }

    /** Closes the idle connections; later hand-backs are closed, not kept. */
    @Override
    public void close() {
        List<Connection> all;
        synchronized (idle) {
            closed = true;
            all = new ArrayList<>(idle);
            idle.clear();
        }
        all.forEach(IdleConnections::closeQuietly);
    }
}
