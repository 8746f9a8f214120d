package org.residencedesk.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 拟居住期限 as a period: the months agree with the packaged code table; the last day is arrival + months − 1. */
class IntendedStayTest {

    @Test
    void theMonthsAreThoseOfThePackagedTableAndThreeYearsOrMoreHasNoEnd() throws Exception {
        Map<String, Integer> table = new HashMap<>();
        try (InputStream in = IntendedStayTest.class.getClassLoader().getResourceAsStream("forms/codes/intended-stay.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.get(0)).isEqualTo("code,name,months");
            lines.stream().skip(1).map(l -> l.split(",")).forEach(c -> table.put(c[0], Integer.parseInt(c[2])));
        }
        assertThat(table).containsEntry("6", 36).hasSize(6);
        table.remove("6");
        assertThat(IntendedStay.MONTHS).isEqualTo(table);
    }

    @Test
    void theLastDayIsTheDayBeforeTheSameDayMonthsLater() {
        assertThat(IntendedStay.lastDay(LocalDate.of(2026, 3, 15), "1")).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(IntendedStay.lastDay(LocalDate.of(2026, 1, 31), "1")).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(IntendedStay.lastDay(LocalDate.of(2024, 2, 29), "4")).isEqualTo(LocalDate.of(2025, 2, 27));
        assertThat(IntendedStay.lastDay(LocalDate.of(2026, 3, 1), " 5 ")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(IntendedStay.lastDay(LocalDate.of(2026, 3, 1), "6")).isEqualTo(IntendedStay.NO_END);
        assertThat(IntendedStay.lastDay(LocalDate.of(2026, 3, 1), "")).isEqualTo(IntendedStay.NO_END);
        assertThat(IntendedStay.lastDay(LocalDate.of(2026, 3, 1), null)).isEqualTo(IntendedStay.NO_END);
        assertThat(IntendedStay.lastDay(null, "1")).isEqualTo(IntendedStay.NO_END);
    }
}
