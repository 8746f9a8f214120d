package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.residencedesk.domain.permit.WorkingDayCalendar;
import org.residencedesk.domain.policy.HolidayTable;
import org.residencedesk.domain.policy.StationPolicy;
import org.residencedesk.port.StationPolicyStore.PolicyFileRefused;

/** The station policy file and holiday table on a real folder (ADR 0165). */
class FileStationPolicyStoreTest {
    @TempDir
    Path dataDir;

    private FileStationPolicyStore store() {
        return new FileStationPolicyStore(dataDir);
    }

    @Test
    void withoutAFileTheStationRunsOnTheHubeiDefaults() {
        assertThat(store().exists()).isFalse();
        assertThat(store().load()).isEqualTo(StationPolicy.hubeiDefaults());
    }

    @Test
    void aSavedPolicyReadsBackEqualAndTheFileIsOwnerOnly() throws IOException {
        StationPolicy changed = new StationPolicy(3, false, true, 20, true, 2, 1550, 0, 45, 60, 5, 8, 7, 5);

        store().save(changed);

        assertThat(store().exists()).isTrue();
        assertThat(store().load()).isEqualTo(changed);
        Path file = dataDir.resolve("station-policy.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("version = 1\n", "residence.months = 3\n", "issuing.dayKind = working\n",
                "fee.replacement = 15.50\n", "# 申领前须居住的月数\n");
        assertThat(dataDir.resolve("station-policy.properties.tmp")).doesNotExist();

        store().save(StationPolicy.hubeiDefaults());
        assertThat(store().load()).as("replaced, not appended").isEqualTo(StationPolicy.hubeiDefaults());
    }

