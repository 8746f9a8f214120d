package org.residencedesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

import org.residencedesk.port.PrinterCatalog;
import org.residencedesk.port.printing.PrinterInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code list-printers}: the printers this PC offers, their state and trays. */
@Command(name = "list-printers", mixinStandardHelpOptions = true,
        resourceBundle = CliMessages.BUNDLE_NAME, versionProvider = CliVersion.class,
        description = "${bundle:cli.listPrinters.description}")
public final class ListPrintersCommand implements Callable<Integer> {

    private final PrinterCatalog catalog;

    @Spec
    private CommandSpec spec;

    public ListPrintersCommand(PrinterCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        ResourceBundle bundle = ResourceBundle.getBundle(CliMessages.BUNDLE_NAME);
        PrintWriter out = spec.commandLine().getOut();
        List<PrinterInfo> printers = catalog.listPrinters();
        if (printers.isEmpty()) {
            spec.commandLine().getErr().println(ResourceBundle.getBundle("i18n.print").getString("print.status.NO_PRINTER"));
            return 1;
        }
        for (PrinterInfo printer : printers) {
            String state = bundle.getString(printer.acceptingJobs() ? "cli.listPrinters.ready" : "cli.listPrinters.offline");
            String mark = printer.systemDefault() ? bundle.getString("cli.listPrinters.default") : "";
            out.printf("%s\t%s%s%s%n", printer.name(), state, mark,
                    printer.trays().isEmpty() ? "" : "\t" + String.join(", ", printer.trays()));
        }
        out.flush();
        return 0;
    }
}
