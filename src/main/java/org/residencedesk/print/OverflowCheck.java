package org.residencedesk.print;

import java.util.List;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import org.residencedesk.port.printing.DocumentType;

/**
 * Refuses a filled document in which Jasper had to cut a text (it records a truncation index on the
 * element). Card fields use textAdjust="ScaleFont" so this should not happen; if a value is so long
 * that it still does not fit, printing a silently shortened address on a permit is worse than an error.
 */
final class OverflowCheck {

    private OverflowCheck() {
    }

    static void requireNothingCut(DocumentType type, JasperPrint print) throws JRException {
        for (JRPrintPage page : print.getPages()) {
            check(type, page.getElements());
        }
    }

    private static void check(DocumentType type, List<JRPrintElement> elements) throws JRException {
        for (JRPrintElement element : elements) {
            if (element instanceof JRPrintFrame frame) {
                check(type, frame.getElements());
            } else if (element instanceof JRPrintText text && text.getTextTruncateIndex() != null) {
                // The element key names the field (e.g. "residenceAddress"), never its content.
                throw new JRException("Text cut in " + type.templateId() + " field " + text.getKey());
            }
        }
    }
}
