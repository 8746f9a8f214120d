package org.residencedesk.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * The child of {@link CrashedLogDamageTest}: opens the station and registers one person after another through the
 * real registration service, printing {@code OK <ID number>} after each commit, until it is killed with kill -9.
 * Arguments: data folder, key folder, the instant of its clock.
 */
public final class LogDamageChild {
    private LogDamageChild() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(Instant.parse(args[2]), ZoneId.of("Asia/Shanghai"));
        try (AppContext ctx = AppContext.openForTests(Path.of(args[0]), Path.of(args[1]), TestMasterData.shared(),
                clock)) {
            Operator clerk = TestOperators.signIn(ctx, "clerk", "王芳", Role.WINDOW_STAFF);
            for (int i = 1; i < 1_000; i++) {
                String id = IdNumbers.citizen("420106", "19900315", i);
                ctx.registration().register(clerk, RegistrationFixture.valid().toBuilder().set("idNumber", id)
                        .set("sex", i % 2 == 1 ? "1" : "2").set("birthDate", "1990-03-15").set("operator", "")
                        .set("registrationDate", "").set("registrationNumber", "").build());
                out.println("OK " + id);
            }
        }
    }
}
