package org.residencedesk.cli;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import org.residencedesk.port.DocumentPrinter;
import org.residencedesk.port.PrinterSettingsStore;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.printing.PrinterSettings;
import org.residencedesk.port.printing.SampleDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code print-test [--printer NAME] [--document card|receipt]}: prints a specimen (样张) through the
 * same path as real documents, using this PC's printer profile and card calibration. Exit code 0 only
 * when the job was accepted.
 */
@Command(name = "print-test", mixinStandardHelpOptions = true,
        resourceBundle = CliMessages.BUNDLE_NAME, versionProvider = CliVersion.class,
        description = "${bundle:cli.printTest.description}")
public final class PrintTestCommand implements Callable<Integer> {

    /** The two test pages: a card exercises calibration, a receipt an office printer. */
    public enum TestDocument {
        card(DocumentType.PERMIT_CARD), receipt(DocumentType.ACCEPTANCE_RECEIPT);

        private final DocumentType type;

        TestDocument(DocumentType type) {
            this.type = type;
        }
    }

    private final DocumentPrinter printer;
    private final PrinterSettingsStore settings;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--printer", paramLabel = "NAME", descriptionKey = "cli.printTest.printer")
    private String printerName;

    @Option(names = "--document", paramLabel = "card|receipt", defaultValue = "receipt",
            descriptionKey = "cli.printTest.document")
    private TestDocument document;

    public PrintTestCommand(DocumentPrinter printer, PrinterSettingsStore settings, Clock clock) {
        this.printer = printer;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        DocumentType type = document.type;
        PrinterSettings stored = settings.load();
        PrinterProfile profile = stored.profileFor(type);
        if (printerName != null) {
            profile = profile.withPrinter(printerName);
        }
        PrintOutcome outcome = printer.print(SampleDocuments.specimen(type, LocalDateTime.now(clock)), profile,
                stored.calibrationFor(profile.printerName()));
        (outcome.succeeded() ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(outcome.message());
        return outcome.succeeded() ? 0 : 1;
    }
}
