package org.residencedesk.service.report;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.ApplicationRequest;
import org.residencedesk.service.permit.CardPrintJob;
import org.residencedesk.service.permit.PrintSpec;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * A station with known events around the report day {@link #DAY} (2026-11-28, Asia/Shanghai), all made through
 * the real services with a clock the fixture moves. The expected figures are counted by hand in
 * {@code ReportFiguresTest}; what happens when is listed in {@link #build()}.
 */
public final class ReportFixture implements AutoCloseable {
    static final ZoneId ZONE = TestClock.STATION_ZONE;
    public static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    static final String HAIHE = "420111002003";
    static final String NANWANG = "420111002005";
    static final Set<MaterialKind> MATERIALS = Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO,
            MaterialKind.LEASE, MaterialKind.LABOUR_CONTRACT);

    public final TestClock clock;
    public final AppContext ctx;
    final Operator staff;
    final Operator staff2;
    final Operator reviewer;
    final Operator clerk;
    final Operator chief;
    private int nextPerson = 1;

    ReportFixture(Path dataDir) {
        this(TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z")));
    }

    /** A station whose key lies in {@code keyDirectory} (the command-line tests use {@code <dataDir>-keys}). */
    public ReportFixture(Path dataDir, Path keyDirectory) {
        this(TestStation.open(dataDir, keyDirectory, TestClock.at("2026-11-28T01:15:00Z")));
    }

    private ReportFixture(AppContext ctx) {
        this.ctx = ctx;
        this.clock = (TestClock) ctx.clock();
        staff = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        staff2 = TestOperators.signIn(ctx, "sunli", "孙丽", Role.WINDOW_STAFF);
        reviewer = TestOperators.signIn(ctx, "liqiang", "李强", Role.REVIEWER);
        clerk = TestOperators.signIn(ctx, "zhaomin", "赵敏", Role.CLERK);
        chief = TestOperators.signIn(ctx, "chief", "站长", Role.CHIEF);
    }

    static Instant at(LocalDate day, int h, int m, int s) {
        return day.atTime(LocalTime.of(h, m, s)).atZone(ZONE).toInstant();
    }

    void now(Instant instant) {
        clock.set(instant);
    }

    Registered register(Operator op, Instant at, LocalDate arrival, String division) {
        now(at);
        int n = nextPerson++;
        FormValues values = RegistrationFixture.valid().toBuilder()
                .set("idNumber", IdNumbers.citizen("420106", "19900315", 2 * n + 1))
                .set("name", "居民" + (char) ('甲' + n)).set("sex", "1").set("birthDate", "1990-03-15")
                .set("arrivalDate", arrival.toString()).set("residenceDivision", division)
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        return ctx.registration().register(op, values);
    }

    long personOf(Registered r) {
        return ctx.registration().open(staff, r.registrationId()).summary().personId();
    }

    /** Registered long ago (2025-03-01), submitted and accepted at {@code acceptedAt}. */
    String accepted(Instant acceptedAt, String division) {
        Registered r = register(staff, at(LocalDate.of(2025, 3, 1), 10, 0, 0), LocalDate.of(2025, 3, 1), division);
        now(acceptedAt);
        String id = ctx.permitApplications().submit(staff, personOf(r), ApplicationRequest.inPerson(null, MATERIALS))
                .permit().id();
        ctx.permitApplications().accept(staff, id);
        return id;
    }

    void approve(String id, Instant at) {
        now(at);
        ctx.permitReview().approve(reviewer, id);
    }

    void print(String id, Instant at) {
        now(at);
        CardPrintJob job = ctx.cardProduction().print(clerk, id, PrintSpec.first());
        ctx.cardProduction().markPrinted(clerk, job, printed());
    }

    void reprint(String id, Instant at) {
        now(at);
        CardPrintJob job = ctx.cardProduction().print(clerk, id,
                PrintSpec.reprint(PrintType.CORRECTION_REPRINT, "印错", chief));
        ctx.cardProduction().markPrinted(clerk, job, printed());
    }

    void issue(String id, Instant at) {
        now(at);
        ctx.cardProduction().issue(staff, id, Handover.holder());
    }

    /** Accepted, approved, printed and issued on {@code day}. */
    String issuedOn(LocalDate day, String division) {
        String id = accepted(at(day.minusDays(5), 9, 0, 0), division);
        approve(id, at(day.minusDays(4), 9, 0, 0));
        print(id, at(day, 9, 0, 0));
        issue(id, at(day, 10, 0, 0));
        return id;
    }

    static PrintOutcome printed() {
        return new PrintOutcome(DocumentType.PERMIT_CARD, "CardPrinter", 1, 1, PrintStatus.PRINTED, "已打印");
    }

    /**
     * The events. On {@link #DAY} (counted): registrations A (00:00:00, 王芳, 海核, on time) and C (23:59:59,
     * 孙丽, 南望, late: arrived 60 days before); a change of A (王芳, 12:00); a move-out of an old registration
     * (孙丽, 00:00:00, 海核). Permits on DAY: P1 submitted + accepted (王芳, 09:00, 海核); P2 approved (李强,
     * 23:59:59); P3 rejected (李强, 00:00:00); P4 printed (赵敏, 09:00), reprinted (赵敏, 09:30), issued (王芳,
     * 10:00); P5 endorsed (王芳); P8 replaced (王芳, fee 20.00); P9 reissued (孙丽, 南望, fee 20.00); P10 cancelled
     * (王芳). Outside DAY (not counted as events): registration B at DAY-1 23:59:59 and E at DAY+1 00:00:00;
     * a move-out at DAY-1 23:59:59. Stocks on DAY: P6 due for endorsement (anniversary 2026-12-20), P7 lapsed
     * (anniversary 2026-11-01) and P13 (issued 2025-11-25, lapsed), P11 printed 2026-10-01 and not collected, P12 accepted 2026-10-01 and not reviewed.
     */
    public ReportFixture build() {
        LocalDate before = DAY.minusDays(1);
        LocalDate after = DAY.plusDays(1);
        // registrations
        Registered oldOne = register(staff2, at(LocalDate.of(2026, 6, 1), 10, 0, 0), LocalDate.of(2026, 6, 1), HAIHE);
        Registered oldTwo = register(staff2, at(LocalDate.of(2026, 6, 1), 11, 0, 0), LocalDate.of(2026, 6, 1), HAIHE);
        register(staff, at(before, 23, 59, 59), before, HAIHE); // B
        Registered a = register(staff, at(DAY, 0, 0, 0), DAY, HAIHE); // A
        register(staff2, at(DAY, 23, 59, 59), DAY.minusDays(60), NANWANG); // C, late
        register(staff, at(after, 0, 0, 0), after, HAIHE); // E
        now(at(DAY, 12, 0, 0));
        FormValues changed = a.values().toBuilder().set("mobile", "13912345678").build();
        ctx.registration().change(staff, a.registrationId(), a.version(), changed);
        now(at(before, 23, 59, 59));
        ctx.registration().moveOut(staff2, oldOne.registrationId(), MoveOutReason.MOVED_AWAY, before);
        now(at(DAY, 0, 0, 0));
        ctx.registration().moveOut(staff2, oldTwo.registrationId(), MoveOutReason.MOVED_AWAY, DAY);
        // permits
        accepted(at(DAY, 9, 0, 0), HAIHE); // P1
        String p2 = accepted(at(DAY.minusDays(8), 9, 0, 0), HAIHE);
        approve(p2, at(DAY, 23, 59, 59));
        String p3 = accepted(at(DAY.minusDays(8), 9, 0, 0), HAIHE);
        now(at(DAY, 0, 0, 0));
        ctx.permitReview().reject(reviewer, p3, "材料不实");
        String p4 = accepted(at(DAY.minusDays(6), 9, 0, 0), HAIHE);
        approve(p4, at(DAY.minusDays(5), 9, 0, 0));
        print(p4, at(DAY, 9, 0, 0));
        reprint(p4, at(DAY, 9, 30, 0));
        issue(p4, at(DAY, 10, 0, 0));
        String p5 = issuedOn(LocalDate.of(2025, 12, 10), HAIHE);
        now(at(DAY, 11, 0, 0));
        ctx.permitLifecycle().endorse(staff, p5);
        issuedOn(LocalDate.of(2025, 12, 20), HAIHE); // P6: due
        issuedOn(LocalDate.of(2025, 11, 1), HAIHE); // P7: lapsed
        String p8 = issuedOn(LocalDate.of(2026, 1, 15), HAIHE);
        now(at(DAY, 14, 0, 0));
        ctx.permitLifecycle().replace(staff, p8, true);
        String p9 = issuedOn(LocalDate.of(2026, 2, 15), NANWANG);
        now(at(DAY, 15, 0, 0));
        ctx.permitLifecycle().reissue(staff2, p9);
        String p10 = issuedOn(LocalDate.of(2026, 3, 15), HAIHE);
        now(at(DAY, 16, 0, 0));
        ctx.permitLifecycle().cancel(staff, p10, CancellationReason.MOVED_AWAY, null);
        String p11 = accepted(at(LocalDate.of(2026, 9, 20), 9, 0, 0), HAIHE);
        approve(p11, at(LocalDate.of(2026, 9, 25), 9, 0, 0));
        print(p11, at(LocalDate.of(2026, 10, 1), 9, 0, 0));
        accepted(at(LocalDate.of(2026, 10, 1), 9, 0, 0), HAIHE); // P12
        issuedOn(LocalDate.of(2025, 11, 25), HAIHE); // P13: issued in last year's week, lapsed on DAY
        outflowAndSync(before, after);
        now(at(DAY, 18, 0, 0));
        return this;
    }

    /**
     * 流出人口: O1 recorded on DAY at 00:00:00 (王芳, 海核) and O3 on DAY+1 at 00:00:00 (孙丽, 海核), both still
     * away; O2 recorded on DAY-1 at 23:59:59 (孙丽, 南望) and returned on DAY. 同步: an OK run finished on DAY at
     * 08:00:00, a FAILED one at 09:00:00, an OK one on DAY+1 at 00:00:00; one outbox event rejected.
     */
    private void outflowAndSync(LocalDate before, LocalDate after) {
        now(at(DAY, 0, 0, 0));
        ctx.outflow().register(staff, outflow(21, HAIHE));
        now(at(before, 23, 59, 59));
        var o2 = ctx.outflow().register(staff2, outflow(22, NANWANG));
        now(at(after, 0, 0, 0));
        ctx.outflow().register(staff2, outflow(23, HAIHE));
        now(at(DAY, 10, 0, 0));
        ctx.outflow().end(staff, o2.id(), o2.version(), DAY.toString(),
                org.residencedesk.domain.outflow.ReturnReason.RETURNED_HOME, null);
        ctx.transactions().run(() -> {
            run(at(DAY, 8, 0, 0), "OK");
            run(at(DAY, 9, 0, 0), "FAILED");
            run(at(after, 0, 0, 0), "OK");
            long seq = ctx.outbox().pending(1).get(0).seq();
            ctx.outbox().markRejected(seq, "测试拒收", at(DAY, 8, 0, 0));
        });
    }

    private void run(Instant finished, String outcome) {
        ctx.syncState().recordRun(new org.residencedesk.port.platform.SyncStateStore.SyncRun(0,
                finished.minusSeconds(5), finished, "SCHEDULE", outcome, 1, 0, 0, 0, 0, null, 0));
    }

    private static org.residencedesk.service.outflow.OutflowEntry outflow(int n, String village) {
        return new org.residencedesk.service.outflow.OutflowEntry(IdNumbers.citizen("420111", "19900315", n),
                "外出" + (char) ('甲' + n), village, "440305", "科技园南区8栋", "2026-03-01", "01", "", "13800138000",
                false, false, "0", "", "SELF", "", "");
    }

    @Override
    public void close() {
        ctx.close();
    }
}
