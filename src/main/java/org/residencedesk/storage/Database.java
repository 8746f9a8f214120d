package org.residencedesk.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's embedded Derby database: created on first start, migrated by Flyway on every start
 * (Hibernate never touches the schema), and shut down cleanly on close. After a crash or {@code kill -9}
 * Derby replays its log on the next boot, so opening needs no special recovery step here.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final String jdbcPath;
    private final EmbeddedDataSource dataSource;
    private final SessionFactory sessionFactory;

    private Database(String jdbcPath, EmbeddedDataSource dataSource, SessionFactory sessionFactory) {
        this.jdbcPath = jdbcPath;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
    }

    /**
     * Opens (creating if needed) the database in {@code directory} and brings its schema up to date.
     *
     * @param entityClasses the annotated domain classes Hibernate maps
     */
    public static Database open(Path directory, List<Class<?>> entityClasses) {
        try {
            Files.createDirectories(directory.getParent());
        } catch (java.io.IOException e) {
            throw new StorageException("cannot create data folder", e);
        }
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", directory.resolveSibling("derby.log").toString());
        }
        if (System.getProperty("derby.storage.pageCacheSize") == null) {
            // Derby's default 1,000 pages keeps too little of a 1,000,000-person station in memory: look-ups
            // by ID number then wait for the disk (bench/results/registration-scale.md).
            System.setProperty("derby.storage.pageCacheSize", "8000");
        }
        String jdbcPath = directory.toAbsolutePath().toString().replace('\\', '/');
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(jdbcPath);
        ds.setCreateDatabase("create");
        long started = System.nanoTime();
        migrate(ds);
        // Created by now: later connections must not ask again (Derby warns 01J01 on every one).
        ds.setCreateDatabase(null);
        SessionFactory sf = buildSessionFactory(ds, entityClasses);
        LOG.info("database ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        return new Database(jdbcPath, ds, sf);
    }

    private static void migrate(DataSource ds) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
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
        try {
            DriverManager.getConnection("jdbc:derby:" + jdbcPath + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006.
            if (!"08006".equals(expected.getSQLState())) {
                LOG.warn("database shutdown reported {}", expected.getSQLState());
            }
        }
    }
}
