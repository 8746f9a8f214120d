package org.residencedesk.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.residencedesk.masterdata.ClasspathMasterData;
import org.residencedesk.testing.TestMasterData;
import picocli.CommandLine;

/** Runs one command of the real command tree the way {@code residence-desk} does, capturing what it prints. */
public final class CommandLines {
    public record Run(int exitCode, String out, String err) { }

    private CommandLines() {
    }

    /** One command on {@code dataDir} with its key folder beside it ({@code <dataDir>-keys}); the station is closed after. */
    public static Run run(Path dataDir, Clock clock, String... args) {
        ClasspathMasterData masterData = TestMasterData.shared();
        Main.LazyContext context = new Main.LazyContext(dataDir, dataDir.resolveSibling(dataDir.getFileName() + "-keys"),
                masterData, clock);
        try {
            CommandLine cli = Main.commandLine(dataDir, masterData, clock, context);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            return new Run(cli.execute(args), out.toString(), err.toString());
        } finally {
            context.close();
        }
    }
}
