package org.residencedesk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.card.WltPhoto;
import org.residencedesk.port.PhotoDecoder;

/** Against a real shared library built from src/test/native/fakewlt.c, loaded through JNA. */
class VendorPhotoDecoderTest {

    private static WltPhoto photo(int first) {
        byte[] bytes = new byte[1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37 + 11);
        }
        bytes[0] = (byte) first;
        return new WltPhoto(bytes);
    }

    private static BufferedImage decodedImage(PhotoDecoder.Result result) throws Exception {
        assertThat(result).isInstanceOf(PhotoDecoder.Decoded.class);
        byte[] png = ((PhotoDecoder.Decoded) result).png();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** What fakewlt.c paints at (x, y), y from the top. */
    private static int expectedRgb(WltPhoto photo, int x, int y) {
        int red = photo.bytes()[(y * 102 + x) % 1024] & 0xFF;
        return (red << 16) | ((2 * x) << 8) | (2 * y);
    }

    private static void assertPainted(BufferedImage image, WltPhoto photo) {
        assertThat(image.getWidth()).isEqualTo(102);
        assertThat(image.getHeight()).isEqualTo(126);
        int[][] probes = {{0, 0}, {101, 0}, {0, 125}, {101, 125}, {50, 63}, {7, 99}};
        for (int[] p : probes) {
            assertThat(image.getRGB(p[0], p[1]) & 0xFFFFFF).as("pixel %d,%d", p[0], p[1])
                    .isEqualTo(expectedRgb(photo, p[0], p[1]));
        }
    }

    @Test
    void decodesTheBmpFileImageTheLibraryWritesIntoA102By126Png(@TempDir Path dir) throws Exception {
        FakeWltLibrary.compileInto(dir);
        VendorPhotoDecoder decoder = new VendorPhotoDecoder(List.of(dir));
        assertThat(decoder.isAvailable()).isTrue();
        assertThat(decoder.availabilityMessage()).isEqualTo("已加载厂商相片解码库 libwlt2bmp.so，可读取证件相片");

        WltPhoto photo = photo(0x42);
        assertPainted(decodedImage(decoder.decode(photo)), photo);
        WltPhoto another = photo(0x07);
        assertPainted(decodedImage(decoder.decode(another)), another);
    }

    @Test
    void decodesABareBottomUpBgrPixelArrayToo(@TempDir Path dir) throws Exception {
        FakeWltLibrary.compileInto(dir, "RAW_BGR");
        VendorPhotoDecoder decoder = new VendorPhotoDecoder(List.of(dir));
        WltPhoto photo = photo(0x42);
        assertPainted(decodedImage(decoder.decode(photo)), photo);
    }

    @Test
    void withoutTheLibraryThePhotoMustBeTakenSeparately(@TempDir Path empty) {
        VendorPhotoDecoder decoder = new VendorPhotoDecoder(List.of(empty));
        assertThat(decoder.isAvailable()).isFalse();
        assertThat(decoder.availabilityMessage()).isEqualTo("相片需另行采集");
        assertThat(decoder.decode(photo(0x42))).isEqualTo(new PhotoDecoder.Unavailable("相片需另行采集"));
    }

    @Test
    void aLibraryWithoutUnpackIsNamedAndRefused(@TempDir Path dir) throws Exception {
        FakeWltLibrary.compileInto(dir, "NO_UNPACK");
        VendorPhotoDecoder decoder = new VendorPhotoDecoder(List.of(dir));
        assertThat(decoder.isAvailable()).isFalse();
        assertThat(decoder.decode(photo(0x42))).isEqualTo(new PhotoDecoder.Unavailable(
                "厂商相片解码库 libwlt2bmp.so 中没有解码函数 unpack，相片需另行采集"));
    }

    @Test
    void aFileThatIsNoLoadableLibraryIsReportedNotThrown(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("libwlt2bmp.so"), "not an ELF object".getBytes());
        VendorPhotoDecoder decoder = new VendorPhotoDecoder(List.of(dir));
        assertThat(decoder.isAvailable()).isFalse();
        assertThat(decoder.availabilityMessage())
                .isEqualTo("厂商相片解码库 libwlt2bmp.so 无法加载（可能与本程序的32/64位不一致或缺少依赖），相片需另行采集");
        assertThat(decoder.decode(photo(0x42))).isInstanceOf(PhotoDecoder.Unavailable.class);
    }

    @Test
    void aFailingReturnCodeGivesTheHonestMessage(@TempDir Path dir) throws Exception {
        FakeWltLibrary.compileInto(dir);
        VendorPhotoDecoder decoder = new VendorPhotoDecoder(List.of(dir));
        assertThat(decoder.decode(photo(0xEE)))
                .isEqualTo(new PhotoDecoder.Unavailable("证件相片解码失败（返回码 0），相片需另行采集"));
        // the decoder stays usable for the next card
        assertThat(decoder.decode(photo(0x42))).isInstanceOf(PhotoDecoder.Decoded.class);
    }

    @Test
    void aPhotoThatIsNot1024BytesNeverReachesTheNativeCode(@TempDir Path dir) throws Exception {
        FakeWltLibrary.compileInto(dir);
        VendorPhotoDecoder decoder = new VendorPhotoDecoder(List.of(dir));
        // first byte 0xEE: had the fake been called, it would have answered 0 ("返回码 0")
        byte[] shortPhoto = new byte[1000];
        shortPhoto[0] = (byte) 0xEE;
        assertThat(decoder.decode(new WltPhoto(shortPhoto))).isEqualTo(new PhotoDecoder.Unavailable(
                "证件相片数据长度为 1000 字节（应为 1024 字节），无法解码，相片需另行采集"));
        assertThat(decoder.decode(WltPhoto.empty())).isEqualTo(new PhotoDecoder.Unavailable(
                "证件相片数据长度为 0 字节（应为 1024 字节），无法解码，相片需另行采集"));
    }
}
