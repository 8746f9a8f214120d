package org.residencedesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IsoMod11_2;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.RegistrationService;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * Saves of new persons on a station that may already hold earlier runs' saves: Beijing (110105) numbers, which
 * demo-data never makes, each checked to be unknown to the station before the timed save.
 */
final class FreshIdentities {
    private final PreparedStatement exists;
    private final SplittableRandom rnd = new SplittableRandom(System.nanoTime());

    FreshIdentities(Connection c) throws SQLException {
        this.exists = c.prepareStatement("SELECT 1 FROM PERSON WHERE ID_NUMBER = ?");
    }

    /** @return the save's wall-clock and this thread's CPU nanoseconds */
    long[] timeSave(RegistrationService service, Operator clerk, Clock clock) throws SQLException {
        long[] took = new long[2];
        save(service, clerk, clock, took);
        return took;
    }

    /** Saves a new person; @return the ID number. */
    String saveNew(RegistrationService service, Operator clerk, Clock clock) throws SQLException {
        return save(service, clerk, clock, new long[2]);
    }

    private String save(RegistrationService service, Operator clerk, Clock clock, long[] took) throws SQLException {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(rnd.nextInt(20_000));
        String id = fresh(birth);
        FormValues v = RegistrationFixture.valid().toBuilder().set("idNumber", id).set("sex", "1")
                .set("birthDate", birth.toString()).set("arrivalDate", LocalDate.now(clock).minusDays(3).toString())
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        long cpu = LookupSaveProbe.cpu();
        long s = System.nanoTime();
        service.register(clerk, v);
        took[0] = System.nanoTime() - s;
        took[1] = LookupSaveProbe.cpu() - cpu;
        return id;
    }

    private String fresh(LocalDate birth) throws SQLException {
        for (int i = 0; i < 1_000; i++) {
            String body = "110105" + birth.toString().replace("-", "") + String.format("%03d", 1 + rnd.nextInt(997) | 1);
            String id = body + IsoMod11_2.checkCharacter(body);
            exists.setString(1, id);
            exists.getConnection().commit();
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) return id;
            }
        }
        throw new IllegalStateException("no unused identity number left for " + birth);
    }
}
