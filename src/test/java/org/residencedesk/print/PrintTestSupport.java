package org.residencedesk.print;

import java.nio.file.Path;

/** Shared compiled templates (compiling is the slow part) and the poppler command-line tools. */
final class PrintTestSupport {

    static final TemplateCache TEMPLATES = new TemplateCache(null);
    static final JasperDocumentPrinter PRINTER = new JasperDocumentPrinter(TEMPLATES);

    private PrintTestSupport() {
    }

    static String pdfText(Path pdf) {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    static String pdfFonts(Path pdf) {
        return run("pdffonts", pdf.toString());
    }

    static String run(String... command) {
        return org.residencedesk.testing.Commands.run(command);
    }

    /** pdftotext breaks lines inside wrapped fields; compare without any whitespace. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
