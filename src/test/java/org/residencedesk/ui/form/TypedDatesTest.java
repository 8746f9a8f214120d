package org.residencedesk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypedDatesTest {

    @ParameterizedTest
    @CsvSource({
            "20240315, 2024-03-15", "2024-3-5, 2024-03-05", "2024.03.15, 2024-03-15", "2024/3/15, 2024-03-15",
            "2024年3月15日, 2024-03-15", "' 2024-03-15 ', 2024-03-15",
            "2024031, 2024031", "长期, 长期", "15/03/2024, 15/03/2024"})
    void datesTypedQuicklyBecomeIso(String typed, String stored) {
        assertThat(TypedDates.normalizeDate(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({"202403, 2024-03", "2024-3, 2024-03", "2024年3月, 2024-03", "2024, 2024", "20240315, 20240315"})
    void yearMonthsTypedQuicklyBecomeIso(String typed, String stored) {
        assertThat(TypedDates.normalizeYearMonth(typed)).isEqualTo(stored);
    }
}
