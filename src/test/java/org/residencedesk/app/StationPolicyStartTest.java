package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.StationPolicyStore.PolicyFileRefused;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.ApplicationRequest;
import org.residencedesk.service.permit.EligibilityReport;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * The composition root reads the station policy, the holiday table and a station form override at start, and
 * the services use what they say (ADRs 0165, 0167), on real Derby stations with an injected clock.
 */
class StationPolicyStartTest {
    private static final Set<MaterialKind> ALL_FOR_WORK = Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO,
            MaterialKind.LEASE, MaterialKind.LABOUR_CONTRACT);

    @TempDir
    Path dataDir;
    @TempDir
    Path otherDataDir;

    /** Saturday 2026-11-28, 09:15 station time. */
    private final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");

    @Test
    void theServicesUseAThreeMonthThresholdAndATwentyWorkingDayPromiseFromTheFile() throws IOException {
        Files.writeString(dataDir.resolve("station-policy.properties"), """
                version = 1
                residence.months = 3
                issuing.days = 20
                issuing.dayKind = working
                registrationNumber.serialDigits = 8
                acceptanceNumber.serialDigits = 5
                """, StandardCharsets.UTF_8);
        try (AppContext ctx = TestStation.open(dataDir, clock)) {
            Operator staff = TestOperators.windowStaff(ctx);
            Registered r = register(ctx, staff, LocalDate.of(2026, 8, 28));
            long person = ctx.registration().open(staff, r.registrationId()).summary().personId();

            EligibilityReport report = ctx.permitApplications().checkEligibility(staff, person,
                    ApplicationRequest.inPerson(null, ALL_FOR_WORK));
            String id = ctx.permitApplications().submit(staff, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK))
                    .permit().id();
            PermitSummary accepted = ctx.permitApplications().accept(staff, id).permit();

            assertThat(report.messages()).as("three months since 2026-08-28 are complete today").isEmpty();
            assertThat(report.eligibility().residenceRequirementMetOn()).isEqualTo(LocalDate.of(2026, 11, 28));
            // Saturday acceptance; 20 working days: 11/30–12/4, 12/7–11, 12/14–18, 12/21–25
            assertThat(accepted.promisedOn()).isEqualTo(LocalDate.of(2026, 12, 25));
            assertThat(accepted.acceptanceNumber()).isEqualTo(TestStation.CODE + "2026" + "00001");
            assertThat(r.registrationNumber()).isEqualTo(TestStation.CODE + "2026" + "00000001");
        }
        try (AppContext defaults = TestStation.open(otherDataDir, clock)) {
            Operator staff = TestOperators.windowStaff(defaults);
            Registered r = register(defaults, staff, LocalDate.of(2026, 8, 28));
            long person = defaults.registration().open(staff, r.registrationId()).summary().personId();

            EligibilityReport report = defaults.permitApplications().checkEligibility(staff, person,
                    ApplicationRequest.inPerson(null, ALL_FOR_WORK));

            assertThat(report.messages()).as("without a file: the Hubei six months")
                    .containsExactly("居住未满6个月，2027年2月28日起方可申领居住证");
            assertThat(r.registrationNumber()).isEqualTo(TestStation.CODE + "2026" + "000001");
        }
    }

    @Test
    void aBadPolicyFileStopsTheStartBeforeTheDatabaseIsOpened() throws IOException {
        Files.writeString(dataDir.resolve("station-policy.properties"), "version = 1\nvalidity.years = 0\n");

        assertThatThrownBy(() -> AppContext.openForTests(dataDir, org.residencedesk.testing.TestMasterData.shared(), clock))
                .isInstanceOf(PolicyFileRefused.class)
                .hasMessage("站点政策文件 station-policy.properties 第 2 行：设置 validity.years 的值无效：居住证有效期（年）须在 1 至 10 之间。"
                        + "请改正或删除该文件后重新启动（删除后使用湖北省默认值）。");
        assertThat(dataDir.resolve("db")).as("nothing opened or created").doesNotExist();
    }

    @Test
    void aBadStationHolidayTableStopsTheStartToo() throws IOException {
        Files.writeString(dataDir.resolve("holidays.csv"), "2026-10-01,休,国庆\n2026-13-01,休,笔误\n");

        assertThatThrownBy(() -> AppContext.openForTests(dataDir, org.residencedesk.testing.TestMasterData.shared(), clock))
                .isInstanceOf(PolicyFileRefused.class)
                .hasMessage("站点政策文件 holidays.csv 第 2 行：日期“2026-13-01”无效，应写成 2026-10-01 这样的格式。"
                        + "请改正或删除该文件后重新启动（删除后使用湖北省默认值）。");
    }

    @Test
    void aUsableStationFormOverrideIsUsed() throws IOException {
        writeForm(packagedForm().replace("title: 流动人口居住登记表", "title: 流动人口居住登记表（洪山区）"));

        try (AppContext ctx = TestStation.open(dataDir, clock)) {
            assertThat(ctx.registration().form().title()).isEqualTo("流动人口居住登记表（洪山区）");
            assertThat(ctx.startupNotices()).isEmpty();
        }
    }

    @Test
    void aBrokenStationFormIsRefusedWithItsLineAndThePackagedFormIsUsed() throws IOException {
        writeForm(packagedForm().replaceFirst("type: name", "type: nam"));

        try (AppContext ctx = TestStation.open(dataDir, clock)) {
            assertThat(ctx.registration().form().title()).isEqualTo("流动人口居住登记表");
            assertThat(ctx.startupNotices()).containsExactly("站点表单 forms/registration.yaml 未采用，仍使用内置表单："
                    + dataDir.resolve("forms/registration.yaml") + " 第" + lineOf("type: name") + "行（字段 name）：未知的字段类型“nam”");
        }
    }

    @Test
    void aStationFormWithoutAPackagedFieldIsRefused() throws IOException {
        String form = packagedForm();
        int start = form.indexOf("      - id: ethnicGroup");
        int end = form.indexOf("      - id:", start + 10);
        writeForm(form.substring(0, start) + form.substring(end));

        try (AppContext ctx = TestStation.open(dataDir, clock)) {
            assertThat(ctx.registration().form().field("ethnicGroup")).isPresent();
            assertThat(ctx.startupNotices()).containsExactly("站点表单 forms/registration.yaml 未采用，仍使用内置表单："
                    + "缺少内置表单的字段“ethnicGroup”（不能删除内置字段，可改名称、说明、选项或改为必填）");
        }
    }

    private Registered register(AppContext ctx, Operator staff, LocalDate arrival) {
        FormValues values = RegistrationFixture.valid().toBuilder()
                .set("idNumber", IdNumbers.citizen("420106", "19900315", 3)).set("name", "申请人甲")
                .set("sex", "1").set("birthDate", "1990-03-15").set("arrivalDate", arrival.toString())
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        // registered on the arrival day: the months count from the registration (ADR 0170)
        java.time.Instant now = clock.instant();
        clock.set(arrival.atTime(9, 15).atZone(TestClock.STATION_ZONE).toInstant());
        try {
            return ctx.registration().register(staff, values);
        } finally {
            clock.set(now);
        }
    }

    private static int lineOf(String text) throws IOException {
        java.util.List<String> lines = Files.readAllLines(Path.of("forms/registration.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(text);
    }

    private static String packagedForm() throws IOException {
        return Files.readString(Path.of("forms/registration.yaml"), StandardCharsets.UTF_8);
    }

    private void writeForm(String content) throws IOException {
        Files.createDirectories(dataDir.resolve("forms"));
        Files.writeString(dataDir.resolve("forms/registration.yaml"), content, StandardCharsets.UTF_8);
    }
}
