package org.residencedesk.print;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** A 102 x 126 portrait like the ID-card photo, in one flat colour so a test can find it on the page. */
final class TestImages {

    static final int PORTRAIT_RGB = 0x404040;

    private TestImages() {
    }

    static byte[] portraitPng() {
        BufferedImage image = new BufferedImage(102, 126, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(PORTRAIT_RGB));
        g.fillRect(0, 0, 102, 126);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
