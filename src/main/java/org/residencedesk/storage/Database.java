package org.residencedesk.storage;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.residencedesk.port.StationLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's embedded Derby database, encrypted with AES-256 and open only to its owner account
 * (docs/decisions/0130): created on first start, migrated by Flyway on every start (Hibernate never touches
 * the schema), and shut down cleanly on close. After a crash or {@code kill -9}
 * Derby replays its log on the next boot, so opening needs no special recovery step here.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** XBM06: wrong boot password; XBCXK: wrong encryption key; 08004: the user's password is not accepted. */
    private static final java.util.Set<String> KEY_STATES = java.util.Set.of("XBM06", "XBCXK", "08004");

    private final String jdbcPath;
    private final DerbyCredentials credentials;
    private final DataSource dataSource;
    private final SessionFactory sessionFactory;
    private final SchemaUpgrade.Outcome schema;
    /** The units of work's connections kept open between them (ADR 0383); null for a counter's server. */
    private final IdleConnections units;

    private Database(String jdbcPath, DerbyCredentials credentials, DataSource dataSource,
            SessionFactory sessionFactory, SchemaUpgrade.Outcome schema, IdleConnections units) {
        this.units = units;
        this.jdbcPath = jdbcPath;
        this.credentials = credentials;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.schema = schema;
    }

    /**
     * Opens the encrypted database in {@code directory} with {@code key}, creating it on first start and
     * converting a plain database of an earlier version first (docs/decisions/0132), and brings its schema up
     * to date. Use {@link DatabaseUnlock#unlock} to obtain the key.
     *
     * @param entityClasses the annotated domain classes Hibernate maps
     * @throws StationLockedException when the key does not open the database
     */
    public static Database open(Path directory, DatabaseKey key, List<Class<?>> entityClasses) {
        return open(directory, key, entityClasses,
                SchemaUpgrade.Options.standard(directory, java.time.Clock.systemUTC(), "0.1"));
    }

    /**
     * As {@link #open(Path, DatabaseKey, List)}, migrating as {@code upgrade} says: pending migrations of an
     * existing database run only after an automatic backup (docs/decisions/0252).
     *
     * @throws org.residencedesk.port.SchemaUpgradeFailed the upgrade did not happen; the database is as before
     */
    public static Database open(Path directory, DatabaseKey key, List<Class<?>> entityClasses,
            SchemaUpgrade.Options upgrade) {
        Path dir = directory.toAbsolutePath().normalize();
        if (dir.toString().indexOf(';') >= 0) {
            // Derby reads everything after ';' in its URL as attributes (create, shutdown, bootPassword…):
            // a folder name must never be able to add one (docs/decisions/0136). The app refuses such a folder
            // with a message first; this is the last line.
            throw new StorageException("the database folder name contains ';'", null);
        }
        DerbyCredentials credentials = DerbyCredentials.from(key.secret());
        configureDerby();
        wipeOldDerbyLog(dir.resolveSibling("derby.log"));
        String jdbcPath = dir.toString().replace('\\', '/');
        long started = System.nanoTime();
        DerbyFiles.refuseDamagedServiceFile(dir); // never mistake a damaged encrypted database for a plain one
        if (DerbyFiles.exists(dir) && !DerbyFiles.encrypted(dir)) {
            PlainDatabaseMigration.encrypt(dir, credentials);
        } else if (!DerbyFiles.exists(dir)) {
            create(jdbcPath, credentials);
        }
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(jdbcPath);
        ds.setUser(credentials.user());
        ds.setPassword(credentials.password());
        ds.setConnectionAttributes("bootPassword=" + credentials.bootPassword());
        try (Connection boot = ds.getConnection()) {
            LOG.debug("database booted as {}", boot.getMetaData().getUserName());
        } catch (SQLException e) {
            // a damaged log or page, another process's lock, a read-only or full disk: one message (ADR 0275, 0277)
            RuntimeException failure = failure(e, key.location());
            throw failure instanceof StationLockedException ? failure : DerbyProblems.translate(failure, jdbcPath);
        }
        SchemaUpgrade.Outcome schema;
        try {
            schema = SchemaUpgrade.run(ds, dir, key, upgrade, () -> shutdown(jdbcPath, credentials));
        } catch (org.residencedesk.port.SchemaUpgradeFailed e) {
            shutdown(jdbcPath, credentials); // the program stops here: leave the database closed and consistent
            throw e;
        }
        rebuildIndexesOfAKilledLoad(ds, jdbcPath, credentials);
        IdleConnections units = IdleConnections.embedded(ds);
        SessionFactory sf = buildSessionFactory(units, entityClasses);
        restrictFiles(dir);
        LOG.info("database ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        return new Database(jdbcPath, credentials, ds, sf, schema, units);
    }

    /**
     * Builds the indexes a demo-data bulk load set aside and did not build again because its process was killed
     * (ADR 0392, 0400): without them every search and save of the station would scan whole tables, correct but slow.
     * Nothing but one property read when none are pending.
     */
    private static void rebuildIndexesOfAKilledLoad(DataSource ds, String jdbcPath, DerbyCredentials credentials) {
        try (Connection c = ds.getConnection()) {
            if (DeferredIndexes.pending(c).isEmpty()) return;
            c.setAutoCommit(false);
            LOG.warn("indexes left aside by a bulk load that did not finish: building them now");
            LOG.info("{} indexes built again", DeferredIndexes.restore(c));
        } catch (SQLException e) {
            shutdown(jdbcPath, credentials);
            throw DerbyProblems.translate(new StorageException("cannot build the indexes a bulk load left aside", e),
                    jdbcPath);
        }
    }

    /**
     * A counter's connection to the station database the main PC serves (docs/decisions/0320): no boot key, no
     * migration (the server migrated it when {@code serve-db} started); the schema must be the one this program
     * knows.
     *
     * @throws org.residencedesk.port.StationProblem SERVER_UNREACHABLE when the server does not answer
     */
    public static Database connect(CounterConnection server, List<Class<?>> entityClasses) {
        DataSource ds = server.dataSource();
        SchemaUpgrade.Outcome schema;
        try (Connection probe = ds.getConnection()) {
            LOG.debug("connected to the station database server as {}", probe.getMetaData().getUserName());
        } catch (SQLException e) {
            if (refusedLogin(e)) {
                // counter.properties names a password (or database) the server does not accept (ADR 0330)
                LOG.error("the station database server refused this counter's login (SQLState 08004)");
                throw new org.residencedesk.port.StationProblem(
                        org.residencedesk.port.StationProblem.Kind.SERVER_LOGIN_REFUSED, server.address(), e);
            }
            throw DerbyProblems.translate(new StorageException("cannot reach the station database server", e),
                    server.address());
        }
        try {
            schema = SchemaUpgrade.check(ds, server.address());
        } catch (RuntimeException e) {
            throw DerbyProblems.translate(e, server.address());
        }
        return new Database(null, null, ds, buildSessionFactory(ds, entityClasses), schema, null);
    }

    /** The server answered and refused the sign-in: wrong password or unknown database (SQLState 08004). */
    private static boolean refusedLogin(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("08004".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** True when this is a counter's connection to the main PC's server rather than the embedded database. */
    public boolean remote() {
        return jdbcPath == null;
    }

    /** Derby's system-wide settings; they take effect at its first boot in this JVM. */
    private static void configureDerby() {
        DerbyLog.install();
        // Files Derby creates are readable by their owner only (Derby otherwise follows the umask).
        System.setProperty("derby.storage.useDefaultFilePermissions", "false");
        if (System.getProperty("derby.storage.pageCacheSize") == null) {
            // Derby's default 1,000 pages keeps too little of a 1,000,000-person station in memory: look-ups
            // by ID number then wait for the disk (bench/results/registration-scale.md).
            System.setProperty("derby.storage.pageCacheSize", "8000");
        }
    }

    /** A new database: AES-256 from the first page on, NATIVE authentication with APP as owner. */
    private static void create(String jdbcPath, DerbyCredentials credentials) {
        Properties attributes = attributes(credentials);
        attributes.setProperty("create", "true");
        for (String attribute : DerbyCredentials.ENCRYPTION.split(";")) {
            String[] kv = attribute.split("=", 2);
            attributes.setProperty(kv[0], kv[1]);
        }
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + jdbcPath, attributes)) {
            enableAuthentication(c, credentials);
        } catch (SQLException e) {
            RuntimeException problem = DerbyProblems.translate(
                    new StorageException("cannot create the station database", e), jdbcPath);
            throw problem;
        }
        // Stays booted: NATIVE authentication is in force from here on, and the next connection signs in.
    }

    /** Connection properties that boot the encrypted database and sign in as its owner. */
    static Properties attributes(DerbyCredentials credentials) {
        Properties p = new Properties();
        p.setProperty("user", credentials.user());
        p.setProperty("password", credentials.password());
        p.setProperty("bootPassword", credentials.bootPassword());
        return p;
    }

    /**
     * Turns on NATIVE authentication with the owner's credentials stored (hashed) in the database itself.
     * Passwords never expire: the password is a derived key, not something a person renews.
     */
    static void enableAuthentication(Connection c, DerbyCredentials credentials) throws SQLException {
        try (CallableStatement set = c.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
            set.setString(1, "derby.authentication.native.passwordLifetimeMillis");
            set.setString(2, "0");
            set.execute();
        }
        // Storing the owner's credentials switches the database to NATIVE::LOCAL by itself (and for good).
        try (CallableStatement create = c.prepareCall("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) {
            create.setString(1, credentials.user());
            create.setString(2, credentials.password());
            create.execute();
        }
        try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.authentication.provider')")) {
            rs.next();
            if (!"NATIVE::LOCAL".equals(rs.getString(1))) {
                throw new SQLException("NATIVE authentication did not switch on: " + rs.getString(1));
            }
        }
    }

    static void shutdown(String jdbcPath, DerbyCredentials credentials) {
        Properties p = new Properties();
        if (credentials != null) {
            p.setProperty("user", credentials.user());
            p.setProperty("password", credentials.password());
        }
        p.setProperty("shutdown", "true");
        try {
            DriverManager.getConnection("jdbc:derby:" + jdbcPath, p).close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006.
            if (!"08006".equals(expected.getSQLState())) {
                LOG.warn("database shutdown reported {}", expected.getSQLState());
            }
        }
    }

    /** A boot that fails for want of the right key becomes a message for the user; anything else stays technical. */
    static RuntimeException failure(SQLException e, String keyLocation) {
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>(List.of(e));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.List<String> states = new java.util.ArrayList<>();
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException s) {
                states.add(s.getSQLState());
                if (KEY_STATES.contains(s.getSQLState())) {
                    LOG.warn("the station key does not open the database (SQLState {})", s.getSQLState());
                    return new StationLockedException(StationLockedException.Reason.KEY_WRONG, keyLocation);
                }
                if (s.getNextException() != null) {
                    todo.push(s.getNextException());
                }
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
        }
        return new StorageException("cannot open the station database (SQLState " + states + ")", e);
    }

    /**
     * Earlier versions let Derby write {@code derby.log} into the data folder, where failed statements could
     * leave personal data; Derby now logs through {@link DerbyLog}, and the old file is overwritten and removed.
     */
    private static void wipeOldDerbyLog(Path derbyLog) {
        try {
            PrivateFiles.wipeTree(derbyLog);
        } catch (java.io.IOException e) {
            throw new StorageException("cannot remove the old derby.log from the data folder", e);
        }
    }

    private static void restrictFiles(Path dir) {
        try {
            PrivateFiles.restrictTree(dir);
        } catch (java.io.IOException e) {
            LOG.warn("cannot restrict the database files to their owner: {}", e.getMessage());
        }
    }

    private static SessionFactory buildSessionFactory(DataSource ds, List<Class<?>> entityClasses) {
        Configuration cfg = new Configuration();
        entityClasses.forEach(cfg::addAnnotatedClass);
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, ds);
        cfg.setProperty(AvailableSettings.DIALECT, "org.hibernate.community.dialect.DerbyDialect");
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
        cfg.setProperty(AvailableSettings.JDBC_TIME_ZONE, "UTC");
        cfg.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "50");
        cfg.setProperty(AvailableSettings.ORDER_INSERTS, "true");
        cfg.setProperty(AvailableSettings.SHOW_SQL, "false");
        cfg.setProperty(AvailableSettings.STATEMENT_FETCH_SIZE, "100");
        return cfg.buildSessionFactory();
    }

    /** The schema version this start left the database at (Flyway's version, e.g. "9"). */
    public String schemaVersion() {
        return schema.toVersion();
    }

    /** What this start did to the schema: versions before and after, and the pre-upgrade backup if one was taken. */
    public SchemaUpgrade.Outcome schemaUpgrade() {
        return schema;
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    /** Plain JDBC for bulk jobs and the outbox/audit writers that share a Hibernate session's connection. */
    public Connection openConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        sessionFactory.close();
        if (remote()) {
            if (dataSource instanceof AutoCloseable pool) {
                try {
                    pool.close(); // the counter's idle connections; the server keeps serving the others
                } catch (Exception e) {
                    LOG.warn("closing the counter's connections: {}", e.getClass().getSimpleName());
                }
            }
            return;
        }
        units.close(); // before the shutdown, which would otherwise find them open
        shutdown(jdbcPath, credentials);
        restrictFiles(Path.of(jdbcPath));
    }
}
