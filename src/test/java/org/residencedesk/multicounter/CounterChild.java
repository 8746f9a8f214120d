package org.residencedesk.multicounter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.ApplicationRequest;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * One counter PC of {@link MultiCounterStationTest}: opens its data folder (whose {@code counter.properties} points at
 * the test's network server), prints {@code READY}, waits for {@code GO} on stdin, then registers {@code args[2]}
 * people (in January) and submits and accepts a permit for each (in August, when they are eligible) through the real
 * services. Every 25 operations it tries to take the uploader's lease and, while holding it for ten operations, holds
 * a marker file that must not exist: a second holder at the same time prints {@code OVERLAP}. Prints {@code DONE
 * <operations> <leases taken> <saves repeated after 数据库正忙>}, or {@code FAILED <exception class>}; never personal data.
 */
public final class CounterChild {
    static final Instant JANUARY = Instant.parse("2026-01-05T01:15:00Z");
    static final Instant AUGUST = Instant.parse("2026-08-10T01:15:00Z");
    private static final Set<MaterialKind> MATERIALS = Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO,
            MaterialKind.LEASE, MaterialKind.LABOUR_CONTRACT);

    private final AppContext ctx;
    private final TestClock clock;
    private final Path marker;
    private final String holder;
    private int operations;
    private int leases;
    private int heldUntil = -1;
    private int busy;

    private CounterChild(AppContext ctx, TestClock clock, Path marker, String holder) {
        this.ctx = ctx;
        this.clock = clock;
        this.marker = marker;
        this.holder = holder;
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(args[0]);
        String county = args[1];
        int people = Integer.parseInt(args[2]);
        Path marker = Path.of(args[3]);
        TestClock clock = TestClock.at(JANUARY.toString());
        try (AppContext ctx = AppContext.openForTests(dataDir, TestMasterData.shared(), clock)) {
            Operator staff = TestOperators.signIn(ctx, "counter" + county, "柜台" + county, Role.WINDOW_STAFF);
            System.out.println("READY");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (!"GO".equals(in.readLine())) {
                System.exit(4);
            }
            CounterChild child = new CounterChild(ctx, clock, marker, "counter-" + county);
            child.run(staff, county, people);
            System.out.println("DONE " + child.operations + " " + child.leases + " " + child.busy);
            System.out.flush();
        } catch (RuntimeException e) {
            System.out.println("FAILED " + e.getClass().getName());
            e.printStackTrace(); // stderr: the test's report file; test data only
            System.out.flush();
            System.exit(3);
        }
    }

    private void run(Operator staff, String county, int people) throws IOException {
        List<Long> persons = new ArrayList<>();
        for (int i = 1; i <= people; i++) {
            FormValues values = RegistrationFixture.valid().toBuilder()
                    .set("idNumber", IdNumbers.citizen(county, "19900315", i)).set("name", "柜台测试")
                    .set("sex", i % 2 == 1 ? "1" : "2").set("birthDate", "1990-03-15")
                    .set("arrivalDate", "2026-01-05").set("operator", "").set("registrationDate", "")
                    .set("registrationNumber", "").build();
            Registered r = asAClerkWould(() -> ctx.registration().register(staff, values));
            persons.add(ctx.registration().open(staff, r.registrationId()).summary().personId());
            operationDone();
        }
        clock.set(AUGUST);
        for (long person : persons) {
            ApplicationRequest request = ApplicationRequest.inPerson(null, MATERIALS);
            String id = asAClerkWould(() -> ctx.permitApplications().submit(staff, person, request)).permit().id();
            asAClerkWould(() -> ctx.permitApplications().accept(staff, id));
            operationDone();
        }
        if (heldUntil >= 0) {
            release();
        }
    }

    /**
     * The action, repeated when the station answers 数据库正忙 as a clerk presses 保存 again (ADR 0362): the other
     * counter held the rows past Derby's lock wait, nothing was saved, so the repeat must not leave a gap or a twin.
     */
    private <T> T asAClerkWould(java.util.function.Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (org.residencedesk.port.StationProblem problem) {
                if (problem.kind() != org.residencedesk.port.StationProblem.Kind.BUSY || attempt == 5) {
                    throw problem;
                }
                busy++;
            }
        }
    }

    /** The uploader's lease, as {@code Uploader} takes it: one conditional UPDATE in its own transaction. */
    private void operationDone() throws IOException {
        operations++;
        if (heldUntil >= 0 && operations >= heldUntil) {
            release();
        } else if (heldUntil < 0 && operations % 25 == 0) {
            Instant now = Instant.now();
            boolean taken = ctx.transactions().inTransaction(
                    () -> ctx.syncState().acquireLease(holder, now, now.plus(Duration.ofMinutes(2))));
            if (taken) {
                leases++;
                try {
                    Files.createFile(marker);
                } catch (FileAlreadyExistsException other) {
                    System.out.println("OVERLAP");
                }
                heldUntil = operations + 10;
            }
        }
    }

    private void release() throws IOException {
        Files.deleteIfExists(marker);
        ctx.transactions().run(() -> ctx.syncState().releaseLease(holder));
        heldUntil = -1;
    }
}
