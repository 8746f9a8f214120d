package org.residencedesk.domain.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoValueTest {

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, (x * 7 + y * 13) << 8 | (x ^ y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, format, out)).isTrue();
        return out.toByteArray();
    }

    @Test
    void keepsJpegAndPngAndRoundTripsTheirBytes() throws IOException {
        for (String format : new String[] {"png", "jpg"}) {
            byte[] bytes = image(format, 102, 126);
            assertThat(PhotoValue.problem(bytes)).isEmpty();
            String value = PhotoValue.encode(bytes);
            assertThat(PhotoValue.problemOfValue(value)).isEmpty();
            assertThat(PhotoValue.decode(value)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
        }
    }

    @Test
    void refusesWhatIsNotAPhotoOrTooLarge() throws IOException {
        assertThat(PhotoValue.problem(new byte[0])).contains(PhotoValue.EMPTY);
        assertThat(PhotoValue.problem("not a picture".getBytes())).contains(PhotoValue.NOT_IMAGE);
        assertThat(PhotoValue.problem(image("bmp", 10, 10))).contains(PhotoValue.NOT_IMAGE);
        byte[] big = new byte[PhotoValue.MAX_BYTES + 1];
        System.arraycopy(image("png", 4, 4), 0, big, 0, 8);
        assertThat(PhotoValue.problem(big)).contains(PhotoValue.TOO_LARGE);
        assertThat(PhotoValue.problemOfValue("@@not base64@@")).contains(PhotoValue.NOT_IMAGE);
        assertThat(PhotoValue.decode("@@not base64@@")).isEmpty();
    }

    @Test
    void blankMeansNoPhoto() {
        assertThat(PhotoValue.problemOfValue("")).isEmpty();
        assertThat(PhotoValue.decode("")).isEmpty();
        assertThat(PhotoValue.decode(null)).isEmpty();
    }
}
