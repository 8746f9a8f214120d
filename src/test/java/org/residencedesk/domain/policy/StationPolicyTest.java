package org.residencedesk.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.WorkingDayCalendar;

class StationPolicyTest {
    private final StationPolicy hubei = StationPolicy.hubeiDefaults();

    @Test
    void theHubeiDefaultsAreThePermitDefaultsAndTheRegistrationFormat() {
        PermitPolicy permit = hubei.permitPolicy(WorkingDayCalendar.weekendsOnly());

        assertThat(permit).isEqualTo(PermitPolicy.hubeiDefaults());
        assertThat(hubei.registrationNumberFormat().serialDigits()).isEqualTo(6);
        assertThat(hubei.registrationDeadlineDays()).isEqualTo(3);
        assertThat(hubei.texts()).containsEntry(PolicyKey.REPLACEMENT_FEE, "20.00")
                .containsEntry(PolicyKey.ISSUING_DAY_KIND, "calendar")
                .containsEntry(PolicyKey.SCHOOL_ENROLMENT_COUNTS, "true");
    }

    @Test
    void everyValueSurvivesTheRoundTripThroughItsText() {
        StationPolicy changed = new StationPolicy(3, false, true, 20, true, 2, 1550, 0, 45, 60, 5, 8, 7, 5);

        StationPolicy.Reading back = StationPolicy.read(hubei, changed.texts());

        assertThat(back.problems()).isEmpty();
        assertThat(back.policy()).isEqualTo(changed);
        assertThat(changed.text(PolicyKey.REPLACEMENT_FEE)).isEqualTo("15.50");
        assertThat(changed.text(PolicyKey.REISSUE_FEE)).isEqualTo("0.00");
    }

    @Test
    void theStationsContactLinesAreOneLineOfAtMostAHundredCharactersAndTheAddressMayBeEmpty() {
        assertThat(hubei.stationAddress()).isEmpty();
        assertThat(hubei.officeHours()).isEqualTo(StationPolicy.DEFAULT_OFFICE_HOURS);
        StationPolicy.Reading empty = StationPolicy.read(hubei, Map.of(PolicyKey.STATION_ADDRESS, "",
                PolicyKey.OFFICE_HOURS, " 周一至周五 9:00—17:00 "));
        assertThat(empty.policy()).isEqualTo(hubei.withContact("", "周一至周五 9:00—17:00"));

        StationPolicy.Reading bad = StationPolicy.read(hubei, Map.of(PolicyKey.STATION_ADDRESS, "关山大道\n100号",
                PolicyKey.OFFICE_HOURS, "时".repeat(101)));
        assertThat(bad.problems()).containsOnlyKeys(PolicyKey.STATION_ADDRESS, PolicyKey.OFFICE_HOURS);
        assertThat(bad.problems().get(PolicyKey.OFFICE_HOURS).message(PolicyKey.OFFICE_HOURS))
                .isEqualTo("办公时间（印在提醒函上）须为一行文字，最多 100 个字");
        assertThat(StationPolicy.read(hubei, Map.of(PolicyKey.OFFICE_HOURS, "时".repeat(100))).problems()).isEmpty();
    }

    @Test
    void keysLeftOutKeepTheBaseValue() {
        StationPolicy.Reading r = StationPolicy.read(hubei, Map.of(PolicyKey.RESIDENCE_MONTHS, " 3 "));

        assertThat(r.policy()).isEqualTo(new StationPolicy(3, true, true, 15, false, 1, 2000, 2000, 30, 30, 3, 6, 6, 6));
    }

    @Test
    void theIntendedStayDefaultIsNoneUnlessTheStationSetsACode() {
        assertThat(hubei.intendedStay()).isEmpty();
        assertThat(hubei.text(PolicyKey.INTENDED_STAY_DEFAULT)).isEmpty();

        StationPolicy.Reading r = StationPolicy.read(hubei, Map.of(PolicyKey.INTENDED_STAY_DEFAULT, "4"));

        assertThat(r.accepted()).hasValueSatisfying(p -> {
            assertThat(p.intendedStay()).contains("4");
            assertThat(p.changedFrom(hubei)).containsExactly(Map.entry(PolicyKey.INTENDED_STAY_DEFAULT, " → 4"));
            assertThat(StationPolicy.read(p, Map.of(PolicyKey.INTENDED_STAY_DEFAULT, "")).policy().intendedStay())
                    .as("emptied again: no proposal").isEmpty();
        });
    }

