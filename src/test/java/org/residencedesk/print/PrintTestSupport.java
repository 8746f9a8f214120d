package org.residencedesk.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command[0] + " (poppler-utils installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** pdftotext breaks lines inside wrapped fields; compare without any whitespace. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
