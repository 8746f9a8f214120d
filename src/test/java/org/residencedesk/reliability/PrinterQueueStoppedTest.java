package org.residencedesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.printing.SampleDocuments;
import org.residencedesk.print.JasperDocumentPrinter;
import org.residencedesk.print.TemplateCache;
import org.residencedesk.testing.Await;
import org.residencedesk.testing.SystemTools;

/**
 * Issue 18 item 5, the printer: a real CUPS queue whose "printer" is a socket this test holds. While the job is
 * being sent (the backend is connected) the queue is disabled with {@code cupsdisable}: the print ends in
 * 尚未打印 … 已停止 (nothing reported as printed); {@code cupsenable} lets the same job come out, no restart, no
 * second print. Skipped with a message where no CUPS scheduler runs (CI runs one, .ci/setup-cups.sh).
 */
@Timeout(120)
class PrinterQueueStoppedTest {
    private static final String QUEUE = "ResidenceDeskMidJob";
    private static final LocalDateTime PRINTED_AT = LocalDateTime.of(2026, 11, 28, 9, 30);

    private boolean queueCreated;

    @AfterEach
    void removeQueue() {
        if (queueCreated) {
            run("lpadmin", "-x", QUEUE);
        }
    }

    @Test
    void aQueueDisabledMidJobIsNotReportedAsPrintedAndTheJobComesOutWhenEnabled() throws Exception {
        SystemTools.require(schedulerRuns(), "No CUPS scheduler reachable (lpstat -r); .ci/setup-cups.sh sets it up");
        try (ServerSocket printer = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            printer.setSoTimeout(60_000);
            run("lpadmin", "-p", QUEUE, "-v", "socket://127.0.0.1:" + printer.getLocalPort(), "-E");
            queueCreated = true;
            run("cupsenable", QUEUE);
            run("cupsaccept", QUEUE);

            JasperDocumentPrinter spooler = new JasperDocumentPrinter(new TemplateCache(null), Duration.ofSeconds(60));
            PrinterProfile profile = new PrinterProfile(DocumentType.ACCEPTANCE_RECEIPT, QUEUE, null, 1, false);
            CompletableFuture<PrintOutcome> printing = CompletableFuture.supplyAsync(() -> spooler.print(
                    SampleDocuments.specimen(DocumentType.ACCEPTANCE_RECEIPT, PRINTED_AT), profile, CardCalibration.NONE));

            // mid-job: CUPS's backend is connected to the "printer" and sending; the queue is disabled now
            try (Socket firstAttempt = printer.accept()) {
                run("cupsdisable", QUEUE);
                PrintOutcome outcome = printing.get(90, TimeUnit.SECONDS);
                assertThat(outcome.status()).as(outcome.message()).isEqualTo(PrintStatus.QUEUED_PRINTER_STOPPED);
                assertThat(outcome.succeeded()).isFalse();
                assertThat(outcome.pages()).isZero();
                assertThat(outcome.message()).isEqualTo("尚未打印：打印任务在打印机“" + QUEUE + "”的队列中等待，但打印机已停止。"
                        + "请检查打印机（纸张、卡纸、连接、电源）后在打印机管理中恢复（启用）它，任务会接着打出，请勿重复打印；"
                        + "若任务已被删除，再点一次打印。");
            }
            assertThat(unfinishedJobs()).as("the job waits in the queue").isNotBlank();

            // enabled again: the same job comes out, without printing twice
            run("cupsenable", QUEUE);
            byte[] received;
            try (Socket secondAttempt = printer.accept(); InputStream in = secondAttempt.getInputStream()) {
                received = in.readAllBytes();
            }
            assertThat(new String(received, 0, Math.min(received.length, 4), StandardCharsets.ISO_8859_1))
                    .as("PostScript reached the printer").isEqualTo("%!PS");
            Await.until(Duration.ofSeconds(30), "CUPS finished the job on " + QUEUE, () -> unfinishedJobs().isBlank());
        }
    }

    private static String unfinishedJobs() {
        return run("lpstat", "-o", QUEUE);
    }

    private static boolean schedulerRuns() {
        try {
            return run("lpstat", "-r").contains("is running");
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static String run(String... command) {
        return org.residencedesk.testing.Commands.run(command);
    }
}
