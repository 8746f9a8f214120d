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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.cli.DemoDataCommand;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.SearchPage;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import picocli.CommandLine;

/**
 * Search by ID number and by phone (ADR 0394: one plain select, the rows put newest first in Java) returns exactly
 * the rows, in exactly the order and pages, of the join sorted by (registered at desc, id desc) that the HQL search
 * asked Derby for, with the list columns as stored and the ID number masked; on demo data where many persons have
 * several registrations, with a phone shared by three persons.
 */
class ExactKeySearchOrderTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final String SHARED_PHONE = "13912345678";

    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator clerk;

    @BeforeAll
    static void station() throws SQLException {
        ctx = AppContext.openForTests(dataDir, TestMasterData.shared(), CLOCK);
        ctx.stationSetup().setUpDemo();
        CommandLine cli = new CommandLine(new DemoDataCommand(ctx::demoData, ctx::authentication));
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("--persons", "300", "--seed", "23")).isZero();
        clerk = TestOperators.signIn(ctx, "exact", "精确查询", Role.WINDOW_STAFF);
        try (Connection c = ctx.database().openConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE PERSON SET MOBILE = ? WHERE ID IN (SELECT PERSON_ID FROM RESIDENCE_REGISTRATION"
                        + " GROUP BY PERSON_ID HAVING COUNT(*) > 1 ORDER BY PERSON_ID FETCH FIRST 3 ROWS ONLY)")) {
            ps.setString(1, SHARED_PHONE);
            assertThat(ps.executeUpdate()).isEqualTo(3);
        }
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void idNumbersOfPersonsWithSeveralRegistrationsPageLikeTheSortedJoin() throws SQLException {
        List<String> idNumbers = strings("SELECT p.ID_NUMBER FROM PERSON p WHERE (SELECT COUNT(*) FROM"
                + " RESIDENCE_REGISTRATION r WHERE r.PERSON_ID = p.ID) > 1 ORDER BY p.ID FETCH FIRST 25 ROWS ONLY");
        assertThat(idNumbers).hasSizeGreaterThan(10);
        for (String idNumber : idNumbers) {
            assertSamePages(SearchKind.ID_NUMBER, idNumber.toLowerCase(java.util.Locale.ROOT), "ID_NUMBER", idNumber);
        }
    }

    @Test
    void aSharedPhonePagesThreePersonsNewestFirst() throws SQLException {
        List<RegistrationSummary> all = assertSamePages(SearchKind.PHONE, "139-1234-5678", "MOBILE", SHARED_PHONE);
        assertThat(all.stream().map(RegistrationSummary::personId).distinct()).hasSize(3);
        for (RegistrationSummary s : all) {
            List<String> stored = strings("SELECT r.REG_NUMBER || '|' || p.NAME || '|' || p.ID_NUMBER || '|' ||"
                    + " r.ADDRESS_TEXT || '|' || r.STATUS || '|' || CAST(r.REGISTERED_ON AS CHAR(10)) FROM"
                    + " RESIDENCE_REGISTRATION r JOIN PERSON p ON r.PERSON_ID = p.ID WHERE r.ID = "
                    + s.registrationId());
            String[] f = stored.get(0).split("\\|");
            assertThat(List.of(s.registrationNumber(), s.name(), s.maskedIdNumber(), s.addressText(),
                    s.status().name(), s.registeredOn().toString(), s.mobile()))
                    .containsExactly(f[0], f[1], IdNumber.mask(f[2]), f[3], f[4], f[5], SHARED_PHONE);
            assertThat(s.maskedIdNumber()).isNotEqualTo(f[2]);
        }
    }

    @Test
    void anIdNumberNobodyHasFindsNothing() {
        SearchPage page = ctx.registration().search(clerk, "110105199001010000", SearchKind.ID_NUMBER, 0, 5);
        assertThat(page.items()).isEmpty();
        assertThat(page.more()).isFalse();
    }

    /** Pages of one row, so a person's second registration is on the next page. */
    private List<RegistrationSummary> assertSamePages(SearchKind kind, String typed, String column, String key)
            throws SQLException {
        List<Long> expected = new ArrayList<>();
        for (String id : strings("SELECT CAST(r.ID AS CHAR(20)) FROM RESIDENCE_REGISTRATION r JOIN PERSON p ON"
                + " r.PERSON_ID = p.ID WHERE p." + column + " = '" + key + "' ORDER BY r.REGISTERED_AT DESC, r.ID DESC")) {
            expected.add(Long.parseLong(id.strip()));
        }
        assertThat(expected).hasSizeGreaterThan(1);
        List<RegistrationSummary> actual = new ArrayList<>();
        for (int page = 0; ; page++) {
            SearchPage p = ctx.registration().search(clerk, typed, kind, page, 1);
            actual.addAll(p.items());
            if (!p.more()) break;
            assertThat(p.items()).hasSize(1);
        }
        assertThat(actual.stream().map(RegistrationSummary::registrationId).toList()).as("%s %s", kind, key)
                .isEqualTo(expected);
        return actual;
    }

    private static List<String> strings(String sql) throws SQLException {
        try (Connection c = ctx.database().openConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }
}
