package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code cardReader.baud} in devices.properties (found by the bad-input catalogue): a value that is not a positive
 * number no longer throws out of the window's start; the reader is tried at the usual 115200 and the log and
 * {@code diagnose} name the bad value. Full-width digits are read as typed input reads them, other scripts' digits are
 * not a number; a zero-width character in {@code cardReader.port} is removed, any other invisible one refuses the port
 * (ADR 0314).
 */
class CardReaderSettingsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"9600|9600", " 57600 |57600", "''|115200", "abc|115200", "-9600|115200",
            "0|115200", "115200.0|115200", "99999999999|115200", "９６００|9600", "٩٦٠٠|115200"})
    void theBaudRateIsTheNumberGivenOrTheUsualOne(String value, int expected) {
        Properties devices = new Properties();
        devices.setProperty("cardReader.baud", value);
        assertThat(CardReaders.baud(devices)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void noBaudRateIsTheUsualOne() {
        assertThat(CardReaders.baud(new Properties())).isEqualTo(115_200);
    }

    @org.junit.jupiter.api.Test
    void aLeadingZeroWidthSpaceInThePortIsRemoved() {
        Properties devices = new Properties();
        devices.setProperty("cardReader.port", "\u200B/dev/ttyUSB0");
        assertThat(CardReaders.port(devices)).contains("/dev/ttyUSB0");
        assertThat(CardReaders.portProblem(devices)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aDirectionMarkInThePortRefusesItNamingKeyAndPosition() {
        Properties devices = new Properties();
        devices.setProperty("cardReader.port", "\u200B/dev/ttyUSB0\u202E");
        assertThat(CardReaders.port(devices)).isEmpty();
        assertThat(CardReaders.portProblem(devices)).contains("读卡器设置文件中 cardReader.port 的值第 14 个字符是看不见的"
                + "字符（U+202E），读卡器未启用。请删除该字符后重新打开窗口。");
    }
}
