package org.residencedesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.audit.AuditService;
import org.residencedesk.service.audit.AuditVerdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit verify} and {@code audit list}: thin shells over {@link AuditService} (docs/decisions/0138).
 * {@code verify} needs no account (it shows counts only); {@code list} names people and so needs an
 * administrator or station chief signed in with {@code --operator LOGIN --password-file FILE}.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.audit.description}",
        synopsisSubcommandLabel = "[命令]")
public final class AuditCommand implements Callable<Integer> {
    static final int EXIT_BROKEN = 1;
    static final int EXIT_REFUSED = 2;

    @Spec
    private CommandSpec spec;

    private AuditCommand() {
    }

    /** The {@code audit} command with its subcommands, to add to the root command line. */
    public static CommandLine commandLine(Supplier<AuditService> audit, Supplier<AuthenticationService> authentication,
                                          Clock clock) {
        CommandLine cli = new CommandLine(new AuditCommand());
        cli.addSubcommand(new Verify(audit));
        cli.addSubcommand(new ListEntries(audit, authentication, clock));
        return cli;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
            versionProvider = CliVersion.class, description = "${bundle:cli.audit.verify.description}",
            footer = "${bundle:cli.audit.verify.footer}")
    static final class Verify implements Callable<Integer> {
        private static final ObjectMapper JSON = new ObjectMapper();
        @Spec
        private CommandSpec spec;
        private final Supplier<AuditService> audit;

        Verify(Supplier<AuditService> audit) {
            this.audit = audit;
        }

        @Override
        public Integer call() throws JsonProcessingException {
            AuditVerdict verdict = audit.get().verify();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("ok", verdict.ok());
            out.put("entries", verdict.entries());
            out.put("firstBroken", verdict.firstBroken());
            out.put("reason", CliMessages.get("audit.verify.reason." + verdict.problem().name()));
            spec.commandLine().getOut().println(JSON.writeValueAsString(out));
            return verdict.ok() ? 0 : EXIT_BROKEN;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
            versionProvider = CliVersion.class, description = "${bundle:cli.audit.list.description}")
    static final class ListEntries implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DATE", descriptionKey = "cli.audit.list.from")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", descriptionKey = "cli.audit.list.to")
        LocalDate to;

        @Option(names = "--user", paramLabel = "LOGIN", descriptionKey = "cli.audit.list.user")
        String user;

        @Option(names = "--operator", required = true, paramLabel = "LOGIN", descriptionKey = "cli.audit.operator")
        String operator;

        @Option(names = "--password-file", required = true, paramLabel = "FILE",
                descriptionKey = "cli.audit.passwordFile")
        Path passwordFile;

        private final Supplier<AuditService> audit;
        private final Supplier<AuthenticationService> authentication;
        private final Clock clock;

        ListEntries(Supplier<AuditService> audit, Supplier<AuthenticationService> authentication, Clock clock) {
            this.audit = audit;
            this.authentication = authentication;
            this.clock = clock;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (to.isBefore(from) || java.time.temporal.ChronoUnit.DAYS.between(from, to) >= 366) {
                err.println(CliMessages.get("audit.list.badPeriod"));
                return EXIT_REFUSED;
            }
            Optional<Operator> signedIn = CliSignIn.signIn(authentication, operator, passwordFile, err);
            if (signedIn.isEmpty()) {
                return EXIT_REFUSED;
            }
            List<AuditEntry> entries;
            try {
                entries = audit.get().list(signedIn.get(), from, to, user);
            } catch (PermissionDenied e) {
                err.println(CliMessages.get("audit.list.notPermitted", operator));
                return EXIT_REFUSED;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(String.join("\t", CliMessages.get("audit.list.columns").split(",")));
            for (AuditEntry e : entries) {
                out.println(String.join("\t", Long.toString(e.seq()),
                        DateFormats.DATE_TIME_SECONDS.format(e.occurredAt().atZone(clock.getZone())), e.actor(),
                        CliMessages.get("audit.action." + e.action().name()), targetLabel(e.targetType()),
                        mask(e.targetId()), e.detail() == null ? "" : e.detail()));
            }
            err.println(CliMessages.get("audit.list.count", entries.size()));
            return 0;
        }
    }

    /** The Chinese name of a target type; a type without one (added later) as stored. */
    private static String targetLabel(String type) {
        if (type == null) {
            return "";
        }
        try {
            return CliMessages.get("audit.target." + type);
        } catch (MissingResourceException e) {
            return type;
        }
    }

    /** Never an identifier in full: the first and last characters, the rest as '*'. */
    static String mask(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        int keep = id.length() > 8 ? 3 : id.length() > 3 ? 1 : 0;
        int tail = id.length() > 8 ? 2 : id.length() > 3 ? 1 : 0;
        return id.substring(0, keep) + "*".repeat(id.length() - keep - tail) + id.substring(id.length() - tail);
    }
}
