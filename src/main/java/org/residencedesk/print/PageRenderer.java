package org.residencedesk.print;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.JRGraphics2DExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleGraphics2DExporterOutput;
import net.sf.jasperreports.export.SimpleGraphics2DReportConfiguration;
import org.residencedesk.port.printing.CardCalibration;

/**
 * Draws one filled page on a Graphics2D in points. The card calibration is applied as a transform
 * (scale around the top-left corner, then offset), so it works in fractions of a point — Jasper's
 * own element coordinates are whole points (0.35 mm), too coarse for card overprinting.
 */
final class PageRenderer {

    private PageRenderer() {
    }

    static void render(JasperPrint print, int pageIndex, Graphics2D g, CardCalibration calibration)
            throws JRException {
        AffineTransform saved = g.getTransform();
        try {
            g.translate(calibration.offsetXMm() * JasperPreparedDocument.POINTS_PER_MM,
                    calibration.offsetYMm() * JasperPreparedDocument.POINTS_PER_MM);
            g.scale(calibration.scale(), calibration.scale());
            JRGraphics2DExporter exporter = new JRGraphics2DExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            SimpleGraphics2DExporterOutput output = new SimpleGraphics2DExporterOutput();
            output.setGraphics2D(g);
            exporter.setExporterOutput(output);
            SimpleGraphics2DReportConfiguration configuration = new SimpleGraphics2DReportConfiguration();
            configuration.setPageIndex(pageIndex);
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        } finally {
            g.setTransform(saved);
        }
    }
}
