package org.residencedesk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.form.PhotoValue;

/**
 * 从文件选择 with real files: a JPEG/PNG is kept (over 100 KB: scaled down, ADR 0338), anything else is refused in
 * Chinese and the old photo stays.
 */
class PhotoPickerTest {
    private static final ResourceBundle FORM = ResourceBundle.getBundle("i18n.form");
    @TempDir
    Path dir;
    private final StringProperty value = new SimpleStringProperty("");
    private final List<String> messages = new ArrayList<>();

    @Test
    void aPngFileBecomesThePhoto() throws Exception {
        byte[] png = org.residencedesk.domain.form.PhotoValueTestAccess.png();
        Path file = Files.write(dir.resolve("相片.png"), png);

        PhotoPicker.take(file, value, messages::add, FORM);

        assertThat(messages).isEmpty();
        assertThat(PhotoValue.decode(value.get())).hasValueSatisfying(b -> assertThat(b).isEqualTo(png));
    }

    @Test
    void aFileThatIsNotAPictureIsRefusedAndTheOldPhotoStays() throws Exception {
        value.set("kept");
        Path file = Files.writeString(dir.resolve("photo.jpg"), "not really a jpeg");

        PhotoPicker.take(file, value, messages::add, FORM);

        assertThat(messages).containsExactly("相片须为 JPEG 或 PNG 图片文件");
        assertThat(value.get()).isEqualTo("kept");
    }

    /** A large file whose header claims 100,000 × 100,000 pixels is never decoded (it would need tens of GB). */
    @Test
    void aLargeFileClaimingAHugePictureIsRefusedWithoutDecodingIt() throws Exception {
        byte[] png = org.residencedesk.domain.form.PhotoValueTestAccess.png();
        byte[] claim = java.util.Arrays.copyOf(png, 200 * 1024);
        java.nio.ByteBuffer.wrap(claim, 16, 8).putInt(100_000).putInt(100_000); // IHDR width and height
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(claim, 12, 17); // chunk type + IHDR data
        java.nio.ByteBuffer.wrap(claim, 29, 4).putInt((int) crc.getValue());
        Path file = Files.write(dir.resolve("huge.png"), claim);
        value.set("kept");

        PhotoPicker.take(file, value, messages::add, FORM);

        assertThat(messages).containsExactly(FORM.getString("form.photo.cannotShrink"));
        assertThat(value.get()).isEqualTo("kept");
    }

    /** A 3000×2000 camera-like picture (noise does not compress) is scaled down inside the product (ADR 0338). */
    @Test
    void aPhotoOverTheLimitIsScaledDownWithItsAspectKept() throws Exception {
        java.awt.image.BufferedImage big = new java.awt.image.BufferedImage(2000, 3000,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random noise = new java.util.Random(12);
        for (int y = 0; y < big.getHeight(); y++) {
            for (int x = 0; x < big.getWidth(); x++) {
                big.setRGB(x, y, noise.nextInt(0x1000000));
            }
        }
        Path file = dir.resolve("camera.png");
        javax.imageio.ImageIO.write(big, "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(PhotoValue.MAX_BYTES);

        PhotoPicker.take(file, value, messages::add, FORM);

        assertThat(messages).isEmpty();
        byte[] kept = PhotoValue.decode(value.get()).orElseThrow();
        assertThat(kept.length).isLessThanOrEqualTo(PhotoValue.MAX_BYTES);
        assertThat(kept[0] & 0xFF).as("written as JPEG").isEqualTo(0xFF);
        assertThat(kept[1] & 0xFF).isEqualTo(0xD8);
        java.awt.image.BufferedImage small = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(kept));
        assertThat(small.getHeight()).isLessThanOrEqualTo(PhotoFit.MAX_HEIGHT);
        assertThat(small.getWidth()).isLessThanOrEqualTo(PhotoFit.MAX_WIDTH);
        assertThat(small.getWidth() * 3).as("2:3 kept to the pixel").isBetween(small.getHeight() * 2 - 3,
                small.getHeight() * 2 + 3);
    }

    @Test
    void aLargeFileThatIsNotAPictureIsRefusedAsSuch() throws Exception {
        Path file = Files.write(dir.resolve("big.png"), new byte[PhotoValue.MAX_BYTES + 1]);

        PhotoPicker.take(file, value, messages::add, FORM);

        assertThat(messages).containsExactly("相片须为 JPEG 或 PNG 图片文件");
        assertThat(value.get()).isEmpty();
    }

    @Test
    void aFileOver20MegabytesIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("huge.jpg");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(PhotoFit.MAX_SOURCE_BYTES + 1); // sparse: nothing is written
        }

        PhotoPicker.take(file, value, messages::add, FORM);

        assertThat(messages).containsExactly("相片文件超过 20 MB，无法使用，请选择较小的图片");
        assertThat(value.get()).isEmpty();
    }

    @Test
    void aMissingFileSaysSo() {
        PhotoPicker.take(dir.resolve("gone.png"), value, messages::add, FORM);

        assertThat(messages).containsExactly("无法读取所选文件，请重新选择");
    }
}
