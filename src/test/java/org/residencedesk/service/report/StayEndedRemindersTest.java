package org.residencedesk.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.registration.IntendedStay;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.forms.JsonFormCodec;
import org.residencedesk.port.report.ReminderKind;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.storage.report.IntendedStayBackfill;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * 拟居住期限届满 (ADR 0327) on a station with seven known registrations on 2026-11-28: the stay's last day is stored on
 * save (arrival + the code's months − 1 day; 三年及以上 never ends), the list holds the active ones whose last day is
 * before today, longest ended first, by village, masked; a row without the column is back-filled once from its form;
 * the printed 提醒名单 and the letters say it (pdftotext).
 */
class StayEndedRemindersTest {
    @TempDir
    static Path dataDir;
    static ReportFixture f;
    static final List<String> IDS = new ArrayList<>();

    @BeforeAll
    static void build() {
        f = new ReportFixture(dataDir);
        register("周甲", "2025-10-28", "1", ReportFixture.HAIHE); // ended 2025-11-27
        register("吴乙", "2026-08-29", "3", ReportFixture.HAIHE); // ends 2027-02-27 (29 Feb clamps to 28, less a day)
        register("郑丙", "2026-05-28", "2", ReportFixture.NANWANG); // ended 2026-08-27
        register("王丁", "2026-10-28", "1", ReportFixture.HAIHE); // ended 2026-11-27, yesterday
        register("冯戊", "2026-10-29", "1", ReportFixture.HAIHE); // ends today
        register("陈己", "2020-01-01", "6", ReportFixture.HAIHE); // 三年及以上: no end
        Registered gone = register("褚庚", "2025-01-01", "4", ReportFixture.HAIHE); // ended, but moved out
        f.ctx.registration().moveOut(f.staff, gone.registrationId(), MoveOutReason.MOVED_AWAY,
                LocalDate.of(2026, 11, 20));
    }

    @AfterAll
    static void close() {
        f.close();
    }

    static Registered register(String name, String arrival, String stay, String division) {
        String id = IdNumbers.citizen("420106", "19900315", 2 * IDS.size() + 1);
        IDS.add(id);
        FormValues values = RegistrationFixture.valid().toBuilder().set("idNumber", id).set("name", name)
                .set("sex", "1").set("birthDate", "1990-03-15").set("arrivalDate", arrival).set("intendedStay", stay)
                .set("residenceDivision", division).set("operator", "").set("registrationDate", "")
                .set("registrationNumber", "").build();
        return f.ctx.registration().register(f.staff, values);
    }

    @Test
    void theListHoldsActiveRegistrationsWhoseStayEndedBeforeToday() {
        List<ReminderRow> all = f.ctx.reminders().list(f.staff, ReminderKind.STAY_ENDED, null);
        assertThat(all).extracting(ReminderRow::name).containsExactly("周甲", "郑丙", "王丁");
        assertThat(all).extracting(ReminderRow::day).containsExactly(LocalDate.of(2025, 11, 27),
                LocalDate.of(2026, 8, 27), LocalDate.of(2026, 11, 27));
        assertThat(all.get(0).maskedIdNumber()).isEqualTo(IdNumber.mask(IDS.get(0)));
        assertThat(all.get(0).village()).isEqualTo("海核社区");
        assertThat(f.ctx.reminders().list(f.staff, ReminderKind.STAY_ENDED, ReportFixture.HAIHE))
                .extracting(ReminderRow::name).containsExactly("周甲", "王丁");
    }

    @Test
    void rowsStoredBeforeV21AreBackFilledOnceFromTheirForm() throws Exception {
        try (Connection c = f.ctx.database().openConnection(); Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE RESIDENCE_REGISTRATION SET INTENDED_STAY_END = NULL")).isEqualTo(7);
        }
        assertThat(f.ctx.reminders().list(f.staff, ReminderKind.STAY_ENDED, null)).isEmpty();

        // active registrations only: an ended one is on no reminder list (褚庚 moved out)
        assertThat(IntendedStayBackfill.run(f.ctx.database()::openConnection, new JsonFormCodec())).isEqualTo(6);
        assertThat(IntendedStayBackfill.run(f.ctx.database()::openConnection, new JsonFormCodec())).isZero();

        assertThat(f.ctx.reminders().list(f.staff, ReminderKind.STAY_ENDED, null)).extracting(ReminderRow::name)
                .containsExactly("周甲", "郑丙", "王丁");
        List<String> ends = new ArrayList<>();
        try (Connection c = f.ctx.database().openConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT INTENDED_STAY_END FROM RESIDENCE_REGISTRATION ORDER BY ID")) {
            while (rs.next()) {
                ends.add(String.valueOf(rs.getDate(1)));
            }
        }
        assertThat(ends).containsExactly("2025-11-27", "2027-02-27", "2026-08-27", "2026-11-27", "2026-11-28",
                IntendedStay.NO_END.toString(), "null");
    }

    @Test
    void thePrintedListNamesTheKindTheFilterAndTheDayWithMaskedNumbers(@TempDir Path out) throws Exception {
        Path pdf = out.resolve("名单.pdf");

        ReminderLetterService.Exported exported = f.ctx.reminderLetters().exportPdf(f.staff, ReminderKind.STAY_ENDED,
                null, ReminderLetterService.Output.LIST, pdf, false);

        assertThat(exported.count()).isEqualTo(3);
        assertThat(exported.outcome().message()).isEqualTo("已导出提醒名单（3 人，1 页）到 名单.pdf，已记入审计日志。");
        List<String> pages = ReminderLettersTest.pages(pdf);
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).startsWith("关山街道流动人口服务站拟居住期限届满名单村（社区）：全部名单日期：2026年11月28日共3人")
                .contains("1周甲" + IdNumber.mask(IDS.get(0)) + "海核社区2025年11月27日有",
                        "2郑丙" + IdNumber.mask(IDS.get(2)) + "南望社区2026年8月27日",
                        "3王丁" + IdNumber.mask(IDS.get(3)) + "海核社区2026年11月27日", "经办人：王芳")
                .doesNotContainPattern("\\d{17}[\\dX]").doesNotContain("吴乙", "冯戊", "陈己", "褚庚");
        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        AuditEntry last = f.ctx.transactions().readOnly(() -> f.ctx.auditLog().latest(1)).get(0);
        assertThat(last.targetType()).isEqualTo("REMINDER_LIST");
        assertThat(last.detail()).isEqualTo("list STAY_ENDED all count=3 pages=1 pdf");
    }

    @Test
    void theLetterSaysWhenTheStayEndedAndWhatToDo(@TempDir Path out) throws Exception {
        Path pdf = out.resolve("letters.pdf");

        f.ctx.reminderLetters().exportPdf(f.staff, ReminderKind.STAY_ENDED, ReportFixture.NANWANG, pdf, false);

        List<String> pages = ReminderLettersTest.pages(pdf);
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).contains("郑丙：", "您居住登记时申报的拟居住期限已于2026年8月27日届满。");
    }
}
