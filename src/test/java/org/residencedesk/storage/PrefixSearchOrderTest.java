package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.cli.DemoDataCommand;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.SearchPage;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import picocli.CommandLine;

/**
 * The two-step prefix search (ADR 0301: person ids by a range scan of the (column, ID) index, then their
 * registrations) returns exactly the rows, in exactly the order and pages, of the join sorted by (column,
 * person id, registration id desc) that it replaced, on demo data where many persons have several registrations.
 */
class PrefixSearchOrderTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final int PAGE = 7;

    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator clerk;

    @BeforeAll
    static void station() {
        ctx = AppContext.openForTests(dataDir, TestMasterData.shared(), CLOCK);
        ctx.stationSetup().setUpDemo();
        CommandLine cli = new CommandLine(new DemoDataCommand(ctx::demoData, ctx::authentication));
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("--persons", "600", "--seed", "17")).isZero();
        clerk = TestOperators.signIn(ctx, "prefix", "前缀查询", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void demoDataHasPersonsWithSeveralRegistrations() throws SQLException {
        assertThat(sortedJoin("SELECT COUNT(*) FROM (SELECT PERSON_ID FROM RESIDENCE_REGISTRATION GROUP BY PERSON_ID"
                + " HAVING COUNT(*) > 1) t", null).get(0)).isGreaterThan(10L);
    }

    @Test
    void everyOneLetterInitialPagesLikeTheSortedJoin() throws SQLException {
        for (char letter = 'a'; letter <= 'z'; letter++) {
            String prefix = Character.toString(letter);
            assertSamePages(SearchKind.NAME_INITIALS, prefix.toUpperCase(Locale.ROOT), "NAME_INITIALS", prefix);
        }
    }

    @Test
    void longerInitialsAndNamePrefixesPageLikeTheSortedJoin() throws SQLException {
        List<Long> someIds = sortedJoin("SELECT ID FROM PERSON ORDER BY ID FETCH FIRST 40 ROWS ONLY", null);
        for (long id : someIds) {
            String[] person = person(id);
            String initials = person[1].substring(0, Math.min(2, person[1].length()));
            assertSamePages(SearchKind.NAME_INITIALS, initials, "NAME_INITIALS", initials);
            String name = person[0].substring(0, 1);
            assertSamePages(SearchKind.NAME, name, "NAME", name);
        }
    }

    @Test
    void aPrefixNobodyHasFindsNothing() {
        SearchPage page = ctx.registration().search(clerk, "qqqqqq", SearchKind.NAME_INITIALS, 0, PAGE);
        assertThat(page.items()).isEmpty();
        assertThat(page.more()).isFalse();
    }

    private void assertSamePages(SearchKind kind, String typed, String column, String prefix) throws SQLException {
        List<Long> expected = sortedJoin("SELECT r.ID FROM RESIDENCE_REGISTRATION r JOIN PERSON p ON r.PERSON_ID = p.ID"
                + " WHERE p." + column + " LIKE ? ORDER BY p." + column + ", p.ID, r.ID DESC", prefix + "%");
        List<Long> actual = new ArrayList<>();
        for (int page = 0; ; page++) {
            SearchPage p = ctx.registration().search(clerk, typed, kind, page, PAGE);
            p.items().stream().map(RegistrationSummary::registrationId).forEach(actual::add);
            if (!p.more()) break;
            assertThat(p.items()).hasSize(PAGE);
        }
        assertThat(actual).as("%s %s", kind, typed).isEqualTo(expected);
    }

    private static String[] person(long id) throws SQLException {
        try (Connection c = ctx.database().openConnection();
             PreparedStatement ps = c.prepareStatement("SELECT NAME, NAME_INITIALS FROM PERSON WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    private static List<Long> sortedJoin(String sql, String parameter) throws SQLException {
        try (Connection c = ctx.database().openConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) ps.setString(1, parameter);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        }
    }
}
