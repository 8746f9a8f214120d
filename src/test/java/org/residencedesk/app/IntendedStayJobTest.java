package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.Await;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * The intended-stay back-fill runs beside the open station (ADR 0372): rows stored before V21 are filled after the
 * station opened, and a date a service saved meanwhile is never overwritten by the back-fill's older reading.
 */
class IntendedStayJobTest {
    @TempDir
    Path dataDir;

    @Test
    void rowsWithoutTheColumnAreFilledBesideTheOpenStationAndASavedDateIsKept() throws Exception {
        TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
        long kept;
        try (AppContext ctx = TestStation.open(dataDir, clock)) {
            Operator staff = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
            for (int i = 0; i < 3; i++) {
                ctx.registration().register(staff, RegistrationFixture.valid().toBuilder()
                        .set("idNumber", IdNumbers.citizen("420106", "19900315", 2 * i + 1)).set("name", "李" + "甲乙丙".charAt(i))
                        .set("sex", "1").set("birthDate", "1990-03-15").set("arrivalDate", "2026-10-0" + (i + 1))
                        .set("intendedStay", "1").set("operator", "").set("registrationDate", "")
                        .set("registrationNumber", "").build());
            }
            try (Connection c = ctx.database().openConnection(); Statement st = c.createStatement()) {
                // as stored before V21; one row holds a date a service wrote since (made up, so it shows if replaced)
                assertThat(st.executeUpdate("UPDATE RESIDENCE_REGISTRATION SET INTENDED_STAY_END = NULL")).isEqualTo(3);
                kept = StationFiles.count(ctx, "SELECT MIN(ID) FROM RESIDENCE_REGISTRATION");
                st.executeUpdate("UPDATE RESIDENCE_REGISTRATION SET INTENDED_STAY_END = '2030-01-01' WHERE ID = " + kept);
            }
        }

        try (AppContext again = TestStation.reopen(dataDir, clock)) {
            Await.until(Duration.ofSeconds(30), "the back-fill beside the open station", () -> StationFiles.count(again,
                    "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION WHERE INTENDED_STAY_END IS NULL") == 0);
            List<String> ends = new ArrayList<>();
            try (Connection c = again.database().openConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT INTENDED_STAY_END FROM RESIDENCE_REGISTRATION ORDER BY ID")) {
                while (rs.next()) {
                    ends.add(String.valueOf(rs.getDate(1)));
                }
            }
            // arrival + one month − one day; the saved date stays
            assertThat(ends).containsExactly("2030-01-01", "2026-11-01", "2026-11-02");
        }
    }
}
