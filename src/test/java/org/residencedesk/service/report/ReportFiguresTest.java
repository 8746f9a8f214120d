package org.residencedesk.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.TestOperators;

/**
 * The figures of 日报 and 统计 against hand-counted expectations on {@link ReportFixture}'s known events, with the
 * JVM's default zone set to UTC (the station's days are Asia/Shanghai days whatever the PC says): events at
 * 00:00:00 and 23:59:59 station time belong to their own day, events one second outside do not.
 */
class ReportFiguresTest {
    @TempDir
    static Path dataDir;
    static ReportFixture f;
    static TimeZone original;

    @BeforeAll
    static void build() {
        original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        f = new ReportFixture(dataDir).build();
    }

    @AfterAll
    static void close() {
        f.close();
        TimeZone.setDefault(original);
    }

    static Map<String, Long> figures(Report r) {
        Map<String, Long> out = new LinkedHashMap<>();
        r.figures().forEach(v -> out.put(v.fullKey(), v.value()));
        return out;
    }

    @Test
    void theDailySummaryCountsTheDaysEventsByHand() {
        Report r = f.ctx.reports().daily(f.chief, ReportFixture.DAY);
        long backlog = f.ctx.transactions().readOnly(() -> f.ctx.outbox().countPending());
        assertThat(backlog).isGreaterThan(0);
        assertThat(figures(r)).containsExactly(
                entry("registrations.new", 2L), entry("registrations.changed", 1L),
                entry("registrations.movedOut", 1L), entry("registrations.late", 1L),
                entry("outflow.new", 1L), entry("outflow.returned", 1L), entry("outflow.away", 2L),
                entry("applications.submitted", 1L), entry("applications.accepted", 1L),
                entry("applications.approved", 1L), entry("applications.rejected", 1L),
                entry("applications.awaitingMaterials", 0L),
                entry("permits.printed", 1L), entry("permits.issued", 1L), entry("permits.reprinted", 1L),
                entry("permits.replaced", 1L), entry("permits.reissued", 1L), entry("permits.cancelled", 1L),
                entry("endorsements.made", 1L), entry("endorsements.late", 0L),
                entry("endorsements.dueSoon", 1L), entry("endorsements.lapsed", 2L),
                entry("fees.charged", 2L), entry("fees.taken", 4000L),
                entry("work.awaitingReview", 2L), entry("work.awaitingPrint", 3L),
                entry("work.awaitingCollection", 1L), entry("work.pastPromisedDate", 2L),
                entry("work.collectionOverdue", 1L),
                entry("sync.uploads", 1L), entry("sync.lastUpload", ReportFixture.at(ReportFixture.DAY, 8, 0, 0)
                        .getEpochSecond()), entry("sync.backlog", backlog), entry("sync.rejected", 1L));
        assertThat(ReportSheets.format(r.figure("sync.lastUpload").orElseThrow().unit(),
                r.figure("sync.lastUpload").orElseThrow().value())).isEqualTo("2026-11-28 08:00");
        assertThat(r.figures()).allSatisfy(v -> {
            assertThat(v.previous()).isNull();
            assertThat(v.lastYear()).isNull();
        });
    }

    @Test
    void theDayBeforeAndTheDayAfterTakeTheirBoundaryEvents() {
        Map<String, Long> before = figures(f.ctx.reports().daily(f.chief, ReportFixture.DAY.minusDays(1)));
        assertThat(before.get("registrations.new")).isEqualTo(1L); // B at 23:59:59
        assertThat(before.get("registrations.movedOut")).isEqualTo(1L);
        assertThat(before.get("applications.rejected")).isEqualTo(0L);
        assertThat(before.get("outflow.new")).isEqualTo(1L); // O2 at 23:59:59
        assertThat(before.get("outflow.returned")).isEqualTo(0L);
        assertThat(before.get("sync.uploads")).isEqualTo(0L);
        assertThat(before.get("sync.lastUpload")).isEqualTo(0L);
        Map<String, Long> after = figures(f.ctx.reports().daily(f.chief, ReportFixture.DAY.plusDays(1)));
        assertThat(after.get("registrations.new")).isEqualTo(1L); // E at 00:00:00
        assertThat(after.get("applications.approved")).isEqualTo(0L); // P2 at 23:59:59 the day before
        assertThat(after.get("outflow.new")).isEqualTo(1L); // O3 at 00:00:00
        assertThat(after.get("sync.uploads")).isEqualTo(1L);
        assertThat(after.get("sync.lastUpload")).isEqualTo(ReportFixture.at(ReportFixture.DAY.plusDays(1), 0, 0, 0)
                .getEpochSecond());
    }

