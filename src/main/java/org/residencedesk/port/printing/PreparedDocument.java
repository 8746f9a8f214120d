package org.residencedesk.port.printing;

import java.awt.image.BufferedImage;

/**
 * A filled document ready to preview, print or export; filling is the slow part, so a preview keeps
 * one of these and re-renders pages at another zoom without filling again.
 */
public interface PreparedDocument {

    PrintDocument source();

    int pageCount();

    double pageWidthMm();

    double pageHeightMm();

    /**
     * Renders one page; {@code zoom} 1.0 = 72 dpi (one pixel per point), 2.0 = 144 dpi, etc.
     */
    BufferedImage renderPage(int pageIndex, float zoom);
}
