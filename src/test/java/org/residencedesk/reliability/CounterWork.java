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
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.registration.CardIdentity;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.ApplicationRequest;
import org.residencedesk.service.permit.CardPrintJob;
import org.residencedesk.service.permit.PrintSpec;
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
    /** Several registration forms open at once, each with its crash-safe draft: version n is saved under key n % 3. */
    static final int DRAFT_KEYS = 3;
    static final LocalDate ARRIVAL = LocalDate.of(2026, 3, 1);
    static final Set<MaterialKind> MATERIALS = Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO,
            MaterialKind.LEASE, MaterialKind.LABOUR_CONTRACT);

    final AppContext ctx;
    final TestClock clock;
    final Operator staff;
    final Operator reviewer;
    private Operator clerk;
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
        LocalDate birth = birthOf(n);
        String id = IdNumbers.citizen("420106", birth.toString().replace("-", ""), sequenceOf(n));
        return register(RegistrationFixture.valid().toBuilder().set("idNumber", id).set("name", "张伟")
                .set("sex", "1").set("birthDate", birth.toString()).build());
    }

    /** The resident card of the next person (as {@link #register()} would number them), for the card reader. */
    IdCardData nextCard() {
        long n = count("SELECT COUNT(*) FROM PERSON") + 1;
        LocalDate birth = birthOf(n);
        String id = IdNumbers.citizen("420106", birth.toString().replace("-", ""), sequenceOf(n));
        return new IdCardData(CardType.ID_CARD, "张伟", null, "1", "01", birth, "湖北省武汉市武昌区中山路300号", id,
                "武汉市公安局武昌分局", LocalDate.of(2021, 11, 2), LocalDate.of(2031, 11, 2), false, null, null, null,
                null);
    }

    /** 新登记 from a swiped card: the form as the window fills it from the chip ({@link CardIdentity}), the rest typed. */
    String register(IdCardData swiped) {
        FormValues.Builder values = RegistrationFixture.valid().toBuilder();
        CardIdentity.formFields(swiped).forEach(values::set);
        return register(values.build());
    }

    private String register(FormValues typed) {
        FormValues values = typed.toBuilder().set("arrivalDate", ARRIVAL.toString())
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        clock.set(ARRIVAL.atTime(9, 30).atZone(TestClock.STATION_ZONE).toInstant());
        try {
            Registered r = ctx.registration().register(staff, values);
            return r.registrationNumber();
        } finally {
            tick();
        }
    }

    private static LocalDate birthOf(long n) {
        return LocalDate.of(1985, 1, 1).plusDays(n / 400);
    }

    private static int sequenceOf(long n) {
        return (int) (n % 400) * 2 + 1; // odd: male
    }

    /** 变更 of a stored registration's mobile number; answers the registration number, empty when none is stored. */
    Optional<String> change(int salt) {
        Optional<Long> id = first("SELECT ID FROM RESIDENCE_REGISTRATION WHERE STATUS = 'ACTIVE' ORDER BY VERSION, ID");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        var details = ctx.registration().open(staff, id.get());
        long number = Math.floorMod(salt * 7919L + details.version(), 100_000_000L);
        String mobile = "139" + String.format("%08d", number);
        if (mobile.equals(details.values().get("mobile"))) {
            // a 换地登记 copies the form into a new registration of version 0: a later child at the same salt drew
            // the number it already holds, and the service rightly refused a change of nothing (crash run, kill 89)
            mobile = "139" + String.format("%08d", (number + 1) % 100_000_000L);
        }
        FormValues changed = details.values().toBuilder().set("mobile", mobile).build();
        Registered r = ctx.registration().change(staff, id.get(), details.version(), changed);
        tick();
        return Optional.of(r.registrationNumber());
    }

    /** 申请 (submitted, awaiting acceptance) for a registered person without a permit; empty when there is none. */
    Optional<String> submit() {
        Optional<Long> person = first("SELECT p.ID FROM PERSON p WHERE NOT EXISTS "
                + "(SELECT 1 FROM PERMIT_APPLICATION a WHERE a.PERSON_ID = p.ID) AND EXISTS (SELECT 1 FROM "
                + "RESIDENCE_REGISTRATION r WHERE r.PERSON_ID = p.ID AND r.STATUS = 'ACTIVE') ORDER BY p.ID");
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

    /** Saves version {@code version} of a registration being typed, under key {@code version % DRAFT_KEYS}. */
    void saveDraft(long version) {
        ctx.drafts().save(draftKey((int) (version % DRAFT_KEYS)), draftContent(version));
        tick();
    }

    /** 放弃 of one open form: draft operation {@code op} discards the draft under key {@code op % DRAFT_KEYS}. */
    void discardDraft(long op) {
        ctx.drafts().discard(draftKey((int) (op % DRAFT_KEYS)));
        tick();
    }

    static String draftKey(int key) {
        return "crash-registration-draft-" + key;
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

    /** 制证 of an approved permit: the card prepared, sent to {@code output}, then recorded as printed. */
    Optional<String> printCard(CardOutput output) {
        Optional<String> permit = firstText("SELECT ID FROM PERMIT_APPLICATION WHERE STATUS = 'APPROVED' ORDER BY ID");
        permit.ifPresent(id -> {
            CardPrintJob job = ctx.cardProduction().print(clerk(), id, PrintSpec.first());
            ctx.cardProduction().markPrinted(clerk(), job, output.print(job.card()));
            tick();
        });
        return permit;
    }

    /** 发证 of a printed card to its holder. */
    Optional<String> issue() {
        Optional<String> permit = firstText("SELECT ID FROM PERMIT_APPLICATION WHERE STATUS = 'PRINTED' ORDER BY ID");
        permit.ifPresent(id -> {
            ctx.cardProduction().issue(staff, id, Handover.holder());
            tick();
        });
        return permit;
    }

    /**
     * 签注 of an issued, not yet endorsed permit whose holder still lives here, on a day ten days before its
     * anniversary (the clock is set there for the step and back afterwards); the 签注凭证 goes to {@code output}.
     */
    Optional<String> endorse(CardOutput output) {
        Optional<String> permit = firstText("SELECT a.ID FROM PERMIT_APPLICATION a WHERE a.STATUS = 'ISSUED' "
                + "AND a.ENDORSEMENT_COUNT = 0 AND EXISTS (SELECT 1 FROM RESIDENCE_REGISTRATION r "
                + "WHERE r.PERSON_ID = a.PERSON_ID AND r.STATUS = 'ACTIVE') ORDER BY a.ID");
        permit.ifPresent(id -> {
            LocalDate anniversary = LocalDate.parse(firstText("SELECT CAST(NEXT_ANNIVERSARY AS CHAR(10)) "
                    + "FROM PERMIT_APPLICATION WHERE ID = '" + id + "'").orElseThrow());
            clock.set(anniversary.minusDays(10).atTime(10, 0).atZone(TestClock.STATION_ZONE).toInstant());
            try {
                ctx.permitLifecycle().endorse(staff, id).document().ifPresent(output::print);
            } finally {
                tick();
            }
        });
        return permit;
    }

    /** 注销 (moved away, today) of the newest active registration of a person without a permit. */
    Optional<String> moveOut() {
        Optional<Long> id = first("SELECT r.ID FROM RESIDENCE_REGISTRATION r WHERE r.STATUS = 'ACTIVE' AND NOT EXISTS "
                + "(SELECT 1 FROM PERMIT_APPLICATION a WHERE a.PERSON_ID = r.PERSON_ID) ORDER BY r.ID DESC");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String number = firstText("SELECT REG_NUMBER FROM RESIDENCE_REGISTRATION WHERE ID = " + id.get()).orElseThrow();
        ctx.registration().moveOut(staff, id.get(), MoveOutReason.MOVED_AWAY, LocalDate.ofInstant(clock.instant(),
                TestClock.STATION_ZONE));
        tick();
        return Optional.of(number);
    }

    /** 换地登记 of the oldest active registration to another house number; answers {@code old>new}. */
    Optional<String> reRegister(int salt) {
        Optional<Long> id = first("SELECT ID FROM RESIDENCE_REGISTRATION WHERE STATUS = 'ACTIVE' ORDER BY ID");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        var details = ctx.registration().open(staff, id.get());
        FormValues moved = details.values().toBuilder().set("houseNumber", (Math.floorMod(salt, 900) + 100) + "号").build();
        Registered r = ctx.registration().reRegister(staff, id.get(), moved);
        tick();
        return Optional.of(details.summary().registrationNumber() + ">" + r.registrationNumber());
    }

    /** The card-printing clerk (制证员), signed in on first use. */
    Operator clerk() {
        if (clerk == null) {
            clerk = TestOperators.signIn(ctx, "zhaomin", "赵敏", Role.CLERK);
        }
        return clerk;
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
