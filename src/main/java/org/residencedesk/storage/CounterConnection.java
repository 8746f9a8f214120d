package org.residencedesk.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.derby.client.BasicClientDataSource;

/**
 * Where a counter finds the station database the main PC serves ({@code database.url=jdbc:derby://host:port/db}) and
 * the station's network account; every connection is SSL-encrypted ({@code ssl=basic}, docs/decisions/0321) and works
 * in the schema {@code APP} that owns the station's tables.
 */
public record CounterConnection(String host, int port, String databaseName, String user, String password) {
    private static final Pattern URL = Pattern.compile("jdbc:derby://([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+\\])(?::(\\d{1,5}))?/([A-Za-z0-9_.\\-]+)");
    /** Derby's network server port unless the URL names another. */
    public static final int DEFAULT_PORT = 1527;
    /** Seconds a counter waits for the main PC before it says the server cannot be reached. */
    static final int LOGIN_TIMEOUT_SECONDS = 10;

    /**
     * @throws IllegalArgumentException the URL is not {@code jdbc:derby://host[:port]/name} (attributes after ';' are
     *                                  refused: the counter sets them itself)
     */
    public static CounterConnection parse(String url, String user, String password) {
        Matcher m = URL.matcher(url == null ? "" : url.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("database.url is not jdbc:derby://host[:port]/name");
        }
        int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("database.url has no valid port");
        }
        if (user == null || user.isBlank() || password == null || password.isBlank()) {
            throw new IllegalArgumentException("database.user or database.password missing");
        }
        return new CounterConnection(m.group(1), port, m.group(3), user, password);
    }

    /** {@code host:port}, for messages and logs (no credentials). */
    public String address() {
        return host + ":" + port;
    }

    /** The URL as the counter's configuration spells it. */
    public String url() {
        return "jdbc:derby://" + address() + "/" + databaseName;
    }

    DataSource dataSource() {
        BasicClientDataSource ds = new BasicClientDataSource();
        ds.setServerName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        ds.setPortNumber(port);
        ds.setDatabaseName(databaseName);
        ds.setUser(user);
        ds.setPassword(password);
        try {
            ds.setSsl("basic");
        } catch (Exception e) {
            throw new IllegalStateException("Derby's client refuses ssl=basic", e);
        }
        ds.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        return new InAppSchema(ds);
    }

    @Override
    public String toString() {
        return "CounterConnection[" + address() + "/" + databaseName + "]";
    }

    /**
     * The counter's connections to the server, kept open between transactions (a new one costs an SSL handshake and a
     * sign-in on the server): at most {@link #IDLE} idle ones; one idle for longer than {@link #CHECK_AFTER_MILLIS} is
     * checked before use, one that failed is dropped. Every connection works in {@code APP}, where the station's
     * tables live (the network account's own schema is empty).
     */
    static final int IDLE = 4;
    static final long CHECK_AFTER_MILLIS = 10_000;

    private static final class InAppSchema extends DelegatingDataSource {
        private final java.util.ArrayDeque<Idle> idle = new java.util.ArrayDeque<>();

        private record Idle(Connection connection, long since) {
        }

        InAppSchema(DataSource delegate) {
            super(delegate, "a counter signs in with its configured account only");
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
                boolean fresh = System.currentTimeMillis() - next.since() < CHECK_AFTER_MILLIS;
                if (fresh || valid(next.connection())) {
                    return pooled(next.connection());
                }
                closeQuietly(next.connection());
            }
        }

        private Connection open() throws SQLException {
            Connection c = delegate.getConnection();
            try (Statement st = c.createStatement()) {
                st.execute("SET SCHEMA APP");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        }

        private static boolean valid(Connection c) {
            try {
                return c.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        }

        /** The connection as its user sees it: close() hands it back (rolled back, autocommit on). */
        private Connection pooled(Connection physical) {
            boolean[] closed = {false};
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "close" -> {
                                if (!closed[0]) {
                                    closed[0] = true;
                                    giveBack(physical);
                                }
                                return null;
                            }
                            case "isClosed" -> {
                                return closed[0] || physical.isClosed();
                            }
                            case "unwrap", "isWrapperFor" -> {
                                return method.invoke(physical, args);
                            }
                            default -> {
                                if (closed[0]) {
                                    throw new SQLException("connection closed", "08003");
                                }
                                try {
                                    return method.invoke(physical, args);
                                } catch (java.lang.reflect.InvocationTargetException e) {
                                    if (connectionLost(e.getCause())) {
                                        dropIdle(); // the server went away: every idle connection to it is dead too
                                    }
                                    throw e.getCause();
                                }
                            }
                        }
                    });
        }

        /** SQLState class 08: the connection to the server failed or was lost (ADR 0330). */
        private static boolean connectionLost(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Closes the idle connections: after the server went away they would each fail one more transaction when the
         * server is back (one idle for less than {@link #CHECK_AFTER_MILLIS} is used unchecked).
         */
        private void dropIdle() {
            java.util.List<Idle> dead;
            synchronized (idle) {
                dead = new java.util.ArrayList<>(idle);
                idle.clear();
            }
            dead.forEach(i -> closeQuietly(i.connection()));
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
                synchronized (idle) {
                    if (idle.size() < IDLE) {
                        idle.addLast(new Idle(physical, System.currentTimeMillis()));
                        return;
                    }
                }
            } catch (SQLException e) {
                // a connection the server dropped: not kept, nor the idle ones beside it
                if (connectionLost(e)) {
                    dropIdle();
                }
            }
            closeQuietly(physical);
        }

        private static void closeQuietly(Connection c) {
            try {
                c.close();
            } catch (SQLException e) {
                // already gone
            }
        }

        @Override
        public void close() {
            synchronized (idle) {
                idle.forEach(i -> closeQuietly(i.connection()));
                idle.clear();
            }
        }
    }
}
