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
        return new IdleConnections(ds, "a counter signs in with its configured account only", IN_APP_SCHEMA);
    }

    @Override
    public String toString() {
        return "CounterConnection[" + address() + "/" + databaseName + "]";
    }

    /** Seconds an idle connection to the server may wait before it is checked ({@code isValid}) before use. */
    static final long CHECK_AFTER_MILLIS = 10_000;

    /**
     * The counter's connections to the server, kept open between transactions by {@link IdleConnections}: one idle
     * for longer than {@link #CHECK_AFTER_MILLIS} is checked before use; after a failure that says the server went
     * away (SQLState class 08, ADR 0330) every idle one is closed. Every connection works in {@code APP}, where the
     * station's tables live (the network account's own schema is empty).
     */
    static final IdleConnections.Reset IN_APP_SCHEMA = new IdleConnections.Reset() {
        @Override
        public void opened(Connection c) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("SET SCHEMA APP");
            }
        }

        @Override
        public boolean usable(Connection c, long idleMillis) {
            try {
                return idleMillis < CHECK_AFTER_MILLIS || c.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        }

        @Override
        public boolean lost(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                    return true;
                }
            }
            return false;
        }
    };
}
