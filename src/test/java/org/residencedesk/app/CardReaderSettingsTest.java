package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code cardReader.baud} in devices.properties (found by the bad-input catalogue): a value that is not a positive
 * number no longer throws out of the window's start; the reader is tried at the usual 115200 and the log and
 * {@code diagnose} name the bad value.
 */
class CardReaderSettingsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"9600|9600", " 57600 |57600", "''|115200", "abc|115200", "-9600|115200",
            "0|115200", "115200.0|115200", "99999999999|115200", "９６００|115200"})
    void theBaudRateIsTheNumberGivenOrTheUsualOne(String value, int expected) {
        Properties devices = new Properties();
        devices.setProperty("cardReader.baud", value);
        assertThat(CardReaders.baud(devices)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void noBaudRateIsTheUsualOne() {
        assertThat(CardReaders.baud(new Properties())).isEqualTo(115_200);
    }
}
