package org.residencedesk.storage;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
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

    /** The station's tables live in {@code APP}; the network account's own schema would be empty. */
    private record InAppSchema(DataSource delegate) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return inApp(delegate.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return inApp(delegate.getConnection(username, password));
        }

        private static Connection inApp(Connection c) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("SET SCHEMA APP");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (iface.isInstance(this)) {
                return iface.cast(this);
            }
            return delegate.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return iface.isInstance(this) || delegate.isWrapperFor(iface);
        }
    }
}
