package org.residencedesk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real CUPS queue {@code PDF} (cups-pdf, output under /tmp/cups-pdf-out, {@code .ci/setup-cups.sh}) for tests
 * that print: the PDF a test printed is picked by its job's document and page count, never as "the newest file",
 * since test classes in other forks print into the same folder at the same time.
 */
public final class CupsPdfOutput {
    public static final String QUEUE = "PDF";
    private static final Path OUTPUT = Path.of("/tmp/cups-pdf-out");

    private CupsPdfOutput() {
    }

    /** Skips (fails in CI) without a CUPS scheduler. */
    public static void require() {
        String scheduler;
        try {
            scheduler = run("lpstat", "-r");
        } catch (IllegalStateException e) {
            scheduler = "";
        }
        SystemTools.require(scheduler.contains("is running"),
                "No CUPS scheduler reachable (lpstat -r); .ci/setup-cups.sh sets it up");
    }

    /** The PDFs cups-pdf has written so far. */
    public static Set<Path> before() throws IOException {
        if (!Files.isDirectory(OUTPUT)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(OUTPUT)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).collect(Collectors.toSet());
        }
    }

    /**
     * The first complete new PDF of this document (cups-pdf names the file after the job, "ResidenceDesk
     * &lt;template&gt;") with this many pages. The printed PDF holds the pages as images (Java2D printing), so its
     * text cannot be read back: the job's template and page count are what identify it.
     */
    public static Path awaitPrinted(Set<Path> before, String templateId, int pages) {
        Path[] found = new Path[1];
        Await.until(Duration.ofSeconds(60), "cups-pdf wrote " + templateId + " (" + pages + " pages) under " + OUTPUT,
                () -> {
                    for (Path candidate : before().stream().filter(p -> !before.contains(p)).toList()) {
                        if (!candidate.getFileName().toString().startsWith("ResidenceDesk_" + templateId + "_")) {
                            continue;
                        }
                        String tail = new String(Files.readAllBytes(candidate), StandardCharsets.ISO_8859_1);
                        if (tail.stripTrailing().endsWith("%%EOF") && run("pdfinfo", candidate.toString())
                                .matches("(?s).*Pages:\\s+" + pages + "\\s.*")) {
                            found[0] = candidate;
                            return true;
                        }
                    }
                    return false;
                });
        return found[0];
    }

    /** A second cups-pdf queue, disabled (stopped) — remove it with {@link #remove}. */
    public static void createStopped(String queue) {
        run("lpadmin", "-p", queue, "-v", "cups-pdf:/", "-E", "-P", "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd");
        run("cupsdisable", queue);
    }

    public static void remove(String queue) {
        try {
            run("lpadmin", "-x", queue);
        } catch (IllegalStateException e) {
            // never created: no scheduler
        }
    }

    public static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    public static String run(String... command) {
        return Commands.run(command);
    }
}
