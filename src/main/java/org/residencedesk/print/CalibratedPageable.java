package org.residencedesk.print;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Paper;
import java.awt.print.Printable;
import java.awt.print.PrinterException;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import org.residencedesk.port.printing.CardCalibration;

/**
 * Hands Jasper pages to the Java print system. The page format equals the template's page with the
 * whole page imageable: card printers print edge to edge, and for A4 the templates keep their own
 * margins inside the printer's unprintable border.
 */
final class CalibratedPageable implements Pageable, Printable {

    private final JasperPrint print;
    private final CardCalibration calibration;
    private final PageFormat format;

    CalibratedPageable(JasperPrint print, CardCalibration calibration) {
        this.print = print;
        this.calibration = calibration;
        Paper paper = new Paper();
        paper.setSize(print.getPageWidth(), print.getPageHeight());
        paper.setImageableArea(0, 0, print.getPageWidth(), print.getPageHeight());
        this.format = new PageFormat();
        format.setPaper(paper);
        format.setOrientation(PageFormat.PORTRAIT);
    }

    @Override
    public int getNumberOfPages() {
        return print.getPages().size();
    }

    @Override
    public PageFormat getPageFormat(int pageIndex) {
        return format;
    }

    @Override
    public Printable getPrintable(int pageIndex) {
        return this;
    }

    @Override
    public int print(Graphics graphics, PageFormat pageFormat, int pageIndex) throws PrinterException {
        if (pageIndex < 0 || pageIndex >= getNumberOfPages()) {
            return NO_SUCH_PAGE;
        }
        try {
            PageRenderer.render(print, pageIndex, (Graphics2D) graphics, calibration);
            return PAGE_EXISTS;
        } catch (JRException e) {
            PrinterException failure = new PrinterException("Rendering page " + pageIndex + " failed");
            failure.initCause(e);
            throw failure;
        }
    }
}