    @Test
    void keysLeftOutOfTheFileKeepTheHubeiDefaults() throws IOException {
        write("# 只改两项\nversion = 1\nresidence.months = 3\nissuing.days=20\n");

        StationPolicy p = store().load();

        assertThat(p).isEqualTo(new StationPolicy(3, true, true, 20, false, 1, 2000, 2000, 30, 30, 3, 6, 6, 6));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "version = 1\\nresidence.months = 七\\n"
                    + "|站点政策文件 station-policy.properties 第 2 行：设置 residence.months 的值无效：申领前须居住的月数须为整数（0 至 60）。"
                    + "请改正或删除该文件后重新启动（删除后使用湖北省默认值）。",
            "version = 1\\n\\nfee.reissue = 20\\nissuing.days = 45\\n"
                    + "|站点政策文件 station-policy.properties 第 4 行：设置 issuing.days 的值无效：承诺制证天数须在 1 至 30 之间。"
                    + "请改正或删除该文件后重新启动（删除后使用湖北省默认值）。",
            "version = 1\\nresidence.month = 3\\n"
                    + "|站点政策文件 station-policy.properties 第 2 行：没有名为 residence.month 的设置。"
                    + "请改正或删除该文件后重新启动（删除后使用湖北省默认值）。",
            "version = 1\\nvalidity.years = 1\\nvalidity.years = 2\\n"
                    + "|站点政策文件 station-policy.properties 第 3 行：设置 validity.years 重复出现。"
                    + "请改正或删除该文件后重新启动（删除后使用湖北省默认值）。",
            "residence.months = 3\\n"
                    + "|站点政策文件 station-policy.properties 第 1 行：缺少版本行 version = 1。"
                    + "请改正或删除该文件后重新启动（删除后使用湖北省默认值）。",
            "version = 2\\n"
                    + "|站点政策文件 station-policy.properties 第 1 行：文件版本 2 不受支持，本程序只读写第 1 版。"
                    + "请改正或删除该文件后重新启动（删除后使用湖北省默认值）。",
            "version = 1\\nresidence.months: 3\\n"
                    + "|站点政策文件 station-policy.properties 第 2 行：应为“设置 = 值”，却是“residence.months: 3”。"
                    + "请改正或删除该文件后重新启动（删除后使用湖北省默认值）。",
            "version = 1\\nissuing.dayKind = 工作日\\n"
                    + "|站点政策文件 station-policy.properties 第 2 行：设置 issuing.dayKind 的值无效：承诺天数的计算方式须为 calendar（自然日）"
                    + "或 working（工作日）。请改正或删除该文件后重新启动（删除后使用湖北省默认值）。"})
    void aBadFileIsRefusedAsAWholeNamingItsLineAndKey(String content, String message) throws IOException {
        write(content.replace("\\n", "\n"));

        assertThatThrownBy(() -> store().load()).isInstanceOf(PolicyFileRefused.class).hasMessage(message);
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Files.write(dataDir.resolve("station-policy.properties"), "version = 1\nresidence.months = 三\n"
                .getBytes(java.nio.charset.Charset.forName("GBK")));

        assertThatThrownBy(() -> store().load()).isInstanceOf(PolicyFileRefused.class)
                .hasMessage("站点政策文件 station-policy.properties 不是 UTF-8 编码的文本。请改正或删除该文件后重新启动。");
    }

    @Test
    void thePackagedHolidayTableHolds2026AsAnnouncedAnd2027sStatutoryDays() {
        HolidayTable table = store().holidays();
        WorkingDayCalendar c = table.calendar();

        assertThat(table.stationFile()).isFalse();
        assertThat(table.years()).containsExactly(2026, 2027);
        // 国庆 2026: 10/1–10/7 off; Sunday 9/20 and Saturday 10/10 worked
        assertThat(c.plusWorkingDays(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(c.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(c.plusWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        // 春节 2026: 2/15–2/23 off, Saturdays 2/14 and 2/28 worked
        assertThat(c.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(c.plusWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(c.plusWorkingDays(LocalDate.of(2026, 2, 13), 15)).as("15 working days over 春节")
                .isEqualTo(LocalDate.of(2026, 3, 12)); // 2/14, 2/24–28 (Sat worked), 3/2–6, 3/9–12
        // 2027: statutory days only until the State Council's arrangement is published
        assertThat(c.isWorkingDay(LocalDate.of(2027, 2, 8))).as("正月初三, a Monday").isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2027, 2, 9))).isTrue();
    }

    @Test
    void aStationHolidayTableReplacesThePackagedOne() throws IOException {
        Files.writeString(dataDir.resolve("holidays.csv"), "date,kind,note\n2026-12-31,休,站点自定\n2027-01-02,班,调休\n");

        HolidayTable table = store().holidays();

        assertThat(table.stationFile()).isTrue();
        assertThat(table.holidays()).containsExactly(LocalDate.of(2026, 12, 31));
        assertThat(table.makeUpWorkingDays()).containsExactly(LocalDate.of(2027, 1, 2));
        assertThat(table.calendar().plusWorkingDays(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(table.calendar().plusWorkingDays(LocalDate.of(2026, 12, 30), 2)).isEqualTo(LocalDate.of(2027, 1, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2026-02-30,休,x|站点政策文件 holidays.csv 第 2 行：日期“2026-02-30”无效，应写成 2026-10-01 这样的格式",
            "2026-10-01,假,x|站点政策文件 holidays.csv 第 2 行：类别“假”无效，应为“休”（放假）或“班”（调休上班）",
            "2026-10-01|站点政策文件 holidays.csv 第 2 行：应为“日期,类别,说明”，却是“2026-10-01”"})
    void aBadStationHolidayTableIsRefusedWithItsLine(String line, String message) throws IOException {
        Files.writeString(dataDir.resolve("holidays.csv"), "date,kind,note\n" + line + "\n");

        assertThatThrownBy(() -> store().holidays()).isInstanceOf(PolicyFileRefused.class)
                .hasMessage(message + "。请改正或删除该文件后重新启动（删除后使用湖北省默认值）。");
    }

    private void write(String content) throws IOException {
        Files.writeString(dataDir.resolve("station-policy.properties"), content, StandardCharsets.UTF_8);
    }
}
