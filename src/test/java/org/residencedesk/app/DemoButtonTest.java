package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.station.Station;
import org.residencedesk.service.demodata.DemoDataService;
import org.residencedesk.testing.TestClock;

/** The window's demo button (DeskServices.createDemoStation) fills the new demo station through DemoDataService. */
class DemoButtonTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");

    @TempDir
    Path dataDir;

    @Test
    void theDemoButtonCreatesTheDemoStationWithPeopleAndPermits() throws SQLException {
        try (AppContext c = AppContext.openForTests(dataDir, org.residencedesk.testing.TestMasterData.shared(), CLOCK)) {
            Station station = Main.deskServices(c).createDemoStation().get();

            assertThat(station.isDemo()).isTrue();
            assertThat(count(c, "SELECT COUNT(*) FROM PERSON")).isEqualTo(Main.DEMO_PERSONS);
            long registrations = count(c, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION");
            assertThat(registrations).as("persons, some registered twice (换地登记 or back after a move-out)")
                    .isGreaterThan(Main.DEMO_PERSONS);
            assertThat(count(c, "SELECT COUNT(DISTINCT PERSON_ID) FROM PERMIT_APPLICATION")).isEqualTo(Main.DEMO_PERSONS / 10);
            List<AuditEntry> generated = c.transactions().readOnly(() -> c.auditLog().latest(1_000)).stream()
                    .filter(e -> e.action() == AuditAction.DATA_GENERATED).toList();
            assertThat(generated).hasSize(1);
            assertThat(generated.get(0).actor()).isEqualTo(DemoDataService.ACTOR);
            assertThat(generated.get(0).detail()).isEqualTo("persons=500,days=1095,seed=1,changed="
                    + count(c, "SELECT COUNT(*) FROM REGISTRATION_HISTORY WHERE KIND = 'CHANGED'") + ",movedOut="
                    + count(c, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION WHERE STATUS = 'CANCELLED'")
                    + ",reRegistered=" + (registrations - Main.DEMO_PERSONS)
                    + ",late=" + count(c, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION WHERE LATE_REGISTRATION")
                    + ",permits=50");
        }
    }

    private static long count(AppContext c, String sql) throws SQLException {
        try (Connection con = c.database().openConnection(); PreparedStatement ps = con.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
