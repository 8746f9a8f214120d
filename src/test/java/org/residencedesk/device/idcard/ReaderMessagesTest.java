package org.residencedesk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.card.WltPhoto;
import org.residencedesk.port.PhotoDecoder;

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
        assertThat(messages.readerStatus((byte) 0x07).message()).contains("未知状态");
    }

    @Test
    void photoDecoderWithoutTheVendorLibrarySaysThePhotoMustBeTaken(@TempDir Path empty) {
        VendorPhotoDecoder decoder = new VendorPhotoDecoder(java.util.List.of(empty));
        assertThat(decoder.isAvailable()).isFalse();
        assertThat(decoder.decode(WltPhoto.empty())).isEqualTo(new PhotoDecoder.Unavailable("照片需另行采集"));
    }

    @Test
    void photoDecoderFindsAnInstalledLibraryButAdmitsItCannotCallIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("libwlt2bmp.so"), "placeholder");
        VendorPhotoDecoder decoder = new VendorPhotoDecoder(java.util.List.of(dir));
        assertThat(decoder.findLibrary()).contains(dir.resolve("libwlt2bmp.so"));
        assertThat(decoder.isAvailable()).isFalse();
        assertThat(decoder.availabilityMessage()).contains("libwlt2bmp.so").endsWith("照片需另行采集");
    }
}
