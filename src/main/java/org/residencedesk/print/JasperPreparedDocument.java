package org.residencedesk.print;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.PreparedDocument;
import org.residencedesk.port.printing.PrintDocument;

/** A filled Jasper report. */
final class JasperPreparedDocument implements PreparedDocument {

    static final double POINTS_PER_MM = 72.0 / 25.4;

    private final PrintDocument source;
    private final JasperPrint print;

    JasperPreparedDocument(PrintDocument source, JasperPrint print) {
        this.source = source;
        this.print = print;
    }

    JasperPrint jasperPrint() {
        return print;
    }

    @Override
    public PrintDocument source() {
        return source;
    }

    @Override
    public int pageCount() {
        return print.getPages().size();
    }

    @Override
    public double pageWidthMm() {
        return print.getPageWidth() / POINTS_PER_MM;
    }

    @Override
    public double pageHeightMm() {
        return print.getPageHeight() / POINTS_PER_MM;
    }

    @Override
    public BufferedImage renderPage(int pageIndex, float zoom) {
        return renderPage(pageIndex, zoom, CardCalibration.NONE);
    }

    /** Renders like the printer would, including a card calibration (used by tests and preview). */
    BufferedImage renderPage(int pageIndex, float zoom, CardCalibration calibration) {
        int width = Math.max(1, Math.round(print.getPageWidth() * zoom));
        int height = Math.max(1, Math.round(print.getPageHeight() * zoom));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(zoom, zoom);
            PageRenderer.render(print, pageIndex, g, calibration);
        } catch (JRException e) {
            throw new IllegalStateException("Rendering a filled page failed", e);
        } finally {
            g.dispose();
        }
        return image;
    }
}
