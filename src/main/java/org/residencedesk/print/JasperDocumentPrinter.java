package org.residencedesk.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.print.PrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Sides;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.residencedesk.port.DocumentPrinter;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.DocumentPreparationException;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.ExportOutcome;
import org.residencedesk.port.printing.PreparedDocument;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.port.printing.PrinterProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DocumentPrinter} on JasperReports 7 (fill, PDF via OpenPDF) and the Java print system
 * (javax.print: CUPS on Linux, the Windows spooler). Logs document types, printer names and statuses,
 * never parameter values (they are personal data).
 */
public final class JasperDocumentPrinter implements DocumentPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(JasperDocumentPrinter.class);

    private final TemplateCache templates;
    private final PrintServiceResolver resolver;
    private final CupsJobWatch jobWatch;

    /** How long a spooled job is watched for a queue that stops under it (docs/decisions/0312). */
    public static final Duration STOPPED_QUEUE_PATIENCE = Duration.ofSeconds(3);

    public JasperDocumentPrinter(TemplateCache templates) {
        this(templates, STOPPED_QUEUE_PATIENCE);
    }

    /** @param stoppedQueuePatience how long to watch a spooled job for a queue stopped under it */
    public JasperDocumentPrinter(TemplateCache templates, Duration stoppedQueuePatience) {
        this(templates, new PrintServiceResolver(), new CupsJobWatch(new CupsQueueProbe(), stoppedQueuePatience));
    }

    JasperDocumentPrinter(TemplateCache templates, PrintServiceResolver resolver) {
        this(templates, resolver, new CupsJobWatch(new CupsQueueProbe(), STOPPED_QUEUE_PATIENCE));
    }

    JasperDocumentPrinter(TemplateCache templates, PrintServiceResolver resolver, CupsJobWatch jobWatch) {
        this.templates = templates;
        this.resolver = resolver;
        this.jobWatch = jobWatch;
    }

    @Override
    public PreparedDocument prepare(PrintDocument document) throws DocumentPreparationException {
        DocumentType type = document.type();
        try {
            Map<String, Object> parameters = new HashMap<>(document.parameters());
            parameters.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
            JRDataSource rows = document.rows().isEmpty()
                    ? new JREmptyDataSource(0)
                    : new JRMapCollectionDataSource(new java.util.ArrayList<Map<String, ?>>(document.rows()));
            JasperPrint print = JasperFillManager.fillReport(templates.get(type), parameters, rows);
            OverflowCheck.requireNothingCut(type, print);
            return new JasperPreparedDocument(document, print);
        } catch (JRException | RuntimeException e) {
            LOG.error("Preparing document {} failed: {}", type, e.getClass().getName());
            throw new DocumentPreparationException(type,
                    PrintMessages.get("print.error.template", type.templateId()), e);
        }
    }

    @Override
    public PrintOutcome print(PrintDocument document, PrinterProfile profile, CardCalibration calibration) {
        try {
            return print(prepare(document), profile, calibration);
        } catch (DocumentPreparationException e) {
            return outcome(document.type(), profile.printerName(), 0, profile.copies(), PrintStatus.DOCUMENT_ERROR,
                    e.getMessage());
        }
    }

    @Override
    public PrintOutcome print(PreparedDocument document, PrinterProfile profile, CardCalibration calibration) {
        DocumentType type = document.source().type();
        PrintServiceResolver.Resolution resolution = resolver.resolve(profile.printerName());
        if (resolution.status() != PrintStatus.PRINTED) {
            return outcome(type, resolution.printerName(), 0, profile.copies(), resolution.status(),
                    PrintMessages.get(resolution.status().messageKey(), nameOrDefault(resolution.printerName())));
        }
        PrintService service = resolution.service();
        JasperPrint print = ((JasperPreparedDocument) document).jasperPrint();
        CardCalibration applied = type.isCard() ? calibration : CardCalibration.NONE;
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setPageable(new CalibratedPageable(print, applied));
            job.setJobName("ResidenceDesk " + type.templateId());
            job.print(requestAttributes(type, profile, service));
        } catch (PrinterException | RuntimeException e) {
            LOG.warn("Print job {} on {} failed: {}", type, service.getName(), e.toString());
            return outcome(type, service.getName(), 0, profile.copies(), PrintStatus.JOB_FAILED,
                    PrintMessages.get("print.status.JOB_FAILED", service.getName()));
        }
        if (jobWatch.heldByStoppedQueue(service.getName(), "ResidenceDesk " + type.templateId())) {
            LOG.warn("Print job {} waits in the stopped queue {}", type, service.getName());
            return outcome(type, service.getName(), 0, profile.copies(), PrintStatus.QUEUED_PRINTER_STOPPED,
                    PrintMessages.get("print.status.QUEUED_PRINTER_STOPPED", service.getName()));
        }
        return outcome(type, service.getName(), document.pageCount(), profile.copies(), PrintStatus.PRINTED,
                PrintMessages.get("print.status.PRINTED", service.getName(), document.pageCount()));
    }

    private static PrintRequestAttributeSet requestAttributes(DocumentType type, PrinterProfile profile,
                                                              PrintService service) {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new Copies(profile.copies()));
        attributes.add(new JobName("ResidenceDesk " + type.templateId(), Locale.ROOT));
        attributes.add(profile.duplex() ? Sides.DUPLEX : Sides.ONE_SIDED);
        MediaChoice.tray(service, profile.tray()).ifPresent(attributes::add);
        MediaChoice.paperSize(service, type.paper()).ifPresent(attributes::add);
        return attributes;
    }

    @Override
    public ExportOutcome exportPdf(PrintDocument document, Path target) {
        try {
            return exportPdf(prepare(document), target);
        } catch (DocumentPreparationException e) {
            return new ExportOutcome(document.type(), target, 0, false, e.getMessage());
        }
    }

    @Override
    public ExportOutcome exportPdf(PreparedDocument document, Path target) {
        DocumentType type = document.source().type();
        JasperPrint print = ((JasperPreparedDocument) document).jasperPrint();
        Path temp = null;
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // Written next to the target and moved: a half-written PDF never carries the final name.
            temp = Files.createTempFile(parent, ".export", ".pdf");
            try (OutputStream out = Files.newOutputStream(temp)) {
                JasperExportManager.exportReportToPdfStream(print, out);
            }
            if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("a folder has the PDF's name"); // never deleted to make room
            }
            // The file chooser asked before replacing; atomic, and a link is replaced, never written through
            // (docs/decisions/0135). Without ATOMIC_MOVE the JDK deletes the target first (even an empty folder).
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            return new ExportOutcome(type, target, document.pageCount(), true,
                    PrintMessages.get("print.export.done", target.getFileName(), document.pageCount()));
        } catch (IOException | JRException | RuntimeException e) {
            LOG.warn("PDF export of {} failed", type, e);
            return new ExportOutcome(type, target, 0, false, PrintMessages.get("print.export.failed", target));
        } finally {
            deleteQuietly(temp); // a failed export must not leave personal data behind
        }
    }

    @Override
    public void writePdf(PreparedDocument document, OutputStream out) throws IOException {
        try {
            JasperExportManager.exportReportToPdfStream(((JasperPreparedDocument) document).jasperPrint(), out);
        } catch (JRException e) {
            throw new IOException("PDF export of " + document.source().type() + " failed", e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.warn("could not remove a temporary PDF");
            }
        }
    }

    private static PrintOutcome outcome(DocumentType type, String printer, int pages, int copies,
                                        PrintStatus status, String message) {
        LOG.info("Print {} on {}: {} ({} pages x {})", type, printer, status, pages, copies);
        return new PrintOutcome(type, printer, pages, copies, status, message);
    }

    private static String nameOrDefault(String printerName) {
        return printerName == null ? PrintMessages.get("print.printer.default") : printerName;
    }
}