    @Test
    void theLongOfflineLimitIsThreeDaysUnlessTheStationSetsItsOwn() {
        assertThat(hubei.syncLongOffline()).isEqualTo(java.time.Duration.ofDays(3));
        assertThat(hubei.text(PolicyKey.SYNC_LONG_OFFLINE_DAYS)).isEqualTo("3");

        StationPolicy.Reading r = StationPolicy.read(hubei, Map.of(PolicyKey.SYNC_LONG_OFFLINE_DAYS, "7"));

        assertThat(r.accepted()).hasValueSatisfying(p -> {
            assertThat(p.syncLongOffline()).isEqualTo(java.time.Duration.ofDays(7));
            assertThat(p.changedFrom(hubei)).containsExactly(Map.entry(PolicyKey.SYNC_LONG_OFFLINE_DAYS, "3 → 7"));
        });
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "RESIDENCE_MONTHS|six|申领前须居住的月数须为整数（0 至 60）",
            "RESIDENCE_MONTHS|-1|申领前须居住的月数须为整数（0 至 60）",
            "RESIDENCE_MONTHS|61|申领前须居住的月数须在 0 至 60 之间",
            "ISSUING_DAYS|0|承诺制证天数须在 1 至 30 之间",
            "ISSUING_DAYS|31|承诺制证天数须在 1 至 30 之间",
            "ISSUING_DAYS|99999999999|承诺制证天数须为整数（1 至 30）",
            "VALIDITY_YEARS|''|居住证有效期（年）不能为空",
            "OFFICE_HOURS|''|办公时间（印在提醒函上）不能为空",
            "SCHOOL_ENROLMENT_COUNTS|yes|就读时间计入居住时间须为 true（是）或 false（否）",
            "ISSUING_DAY_KIND|weekdays|承诺天数的计算方式须为 calendar（自然日）或 working（工作日）",
            "REPLACEMENT_FEE|20.005|换领工本费（元）须为 0 至 1000 元之间的金额，最多两位小数",
            "REISSUE_FEE|1000.01|补领工本费（元）须为 0 至 1000 元之间的金额，最多两位小数",
            "REISSUE_FEE|-5|补领工本费（元）须为 0 至 1000 元之间的金额，最多两位小数",
            "REGISTRATION_SERIAL_DIGITS|3|居住登记编号序号位数须在 4 至 10 之间",
            "REGISTRATION_DEADLINE_DAYS|31|居住登记期限（抵达后天数）须在 1 至 30 之间",
            "INTENDED_STAY_DEFAULT|7|新登记预填的拟居住期限须为空（不预填）或拟居住期限代码 1 至 6",
            "INTENDED_STAY_DEFAULT|一年|新登记预填的拟居住期限须为空（不预填）或拟居住期限代码 1 至 6",
            "INTENDED_STAY_DEFAULT|44|新登记预填的拟居住期限须为空（不预填）或拟居住期限代码 1 至 6",
            "SYNC_LONG_OFFLINE_DAYS|0|未与平台同步多少天后提醒须在 1 至 30 之间",
            "SYNC_LONG_OFFLINE_DAYS|31|未与平台同步多少天后提醒须在 1 至 30 之间",
            "SYNC_LONG_OFFLINE_DAYS|三|未与平台同步多少天后提醒须为整数（1 至 30）"})
    void eachKindOfBadValueIsRefusedWithItsMessageAndNothingIsApplied(PolicyKey key, String value, String message) {
        Map<PolicyKey, String> given = new EnumMap<>(PolicyKey.class);
        given.put(PolicyKey.RESIDENCE_MONTHS, "3"); // a good value beside the bad one is not applied either
        given.put(key, value);

        StationPolicy.Reading r = StationPolicy.read(hubei, given);

        assertThat(r.accepted()).isEmpty();
        assertThat(r.problems()).containsOnlyKeys(key);
        assertThat(r.problems().get(key).message(key)).isEqualTo(message);
    }

    @Test
    void aHolidayTableCountsTheNationalDayWeekAndItsMakeUpDays() {
        // 2026: 10/1–10/7 off, Sunday 9/20 and Saturday 10/10 worked (国办 2025-11-04)
        HolidayTable table = new HolidayTable(java.util.Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
                java.util.Set.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)), false);
        WorkingDayCalendar c = table.calendar();

        assertThat(c.plusWorkingDays(LocalDate.of(2026, 9, 18), 1)).as("Friday + 1: the worked Sunday")
                .isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(c.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(c.plusWorkingDays(LocalDate.of(2026, 9, 30), 3)).as("the worked Saturday")
                .isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(table.years()).containsExactly(2026);
    }
}
