package org.residencedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve-db}: on the station's main PC, serves the station database to the counters over Derby's Network Server
 * with authentication and SSL until the process is stopped (SIGTERM, Ctrl+C, {@code systemctl stop}); writes the
 * {@code counter.properties} the IT officer copies to each counter (docs/decisions/0320–0322). No sign-in: holding
 * this PC's station key folder is the authority, as for {@code diagnose}; it prints no personal data.
 */
@Command(name = "serve-db", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.serveDb.description}",
        footer = "${bundle:cli.serveDb.footer}")
public final class ServeDbCommand implements Callable<Integer> {
    /** The server could not start (the port is taken, the certificate could not be made). */
    public static final int EXIT_NOT_STARTED = 1;

    /** What the command asks of the composition root. */
    public record Request(String listen, int port, String publicHost, String counterId, Path counterFile) {
    }

    /** A running server: where counters reach it, and the wait until the process is told to stop. */
    public interface Running {
        String address();

        Path counterFile();

        /** Blocks until the server has stopped (the process was told to stop). */
        void awaitStop() throws InterruptedException;
    }

    /** Starts the server; {@link NotStarted} when it cannot. */
    @FunctionalInterface
    public interface Starter {
        Running start(Request request) throws NotStarted;
    }

    /** Why the server did not start. */
    public enum Reason { PORT_TAKEN, NOT_STARTED, COUNTER_FILE_FAILED }

    /** The server did not start; {@code detail} (the address or the file) goes into the message. */
    public static final class NotStarted extends Exception {
        private static final long serialVersionUID = 1L;
        private final Reason reason;
        private final String detail;

        public NotStarted(Reason reason, String detail, Throwable cause) {
            super(reason.name(), cause);
            this.reason = reason;
            this.detail = detail;
        }
    }

    @Option(names = "--listen", paramLabel = "ADDRESS", defaultValue = "0.0.0.0", descriptionKey = "cli.serveDb.listen")
    String listen;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1527", descriptionKey = "cli.serveDb.port")
    int port;

    @Option(names = "--public-host", paramLabel = "HOST", descriptionKey = "cli.serveDb.publicHost")
    String publicHost;

    @Option(names = "--counter-id", paramLabel = "ID", defaultValue = "counter-1",
            descriptionKey = "cli.serveDb.counterId")
    String counterId;

    @Option(names = "--counter-file", paramLabel = "FILE", descriptionKey = "cli.serveDb.counterFile")
    Path counterFile;

    @Spec
    CommandSpec spec;

    private final Starter starter;

    public ServeDbCommand(Starter starter) {
        this.starter = starter;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 1 || port > 65_535 || !counterId.matches("[A-Za-z0-9_-]{1,32}")) {
            err.println(CliMessages.get("cli.serveDb.badOption"));
            return 2;
        }
        String host = publicHost != null ? publicHost : localHostName();
        Running running;
        try {
            running = starter.start(new Request(listen, port, host, counterId, counterFile));
        } catch (NotStarted e) {
            err.println(switch (e.reason) {
                case PORT_TAKEN -> CliMessages.get("cli.serveDb.portTaken", e.detail);
                case NOT_STARTED -> CliMessages.get("cli.serveDb.notStarted", e.detail);
                case COUNTER_FILE_FAILED -> CliMessages.get("cli.serveDb.counterFileFailed", e.detail);
            });
            return EXIT_NOT_STARTED;
        }
        out.println(CliMessages.get("cli.serveDb.started", running.address(), running.counterFile()));
        out.flush();
        running.awaitStop();
        return 0;
    }

    private static String localHostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
