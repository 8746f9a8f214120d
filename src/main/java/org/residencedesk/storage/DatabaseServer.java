package org.residencedesk.storage;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.derby.drda.NetworkServerControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main PC's Derby Network Server over the station database this JVM booted (docs/decisions/0320, 0321): counters
 * sign in as the station's network account ({@link #ACCOUNT}, a random password kept owner-only in {@code
 * <data>/server/server.properties}), which may read and change the station's tables and run the consistency check,
 * nothing else (SQL authorization is turned on for it: no DDL, no system procedures); every
 * connection is SSL ({@code derby.drda.sslMode=basic}) with a self-signed station certificate made here once.
 */
public final class DatabaseServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseServer.class);
    /** The station's network account, the only one counters use. */
    public static final String ACCOUNT = "COUNTER";
    /** The database name counters connect to: the data folder's {@code db} under {@code derby.system.home}. */
    public static final String DATABASE_NAME = "db";
    static final String FOLDER = "server";

    private final NetworkServerControl control;
    private final Database database;
    private final CounterConnection counters;

    private DatabaseServer(NetworkServerControl control, Database database, CounterConnection counters) {
        this.control = control;
        this.database = database;
        this.counters = counters;
    }

    /**
     * Sets the JVM-wide properties the server needs; call before Derby boots in this JVM (before {@link
     * Database#open}): Derby finds {@code db} under the data folder, and SSL uses the station certificate.
     */
    public static void prepareJvm(Path dataDir) {
        Path folder = dataDir.toAbsolutePath().normalize();
        System.setProperty("derby.system.home", folder.toString());
        System.setProperty("derby.drda.sslMode", "basic");
        System.setProperty("derby.drda.logConnections", "false");
    }

    /**
     * Starts the server on {@code listen:port} over {@code database} (opened in this JVM after {@link #prepareJvm}),
     * creating the network account and the certificate on the first start.
     *
     * @param publicHost the name or address counters use to reach this PC
     */
    public static DatabaseServer start(Database database, Path dataDir, String listen, int port, String publicHost)
            throws IOException {
        Path folder = PrivateFiles.createDirectories(dataDir.toAbsolutePath().normalize().resolve(FOLDER));
        Properties secrets = secrets(folder.resolve("server.properties"));
        Path keyStore = folder.resolve("station-server.p12");
        if (!Files.exists(keyStore)) {
            makeCertificate(keyStore, secrets.getProperty("keystore.password"), publicHost);
        }
        System.setProperty("javax.net.ssl.keyStore", keyStore.toString());
        System.setProperty("javax.net.ssl.keyStorePassword", secrets.getProperty("keystore.password"));
        System.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
        String password = secrets.getProperty("account.password");
        try (Connection c = database.openConnection()) {
            ensureAccount(c, password);
        } catch (SQLException e) {
            throw new IOException("cannot prepare the network account", e);
        }
        try {
            // Derby's server binds in its own thread and only logs a taken port: find out here first
            try (java.net.ServerSocket free = new java.net.ServerSocket()) {
                free.setReuseAddress(true);
                free.bind(new java.net.InetSocketAddress(InetAddress.getByName(listen), port));
            }
            NetworkServerControl control = new NetworkServerControl(InetAddress.getByName(listen), port);
            control.start(new PrintWriter(Writer.nullWriter()));
            awaitRunning(listen, port);
            LOG.info("database server listening on {}:{}", listen, port);
            return new DatabaseServer(control, database,
                    new CounterConnection(publicHost, port, DATABASE_NAME, ACCOUNT, password));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the network server did not start", e);
        }
    }

    /** What a counter needs to connect: host, port, database name, the network account. */
    public CounterConnection counters() {
        return counters;
    }

    /**
     * Waits until the server's port accepts connections (its own ping would have to trust the self-signed
     * certificate, which only counters' SSL in basic mode does not check).
     */
    private static void awaitRunning(String listen, int port) throws IOException, InterruptedException {
        InetAddress address = InetAddress.getByName(listen);
        InetAddress target = address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (java.net.Socket probe = new java.net.Socket()) {
                probe.connect(new java.net.InetSocketAddress(target, port), 1000);
                return;
            } catch (IOException e) {
                last = e;
                TimeUnit.MILLISECONDS.sleep(100); // the server's own thread is binding the port
            }
        }
        throw last;
    }

    /** The account password and keystore password, generated once and kept owner-only. */
    private static Properties secrets(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader in = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
                p.load(in);
            }
        }
        if (p.getProperty("account.password") == null || p.getProperty("keystore.password") == null) {
            SecureRandom random = new SecureRandom();
            p.setProperty("account.password", randomHex(random));
            p.setProperty("keystore.password", randomHex(random));
            String text = "# The station's network account and certificate store (docs/decisions/0320). Keep private.\n"
                    + "account.password=" + p.getProperty("account.password") + "\n"
                    + "keystore.password=" + p.getProperty("keystore.password") + "\n";
            PrivateFiles.writeAtomically(file, text.getBytes(StandardCharsets.UTF_8), true);
        }
        PrivateFiles.restrict(file);
        return p;
    }

    private static String randomHex(SecureRandom random) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A self-signed RSA certificate for the station's server, made with the runtime's own keytool. */
    private static void makeCertificate(Path keyStore, String password, String host) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", "station-server",
                "-keyalg", "RSA", "-keysize", "3072", "-validity", "3650", "-dname", "CN=" + host,
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass:env", "RD_STORE_PASSWORD",
                "-noprompt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("RD_STORE_PASSWORD", password);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("keytool did not make the station certificate: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the station certificate", e);
        }
        PrivateFiles.restrict(keyStore);
    }

    /**
     * The network account exists with {@code password} and may read and change every table of {@code APP}; run at
     * every start, so tables added by a migration are granted too.
     */
    static void ensureAccount(Connection c, String password) throws SQLException {
        boolean exists;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM SYS.SYSUSERS WHERE USERNAME = ?")) {
            ps.setString(1, ACCOUNT);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                exists = rs.getInt(1) > 0;
            }
        }
        try (CallableStatement call = c.prepareCall(exists ? "CALL SYSCS_UTIL.SYSCS_RESET_PASSWORD(?, ?)"
                : "CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) {
            call.setString(1, ACCOUNT);
            call.setString(2, password);
            call.execute();
        }
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT T.TABLENAME FROM SYS.SYSTABLES T "
                + "JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID WHERE S.SCHEMANAME = 'APP' AND T.TABLETYPE = 'T'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (Statement st = c.createStatement()) {
            for (String table : tables) {
                st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON APP.\"" + table.replace("\"", "\"\"") + "\" TO "
                        + ACCOUNT);
            }
            // the counters' bounded consistency check at start (ADR 0275)
            st.execute("GRANT EXECUTE ON FUNCTION SYSCS_UTIL.SYSCS_CHECK_TABLE TO " + ACCOUNT);
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static boolean sqlAuthorization(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.database.sqlAuthorization')")) {
            rs.next();
            return Boolean.parseBoolean(rs.getString(1));
        }
    }

    /**
     * Turns on SQL authorization, so the network account may do only what it is granted (ADR 0320); Derby applies it
     * at the next boot.
     *
     * @return true when it was off: the caller closes and reopens the database before {@link #start}
     */
    public static boolean enableSqlAuthorization(Database database) throws IOException {
        try (Connection c = database.openConnection()) {
            if (sqlAuthorization(c)) {
                return false;
            }
            try (CallableStatement set = c.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
                set.setString(1, "derby.database.sqlAuthorization");
                set.setString(2, "true");
                set.execute();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return true;
        } catch (SQLException e) {
            throw new IOException("cannot turn on SQL authorization", e);
        }
    }

    /** Stops accepting counters, then shuts the station database down cleanly. */
    @Override
    public void close() {
        try {
            control.shutdown();
        } catch (Exception e) {
            LOG.warn("the network server did not stop cleanly: {}", e.getClass().getSimpleName());
        }
        database.close();
        LOG.info("database server stopped");
    }
}
