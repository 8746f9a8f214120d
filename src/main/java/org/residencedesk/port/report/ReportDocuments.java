package org.residencedesk.port.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a {@link ReportSheet} through its Jasper template, charts drawn as images (JFreeChart), to PDF or XLSX
 * on a stream the caller opened (a safe export file). Blocking; call off the FX thread.
 */
public interface ReportDocuments {

    void writePdf(ReportSheet sheet, OutputStream out) throws IOException;

    void writeXlsx(ReportSheet sheet, OutputStream out) throws IOException;

    /** The chart as an image of the given size (the same drawing the PDF holds). */
    BufferedImage chartImage(ReportSheet.Chart chart, int width, int height);
}
