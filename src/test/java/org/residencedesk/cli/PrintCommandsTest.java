package org.residencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.port.printing.PrinterInfo;
import org.residencedesk.print.JasperDocumentPrinter;
import org.residencedesk.print.JsonPrinterSettingsStore;
import org.residencedesk.print.TemplateCache;
import picocli.CommandLine;

class PrintCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dataDir;

    @Test
    void listPrintersShowsStateDefaultAndTrays() {
        ListPrintersCommand command = new ListPrintersCommand(() -> List.of(
                new PrinterInfo("Evolis", false, true, List.of("Manual")),
                new PrinterInfo("Office", true, false, List.of())));

        int exit = run(command);

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("Evolis\t就绪\tManual" + System.lineSeparator() + "Office\t停止/脱机（默认）" + System.lineSeparator());
    }

    @Test
    void listPrintersWithoutAnyPrinterFails() {
        int exit = run(new ListPrintersCommand(List::of));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("没有可用的打印机：请安装打印机或在系统设置中选择打印机。" + System.lineSeparator());
    }

    @Test
    void printTestOnAMissingPrinterExitsWithTheReason() {
        PrintTestCommand command = new PrintTestCommand(new JasperDocumentPrinter(new TemplateCache(null)),
                new JsonPrinterSettingsStore(dataDir), Clock.fixed(Instant.parse("2026-07-06T01:30:00Z"), ZoneId.of("Asia/Shanghai")));

        int exit = run(command, "--printer", "NoSuchQueue", "--document", "card");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).containsAnyOf("找不到打印机", "没有可用的打印机");
    }

    @Test
    void anUnknownDocumentIsAUsageError() {
        PrintTestCommand command = new PrintTestCommand(new JasperDocumentPrinter(new TemplateCache(null)),
                new JsonPrinterSettingsStore(dataDir), Clock.systemDefaultZone());

        assertThat(run(command, "--document", "poster")).isEqualTo(2);
    }

    private int run(Object command, String... args) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
