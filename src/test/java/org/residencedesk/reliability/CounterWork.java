package org.residencedesk.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
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
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * Real counter work through the services for the crash and soak runs: each method is one confirmed operation
 * (its transaction committed when it returns) and answers the id it made, never personal data. Persons are
 * registered on the day they arrived (2026-03-01), so eight months later their permits can be applied for; the
 * clock then returns to "now", one second further on per operation.
 */
final class CounterWork {
    static final String DRAFT_KEY = "crash-registration-draft";
    static final LocalDate ARRIVAL = LocalDate.of(2026, 3, 1);
    static final Set<MaterialKind> MATERIALS = Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO,
            MaterialKind.LEASE, MaterialKind.LABOUR_CONTRACT);

    final AppContext ctx;
    final TestClock clock;
    final Operator staff;
    final Operator reviewer;
    private Instant now;

    CounterWork(AppContext ctx, TestClock clock) {
        this.ctx = ctx;
        this.clock = clock;
        this.now = clock.instant();
        this.staff = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        this.reviewer = TestOperators.signIn(ctx, "liqiang", "李强", Role.REVIEWER);
    }

    /** 新登记 of the next person (numbered by the persons already stored); answers the registration number. */
    String register() {
        long n = count("SELECT COUNT(*) FROM PERSON") + 1;
        LocalDate birth = LocalDate.of(1985, 1, 1).plusDays(n / 400);
        int sequence = (int) (n % 400) * 2 + 1; // odd: male
        String id = IdNumbers.citizen("420106", birth.toString().replace("-", ""), sequence);
        FormValues values = RegistrationFixture.valid().toBuilder().set("idNumber", id).set("name", "张伟")
                .set("sex", "1").set("birthDate", birth.toString()).set("arrivalDate", ARRIVAL.toString())
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        clock.set(ARRIVAL.atTime(9, 30).atZone(TestClock.STATION_ZONE).toInstant());
        try {
            Registered r = ctx.registration().register(staff, values);
            return r.registrationNumber();
        } finally {
            tick();
        }
    }

    /** 变更 of a stored registration's mobile number; answers the registration number, empty when none is stored. */
    Optional<String> change(int salt) {
        Optional<Long> id = first("SELECT ID FROM RESIDENCE_REGISTRATION WHERE STATUS = 'ACTIVE' ORDER BY VERSION, ID");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        var details = ctx.registration().open(staff, id.get());
        FormValues changed = details.values().toBuilder()
                .set("mobile", "139" + String.format("%08d", Math.floorMod(salt * 7919L + details.version(), 100_000_000L)))
                .build();
        Registered r = ctx.registration().change(staff, id.get(), details.version(), changed);
        tick();
        return Optional.of(r.registrationNumber());
    }

    /** 申请 (submitted, awaiting acceptance) for a registered person without a permit; empty when there is none. */
    Optional<String> submit() {
        Optional<Long> person = first("SELECT p.ID FROM PERSON p WHERE NOT EXISTS "
                + "(SELECT 1 FROM PERMIT_APPLICATION a WHERE a.PERSON_ID = p.ID) ORDER BY p.ID");
        if (person.isEmpty()) {
            return Optional.empty();
        }
        String permit = ctx.permitApplications().submit(staff, person.get(), ApplicationRequest.inPerson(null, MATERIALS))
                .permit().id();
        tick();
        return Optional.of(permit);
    }

    /** 受理 of a submitted application. */
    Optional<String> accept() {
        Optional<String> permit = firstText("SELECT ID FROM PERMIT_APPLICATION WHERE STATUS = 'AWAITING_MATERIALS' ORDER BY ID");
        permit.ifPresent(id -> {
            ctx.permitApplications().accept(staff, id);
            tick();
        });
        return permit;
    }

    /** 审核通过 of an accepted application. */
    Optional<String> approve() {
        Optional<String> permit = firstText("SELECT ID FROM PERMIT_APPLICATION WHERE STATUS = 'ACCEPTED' ORDER BY ID");
        permit.ifPresent(id -> {
            ctx.permitReview().approve(reviewer, id);
            tick();
        });
        return permit;
    }

    /** Saves version {@code version} of the draft of a registration being typed. */
    void saveDraft(long version) {
        ctx.drafts().save(DRAFT_KEY, draftContent(version));
        tick();
    }

    /** The draft of version {@code version}: the form being typed with the version in its mobile field. */
    static String draftContent(long version) {
        return "{\"draftVersion\":" + version + ",\"form\":\"registration\",\"mobile\":\"138"
                + String.format("%08d", version) + "\"}";
    }

    /** The version of a stored {@link #draftContent}, -1 when the text is not one. */
    static long draftVersion(String content) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"draftVersion\":(\\d+),").matcher(content);
        return m.lookingAt() && content.equals(draftContent(Long.parseLong(m.group(1)))) ? Long.parseLong(m.group(1)) : -1;
    }

    void tick() {
        now = now.plus(Duration.ofSeconds(1));
        clock.set(now);
    }

    long count(String sql) {
        return first(sql).orElse(0L);
    }

    Optional<Long> first(String sql) {
        return query(sql, rs -> rs.getLong(1));
    }

    Optional<String> firstText(String sql) {
        return query(sql, rs -> rs.getString(1));
    }

    private <T> Optional<T> query(String sql, Column<T> column) {
        try (Connection c = ctx.database().openConnection();
             PreparedStatement ps = c.prepareStatement(sql + " FETCH FIRST 1 ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(column.read(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + e.getSQLState(), e);
        }
    }

    interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
