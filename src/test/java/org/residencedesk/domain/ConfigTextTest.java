package org.residencedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules for values in the data folder's properties files (ADR 0314). */
class ConfigTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/dev/ttyUSB0|0", "\u200B/dev/ttyUSB0|1", "https://p/\u200B|11", "a\u202Eb|2",
            "a\u00A0b|2", "a\tb|2", "居住证|0", "\uD835\uDFCE1\u2060|3"})
    void invisibleCharactersAreFoundByTheirPosition(String value, int position) {
        assertThat(ConfigText.invisibleAt(value)).isEqualTo(position);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"7|7", " 14 |14", "７|7", "１４|14", "٧|-1", "-1|-1", "1.0|-1", "abc|-1",
            "''|-1", "1234567890|-1", "7\u200B|-1"})
    void wholeNumbersAreAsciiAfterFoldingFullWidth(String value, int expected) {
        OptionalInt n = ConfigText.wholeNumber(value);
        assertThat(n.isPresent() ? n.getAsInt() : -1).isEqualTo(expected);
    }
}
