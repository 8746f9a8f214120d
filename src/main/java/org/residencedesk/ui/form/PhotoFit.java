package org.residencedesk.ui.form;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.residencedesk.domain.form.PhotoValue;

/**
 * A photo over {@link PhotoValue#MAX_BYTES} made to fit (ADR 0338): decoded with javax.imageio, scaled down with
 * its aspect kept to at most {@link #MAX_WIDTH}×{@link #MAX_HEIGHT} (the 358×441 of an ID-card photo sheet), and
 * written as JPEG at the highest quality from 0.90 down to 0.40 that fits; if none does, the picture is made smaller
 * by a quarter and tried again. A photo that already fits is kept byte for byte.
 */
public final class PhotoFit {
    public static final int MAX_WIDTH = 358;
    public static final int MAX_HEIGHT = 441;
    /** A source picture with a side longer than this (a 100-megapixel camera's) is not decoded at all. */
    public static final int MAX_SOURCE_SIDE = 12_000;
    /** A source file larger than this (20 MB) is not decoded at all. */
    public static final long MAX_SOURCE_BYTES = 20L * 1024 * 1024;
    private static final float[] QUALITIES = {0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f};
    private static final int SMALLEST_SIDE = 40;

    private PhotoFit() {
    }

    /** The photo as the form may keep it, or empty when the bytes are no picture javax.imageio can read. */
    public static Optional<byte[]> fit(byte[] bytes) {
        if (bytes.length <= PhotoValue.MAX_BYTES) return Optional.of(bytes);
        BufferedImage source;
        try {
            if (!decodable(bytes)) return Optional.empty();
            source = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (source == null || source.getWidth() < 1 || source.getHeight() < 1) return Optional.empty();
        double scale = Math.min(1.0, Math.min((double) MAX_WIDTH / source.getWidth(),
                (double) MAX_HEIGHT / source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        while (true) {
            BufferedImage scaled = scaled(source, width, height);
            for (float quality : QUALITIES) {
                byte[] jpeg = jpeg(scaled, quality);
                if (jpeg.length <= PhotoValue.MAX_BYTES) return Optional.of(jpeg);
            }
            if (Math.min(width, height) <= SMALLEST_SIDE) return Optional.empty();
            width = Math.max(1, width * 3 / 4);
            height = Math.max(1, height * 3 / 4);
        }
    }

    /**
     * Whether the picture's header claims a size worth decoding ({@link #MAX_SOURCE_SIDE} at most per side): a header
     * claiming 100,000 × 100,000 pixels would make the decoder allocate tens of gigabytes (ADR 0334).
     */
    private static boolean decodable(byte[] bytes) throws IOException {
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return false;
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width >= 1 && height >= 1 && width <= MAX_SOURCE_SIDE && height <= MAX_SOURCE_SIDE;
            } finally {
                reader.dispose();
            }
        }
    }

    /** Drawn on white (a PNG's transparency has no place in a JPEG), bicubic. */
    private static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("JPEG writing into memory failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
