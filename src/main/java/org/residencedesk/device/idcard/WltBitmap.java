package org.residencedesk.device.idcard;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Reads what the vendor's {@code unpack} wrote into a 102×126 image and re-encodes it as PNG, the
 * one format every consumer takes (JavaFX {@code Image}, the {@code photo} parameter of the
 * permit-card template). Two output layouts are seen in SDK samples (ADR 0025): a complete 24-bit
 * BMP file image ({@code BM} header, bottom-up rows padded to 4 bytes), or the bare pixel array
 * without header and padding (102 × 126 × 3 bytes, BGR, bottom-up).
 */
final class WltBitmap {
    static final int WIDTH = 102;
    static final int HEIGHT = 126;
    static final int RAW_LENGTH = WIDTH * HEIGHT * 3;

    private WltBitmap() {
    }

    /** The image, or empty when the bytes match neither layout. */
    static Optional<BufferedImage> read(byte[] out) {
        if (out.length >= 2 && out[0] == 'B' && out[1] == 'M') {
            return readBmpFile(out);
        }
        if (out.length >= RAW_LENGTH && !allZero(out, RAW_LENGTH)) {
            return Optional.of(pixels(out, 0, WIDTH * 3, true));
        }
        return Optional.empty();
    }

    static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory stream: cannot happen
        }
    }

    private static Optional<BufferedImage> readBmpFile(byte[] bmp) {
        if (bmp.length < 54) {
            return Optional.empty();
        }
        int pixelOffset = int32(bmp, 10);
        int width = int32(bmp, 18);
        int height = int32(bmp, 22);
        int bitsPerPixel = int16(bmp, 28);
        int compression = int32(bmp, 30);
        boolean bottomUp = height > 0;
        int stride = (WIDTH * 3 + 3) & ~3;
        if (width != WIDTH || Math.abs(height) != HEIGHT || bitsPerPixel != 24 || compression != 0
                || pixelOffset < 54 || (long) pixelOffset + (long) stride * HEIGHT > bmp.length) {
            return Optional.empty();
        }
        return Optional.of(pixels(bmp, pixelOffset, stride, bottomUp));
    }

    private static BufferedImage pixels(byte[] data, int offset, int stride, boolean bottomUp) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < HEIGHT; row++) {
            int y = bottomUp ? HEIGHT - 1 - row : row;
            int start = offset + row * stride;
            for (int x = 0; x < WIDTH; x++) {
                int i = start + x * 3;
                int blue = data[i] & 0xFF;
                int green = data[i + 1] & 0xFF;
                int red = data[i + 2] & 0xFF;
                image.setRGB(x, y, (red << 16) | (green << 8) | blue);
            }
        }
        return image;
    }

    /** A zeroed buffer means the decoder reported success but wrote nothing. */
    private static boolean allZero(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }
}