    @Test
    void staffAndVillagesEachGetTheirShare() {
        Report r = f.ctx.reports().daily(f.chief, ReportFixture.DAY);
        Map<String, BreakdownRow> staff = new LinkedHashMap<>();
        r.byStaff().forEach(b -> staff.put(b.code(), b));
        assertThat(staff.keySet()).containsExactly("liqiang", "sunli", "wangfang", "zhaomin");
        assertThat(staff.get("wangfang").name()).isEqualTo("王芳");
        assertThat(staff.get("wangfang").values()).containsOnly(entry("registrations.new", 1L),
                entry("registrations.changed", 1L), entry("outflow.new", 1L), entry("applications.submitted", 1L),
                entry("applications.accepted", 1L), entry("permits.issued", 1L), entry("permits.replaced", 1L),
                entry("permits.cancelled", 1L), entry("endorsements.made", 1L), entry("fees.charged", 1L),
                entry("fees.taken", 2000L));
        assertThat(staff.get("sunli").values()).containsOnly(entry("registrations.new", 1L),
                entry("registrations.late", 1L), entry("registrations.movedOut", 1L), entry("permits.reissued", 1L),
                entry("fees.charged", 1L), entry("fees.taken", 2000L));
        assertThat(staff.get("liqiang").values()).containsOnly(entry("applications.approved", 1L),
                entry("applications.rejected", 1L));
        assertThat(staff.get("zhaomin").values()).containsOnly(entry("permits.printed", 1L),
                entry("permits.reprinted", 1L));
        Map<String, BreakdownRow> villages = new LinkedHashMap<>();
        r.byDivision().forEach(b -> villages.put(b.code(), b));
        assertThat(villages.keySet()).containsExactly(ReportFixture.HAIHE, ReportFixture.NANWANG);
        assertThat(villages.get(ReportFixture.NANWANG).name()).isEqualTo("南望社区");
        assertThat(villages.get(ReportFixture.NANWANG).values()).containsOnly(entry("registrations.new", 1L),
                entry("registrations.late", 1L), entry("outflow.returned", 1L), entry("permits.reissued", 1L), entry("fees.charged", 1L),
                entry("fees.taken", 2000L));
        assertThat(villages.get(ReportFixture.HAIHE).values()).containsEntry("registrations.movedOut", 1L)
                .containsEntry("permits.issued", 1L).containsEntry("endorsements.made", 1L)
                .containsEntry("outflow.new", 1L).doesNotContainKey("outflow.returned")
                .doesNotContainKey("permits.reissued");
    }

