package org.residencedesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.port.printing.PrinterInfo;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.printing.SampleDocuments;
import org.residencedesk.testing.Await;

/**
 * Prints through a real CUPS scheduler into cups-pdf (queue "PDF", output under /tmp/cups-pdf-out as
 * set up in STACK.md). Skipped only when no CUPS scheduler answers.
 */
class CupsPrintTest {

    private static final String QUEUE = "PDF";
    private static final String STOPPED_QUEUE = "ResidenceDeskStoppedTest";
    private static final Path OUTPUT = Path.of("/tmp/cups-pdf-out");
    private static final LocalDateTime PRINTED_AT = LocalDateTime.of(2026, 7, 6, 9, 30);

    @BeforeAll
    static void requireCups() {
        String scheduler;
        try {
            scheduler = PrintTestSupport.run("lpstat", "-r");
        } catch (IllegalStateException e) {
            scheduler = "";
        }
        org.residencedesk.testing.SystemTools.require(scheduler.contains("is running"),
                "No CUPS scheduler reachable (lpstat -r); .ci/setup-cups.sh sets it up");
        assertThat(new CupsQueueProbe().probe(QUEUE)).as("CUPS queue %s (cups-pdf) exists", QUEUE)
                .contains(CupsQueueProbe.QueueState.READY);
        PrintTestSupport.run("lpadmin", "-p", STOPPED_QUEUE, "-v", "cups-pdf:/", "-E",
                "-P", "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd");
        PrintTestSupport.run("cupsdisable", STOPPED_QUEUE);
    }

    @AfterAll
    static void removeStoppedQueue() {
        try {
            PrintTestSupport.run("lpadmin", "-x", STOPPED_QUEUE);
        } catch (IllegalStateException e) {
            // not created because the scheduler was missing
        }
    }

    @Test
    void aReceiptPrintedOnTheCupsPdfQueueProducesAPdf() throws Exception {
        Set<Path> before = pdfsUnder(OUTPUT);
        PrinterProfile profile = new PrinterProfile(DocumentType.ACCEPTANCE_RECEIPT, QUEUE, null, 1, false);

        PrintOutcome outcome = PrintTestSupport.PRINTER.print(
                SampleDocuments.specimen(DocumentType.ACCEPTANCE_RECEIPT, PRINTED_AT), profile, CardCalibration.NONE);

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(PrintStatus.PRINTED);
        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.printerName()).isEqualTo(QUEUE);
        assertThat(outcome.pages()).isEqualTo(1);
        assertThat(outcome.documentType()).isEqualTo(DocumentType.ACCEPTANCE_RECEIPT);
        Path produced = awaitNewPdf(before, 1);
        assertThat(PrintTestSupport.run("pdfinfo", produced.toString())).containsPattern("Pages:\\s+1");
    }

    @Test
    void aPermitCardGoesThroughWithItsCalibration() throws Exception {
        Set<Path> before = pdfsUnder(OUTPUT);
        PrinterProfile profile = new PrinterProfile(DocumentType.PERMIT_CARD, QUEUE, null, 1, false);

        PrintOutcome outcome = PrintTestSupport.PRINTER.print(
                SampleDocuments.specimen(DocumentType.PERMIT_CARD, PRINTED_AT), profile,
                new CardCalibration(0.5, 0.5, 1.0));

        assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
        assertThat(outcome.pages()).isEqualTo(2);
        assertThat(PrintTestSupport.run("pdfinfo", awaitNewPdf(before, 2).toString())).containsPattern("Pages:\\s+2");
    }

    @Test
    void aStoppedQueueIsReportedAsOffline() {
        PrinterProfile profile = new PrinterProfile(DocumentType.ACCEPTANCE_RECEIPT, STOPPED_QUEUE, null, 1, false);

        PrintOutcome outcome = PrintTestSupport.PRINTER.print(
                SampleDocuments.specimen(DocumentType.ACCEPTANCE_RECEIPT, PRINTED_AT), profile, CardCalibration.NONE);

        assertThat(outcome.status()).isEqualTo(PrintStatus.PRINTER_OFFLINE);
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.pages()).isZero();
        assertThat(outcome.message()).contains(STOPPED_QUEUE, "已停止或脱机");
    }

    @Test
    void anUnknownQueueIsReportedAsNotFound() {
        PrinterProfile profile = new PrinterProfile(DocumentType.ACCEPTANCE_RECEIPT, "NoSuchQueue", null, 1, false);

        PrintOutcome outcome = PrintTestSupport.PRINTER.print(
                SampleDocuments.specimen(DocumentType.ACCEPTANCE_RECEIPT, PRINTED_AT), profile, CardCalibration.NONE);

        assertThat(outcome.status()).isEqualTo(PrintStatus.PRINTER_NOT_FOUND);
        assertThat(outcome.message()).contains("找不到打印机", "NoSuchQueue");
    }

    @Test
    void theCatalogListsTheQueueAsReady() {
        List<PrinterInfo> printers = new JavaxPrinterCatalog().listPrinters();

        assertThat(printers).filteredOn(p -> p.name().equals(QUEUE)).singleElement()
                .satisfies(p -> assertThat(p.acceptingJobs()).isTrue());
    }

    /**
     * The first new, complete PDF with this many pages: test classes run in two forks (ADR 0298), so another
     * class may be printing into the same cups-pdf folder at the same time.
     */
    private static Path awaitNewPdf(Set<Path> before, int pages) throws Exception {
        Path[] complete = new Path[1];
        Await.until(Duration.ofSeconds(30), "cups-pdf wrote a complete new PDF under " + OUTPUT, () -> {
            List<Path> fresh = pdfsUnder(OUTPUT).stream().filter(p -> !before.contains(p)).toList();
            for (Path candidate : fresh) {
                // cups-pdf writes in place; wait until the file is complete (ends with %%EOF).
                String tail = new String(Files.readAllBytes(candidate), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (tail.stripTrailing().endsWith("%%EOF")
                        && PrintTestSupport.run("pdfinfo", candidate.toString()).matches("(?s).*Pages:\\s+" + pages + "\\s.*")) {
                    complete[0] = candidate;
                    return true;
                }
            }
            return false;
        });
        return complete[0];
    }

    private static Set<Path> pdfsUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).collect(Collectors.toSet());
        }
    }
}
