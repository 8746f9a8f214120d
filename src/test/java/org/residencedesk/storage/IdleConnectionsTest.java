package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;

/**
 * The units of work keep their embedded connections open between them (ADR 0383): a connection handed back is
 * rolled back and reset as a new one would be, then used again; one Derby closed is never handed out; after the
 * pool closed, nothing is kept. The same pool keeps a counter's server connections with a reset of their own
 * ({@code CounterConnection.IN_APP_SCHEMA}): its hooks run when a connection is opened, checked and lost.
 */
class IdleConnectionsTest {
    @TempDir
    Path dir;
    EmbeddedDataSource derby;
    IdleConnections pool;

    @BeforeEach
    void database() throws SQLException {
        derby = new EmbeddedDataSource();
        derby.setDatabaseName(dir.resolve("db").toString());
        derby.setCreateDatabase("create");
        try (Connection c = derby.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE T (N INT)");
        }
        derby.setCreateDatabase(null);
        pool = IdleConnections.embedded(derby);
    }

    @AfterEach
    void shutDown() {
        pool.close();
        derby.setShutdownDatabase("shutdown");
        try {
            derby.getConnection().close();
        } catch (SQLException expected) {
            // 08006: shut down
        }
    }

    @Test
    void a_handed_back_connection_is_used_again_rolled_back_and_reset() throws SQLException {
        Connection first = pool.getConnection();
        Connection physical = first.unwrap(Connection.class);
        first.setAutoCommit(false);
        first.setReadOnly(false);
        try (Statement st = first.createStatement()) {
            st.executeUpdate("INSERT INTO T VALUES (1)"); // never committed
        }
        first.close();
        assertThat(first.isClosed()).isTrue();
        assertThatThrownBy(first::createStatement).isInstanceOf(SQLException.class);
        assertThat(pool.idleCount()).isEqualTo(1);

        try (Connection again = pool.getConnection()) {
            assertThat(again.unwrap(Connection.class)).isSameAs(physical);
            assertThat(again.getAutoCommit()).isTrue();
            assertThat(again.isReadOnly()).isFalse();
            assertThat(count(again)).isZero();
        }
    }

    @Test
    void a_read_only_connection_comes_back_writable() throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setReadOnly(true);
        }
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            assertThat(c.isReadOnly()).isFalse();
            assertThat(st.executeUpdate("INSERT INTO T VALUES (2)")).isEqualTo(1);
        }
    }

    @Test
    void a_connection_derby_closed_is_not_handed_out_again() throws SQLException {
        Connection c = pool.getConnection();
        Connection physical = c.unwrap(Connection.class);
        physical.close(); // as Derby does after a session-severity error
        c.close();
        assertThat(pool.idleCount()).isZero();
        try (Connection fresh = pool.getConnection()) {
            assertThat(fresh.unwrap(Connection.class)).isNotSameAs(physical);
            assertThat(count(fresh)).isZero();
        }
    }

    @Test
    void at_most_four_wait_and_none_after_the_pool_closed() throws SQLException {
        Connection[] open = new Connection[6];
        for (int i = 0; i < open.length; i++) open[i] = pool.getConnection();
        for (Connection c : open) c.close();
        assertThat(pool.idleCount()).isEqualTo(IdleConnections.IDLE);

        Connection held = pool.getConnection();
        Connection physical = held.unwrap(Connection.class);
        pool.close();
        assertThat(pool.idleCount()).isZero();
        held.close();
        assertThat(pool.idleCount()).isZero();
        assertThat(physical.isClosed()).isTrue();
    }

    @Test
    void the_stations_units_of_work_use_their_connections_again(@TempDir Path station) {
        try (AppContext ctx = TestStation.open(station, TestClock.at("2026-11-30T02:00:00Z"))) {
            CurrentSession sessions = (CurrentSession) ctx.transactions();
            java.util.Set<Connection> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int i = 0; i < 20; i++) {
                used.add(i % 2 == 0 ? ctx.transactions().readOnly(() -> physical(sessions))
                        : ctx.transactions().inTransaction(() -> physical(sessions)));
            }
            // one after another they take the connection the last one handed back; a station's background work
            // may hold one or two meanwhile, never twenty
            assertThat(used.size()).isBetween(1, IdleConnections.IDLE + 1);
        }
    }

    @Test
    void the_reset_hook_prepares_new_connections_checks_idle_ones_and_drops_all_after_a_loss() throws SQLException {
        java.util.List<String> calls = new java.util.ArrayList<>();
        boolean[] usable = {true};
        IdleConnections hooked = new IdleConnections(derby, "test", new IdleConnections.Reset() {
            @Override
            public void opened(Connection c) throws SQLException {
                calls.add("opened");
                try (Statement st = c.createStatement()) {
                    st.execute("SET SCHEMA OTHER"); // as a counter's goes to APP
                }
            }

            @Override
            public void reset(Connection c) {
                calls.add("reset");
            }

            @Override
            public boolean usable(Connection c, long idleMillis) {
                calls.add("checked");
                return usable[0];
            }

            @Override
            public boolean lost(Throwable failure) {
                return failure instanceof SQLException s && "42X05".equals(s.getSQLState()); // stands for class 08
            }
        });
        try (Connection c = derby.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA OTHER");
        }
        try {
            Connection a = hooked.getConnection();
            Connection b = hooked.getConnection();
            assertThat(a.getSchema()).isEqualTo("OTHER");
            Connection physicalA = a.unwrap(Connection.class);
            a.close();
            b.close();
            assertThat(calls).containsExactly("opened", "opened", "reset", "reset");
            assertThat(hooked.idleCount()).isEqualTo(2);

            usable[0] = false; // both idle ones fail their check: closed, a new one is opened
            Connection c = hooked.getConnection();
            assertThat(c.unwrap(Connection.class)).isNotSameAs(physicalA);
            assertThat(physicalA.isClosed()).isTrue();
            assertThat(hooked.idleCount()).isZero();
            assertThat(calls).containsExactly("opened", "opened", "reset", "reset", "checked", "checked", "opened");
            usable[0] = true;
            Connection d = hooked.getConnection();
            Connection physicalD = d.unwrap(Connection.class);
            d.close();
            Connection e = hooked.getConnection(); // checked and usable: the same one again
            assertThat(e.unwrap(Connection.class)).isSameAs(physicalD);
            e.close();
            assertThat(hooked.idleCount()).isEqualTo(1);

            assertThatThrownBy(() -> c.prepareStatement("SELECT * FROM NO_SUCH_TABLE"))
                    .isInstanceOf(SQLException.class);
            assertThat(hooked.idleCount()).isZero(); // the failure said the server went away: none kept idle
            c.close();
            assertThat(hooked.idleCount()).isEqualTo(1); // the one that failed was reset and kept, as any other
        } finally {
            hooked.close();
        }
    }

    private static Connection physical(CurrentSession sessions) {
        return sessions.session().doReturningWork(c -> c.unwrap(Connection.class));
    }

    private static int count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM T")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