    @Test
    void overdueListsShowMaskedIdNumbersOldestFirst() {
        Report r = f.ctx.reports().daily(f.chief, ReportFixture.DAY);
        assertThat(r.pastPromisedDate()).extracting(OverdueRow::dueOn)
                .containsExactly(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 16));
        assertThat(r.collectionOverdue()).extracting(OverdueRow::dueOn).containsExactly(LocalDate.of(2026, 10, 1));
        assertThat(r.pastPromisedDate()).allSatisfy(row -> {
            assertThat(row.maskedIdNumber()).matches("420106\\*{8}\\d{3}[\\dX]");
            assertThat(row.division()).isEqualTo("海核社区");
        });
    }

    @Test
    void periodStatisticsCompareWithThePreviousWeekAndLastYear() {
        Report r = f.ctx.reports().period(f.chief, ReportFixture.DAY.minusDays(6), ReportFixture.DAY);
        assertThat(r.previousFrom()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(r.previousTo()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(r.lastYearFrom()).isEqualTo(LocalDate.of(2025, 11, 22));
        FigureValue accepted = r.figure("applications.accepted").orElseThrow();
        assertThat(List.of(accepted.value(), accepted.previous(), accepted.lastYear())).containsExactly(2L, 2L, 0L);
        FigureValue registered = r.figure("registrations.new").orElseThrow();
        assertThat(List.of(registered.value(), registered.previous(), registered.lastYear()))
                .containsExactly(3L, 0L, 0L);
        FigureValue issued = r.figure("permits.issued").orElseThrow();
        assertThat(List.of(issued.value(), issued.previous(), issued.lastYear())).containsExactly(1L, 0L, 1L);
        FigureValue lapsed = r.figure("endorsements.lapsed").orElseThrow();
        assertThat(lapsed.previous()).isNull();
        assertThat(r.trend().days()).hasSize(7);
        assertThat(r.trend().series().get("registrations.new")).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 2L);
    }

    @Test
    void remindersListThePeopleByKindAndVillageWithMaskedIdNumbers() {
        List<ReminderRow> due = f.ctx.reminders().list(f.staff, org.residencedesk.port.report.ReminderKind
                .ENDORSEMENT_DUE, null);
        assertThat(due).extracting(ReminderRow::day).containsExactly(LocalDate.of(2026, 12, 19)); // P6, last day
        assertThat(due.get(0).maskedIdNumber()).matches("420106\\*{8}\\d{3}[\\dX]");
        assertThat(due.get(0).village()).isEqualTo("海核社区");
        assertThat(due.get(0).hasMobile()).isTrue();
        assertThat(f.ctx.reminders().list(f.staff, org.residencedesk.port.report.ReminderKind.LAPSED, null))
                .extracting(ReminderRow::day).containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 25));
        assertThat(f.ctx.reminders().list(f.staff, org.residencedesk.port.report.ReminderKind.LAPSED,
                ReportFixture.NANWANG)).isEmpty();
        assertThat(f.ctx.reminders().list(f.staff, org.residencedesk.port.report.ReminderKind.AWAITING_COLLECTION,
                ReportFixture.HAIHE)).extracting(ReminderRow::day).containsExactly(LocalDate.of(2026, 10, 1));
    }

    @Test
    void theSmsExportCarriesMobilesAndMaskedIdNumbersAndIsAudited(@TempDir Path out) throws Exception {
        Path csv = out.resolve("lapsed.csv");
        assertThatThrownBy(() -> f.ctx.reminders().exportSms(f.staff, org.residencedesk.port.report.ReminderKind
                .LAPSED, null, csv, false)).isInstanceOf(PermissionDenied.class);
        int n = f.ctx.reminders().exportSms(f.chief, org.residencedesk.port.report.ReminderKind.LAPSED, null, csv,
                false);
        assertThat(n).isEqualTo(2);
        List<String> lines = java.nio.file.Files.readAllLines(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("\uFEFF姓名,手机号码,身份证号码,事项,日期,村（社区）");
        assertThat(lines.get(1)).matches("居民.,13812345678,420106\\*{8}\\d{3}[\\dX],居住证已逾期未签注，请尽快到服务站办理,"
                + "2026年11月1日,海核社区");
        assertThat(String.join("\n", lines)).doesNotContain("42010619900315");
        assertThat(java.nio.file.Files.getPosixFilePermissions(csv))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        AuditEntry last = f.ctx.transactions().readOnly(() -> f.ctx.auditLog().latest(1)).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.DATA_EXPORTED);
        assertThat(last.detail()).isEqualTo("sms LAPSED all 2");
        assertThatThrownBy(() -> f.ctx.reminders().exportSms(f.chief, org.residencedesk.port.report.ReminderKind
                .LAPSED, null, csv, false)).isInstanceOf(ReportExportFailed.class)
                .extracting(e -> ((ReportExportFailed) e).reason()).isEqualTo(ReportExportFailed.Reason.TARGET_EXISTS);
    }

    @Test
    void everyReadIsAuditedWithWhoAndWhichReport() {
        f.ctx.reports().period(f.chief, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        AuditEntry last = f.ctx.transactions().readOnly(() -> f.ctx.auditLog().latest(1)).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.REPORT_VIEWED);
        assertThat(last.actor()).isEqualTo("chief");
        assertThat(last.detail()).isEqualTo("period 2026-11-01..2026-11-30");
    }

    @Test
    void onlyReportHoldersMayReadAndBadPeriodsAreRefusedInChinese() {
        assertThatThrownBy(() -> f.ctx.reports().daily(f.staff, ReportFixture.DAY)).isInstanceOf(PermissionDenied.class);
        var reviewerOnly = TestOperators.signIn(f.ctx, "shenhe2", "审核二", Role.REVIEWER);
        assertThat(f.ctx.reports().daily(reviewerOnly, ReportFixture.DAY).from()).isEqualTo(ReportFixture.DAY);
        assertThatThrownBy(() -> f.ctx.reports().period(f.chief, ReportFixture.DAY, ReportFixture.DAY.minusDays(1)))
                .isInstanceOf(ValidationFailure.class)
                .extracting(e -> ((ValidationFailure) e).fieldMessages().get("from"))
                .isEqualTo("请选择起止日期，结束日期不能早于开始日期。");
        assertThatThrownBy(() -> f.ctx.reports().period(f.chief, LocalDate.of(2025, 1, 1), ReportFixture.DAY))
                .isInstanceOf(ValidationFailure.class);
    }
}
