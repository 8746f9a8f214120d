package org.residencedesk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ReaderMessagesTest {
    private final ReaderMessages messages = ReaderMessages.get();

    @Test
    void everyStatusByteHasAMeaningInTheCodeTable() {
        for (Sw3 sw3 : Sw3.values()) {
            assertThat(messages.sw3Meaning(sw3)).as(sw3.name()).isNotEqualTo(messages.text("sw3.unknown"));
        }
        assertThat(messages.sw3Meaning(Sw3.CARD_FOUND)).isEqualTo("寻找证/卡成功");
    }

    @Test
    void everyErrorCodeHasAChineseText() {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.device");
        for (ReadErrorCode code : ReadErrorCode.values()) {
            assertThat(bundle.containsKey("error." + code.name())).as(code.name()).isTrue();
        }
    }

    @Test
    void unexpectedStatusNamesItsMeaning() {
        ReadFailure failure = messages.readerStatus((byte) 0x66);
        assertThat(failure.code()).isEqualTo(ReadErrorCode.READER_STATUS);
        assertThat(failure.message()).isEqualTo("读卡器返回错误：SAM未经授权（SW3=66）");
        assertThat(messages.readerStatus((byte) 0x07).message()).isEqualTo("读卡器返回错误：未知状态（SW3=07）");
    }
}
