package org.residencedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.port.report.ReminderKind;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.report.ReminderLetterService;
import org.residencedesk.service.report.ReminderService;
import org.residencedesk.service.report.ReportExportFailed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reminders --kind due|lapsed|collection|stay-ended [--village CODE] --out FILE.pdf|FILE.csv [--letters]}
 * (issue 15 item 4, ADR 0329): the 工作台's 提醒 without the window, signed in like it. A PDF is the printed 提醒名单, or
 * with {@code --letters} the 提醒函 (one page per person); a CSV is the SMS list with mobile numbers (导出个人信息,
 * the chief). Files are written by the safe export rules and audited by the services; an existing file is replaced
 * only with {@code --overwrite}, so running it twice never loses a file.
 */
@Command(name = "reminders", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.reminders.description}",
        footer = "${bundle:cli.reminders.footer}")
public final class RemindersCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final int EXIT_REFUSED = 2;
    static final int EXIT_TARGET_EXISTS = 3;
    static final int EXIT_NOT_SIGNED_IN = 4;
    static final int EXIT_INSIDE_DATA_FOLDER = 5;
    /** An unknown kind or village, another extension, or --letters with a CSV. */
    static final int EXIT_USAGE = 64;

    @Spec
    private CommandSpec spec;

    @Option(names = "--kind", required = true, paramLabel = "KIND", descriptionKey = "cli.reminders.kind")
    String kind;

    @Option(names = "--village", paramLabel = "CODE", descriptionKey = "cli.reminders.village")
    String village;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.reminders.out")
    Path out;

    @Option(names = "--letters", descriptionKey = "cli.reminders.letters")
    boolean letters;

    @Option(names = "--overwrite", descriptionKey = "cli.reminders.overwrite")
    boolean overwrite;

    @Option(names = "--operator", required = true, paramLabel = "LOGIN", descriptionKey = "cli.reminders.operator")
    String operator;

    @Option(names = "--password-file", required = true, paramLabel = "PWFILE",
            descriptionKey = "cli.reminders.passwordFile")
    Path passwordFile;

    private final Supplier<ReminderService> reminders;
    private final Supplier<ReminderLetterService> documents;
    private final Supplier<AuthenticationService> authentication;

    public RemindersCommand(Supplier<ReminderService> reminders, Supplier<ReminderLetterService> documents,
                            Supplier<AuthenticationService> authentication) {
        this.reminders = reminders;
        this.documents = documents;
        this.authentication = authentication;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<ReminderKind> chosen = ReminderKind.ofCliName(kind);
        if (chosen.isEmpty()) {
            err.println(CliMessages.get("cli.reminders.badKind", kind));
            return EXIT_USAGE;
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (!pdf && !name.endsWith(".csv") || letters && !pdf) {
            err.println(CliMessages.get("cli.reminders.badOut", out));
            return EXIT_USAGE;
        }
        Optional<Operator> signedIn = CliSignIn.signIn(authentication, operator, passwordFile, err);
        if (signedIn.isEmpty()) {
            return EXIT_NOT_SIGNED_IN;
        }
        Operator op = signedIn.get();
        try {
            String v = village == null || village.isBlank() ? null : village.strip();
            if (v != null && documents.get().villages(op).stream().noneMatch(d -> d.code().equals(v))) {
                err.println(CliMessages.get("cli.reminders.badVillage", v));
                return EXIT_USAGE;
            }
            String done;
            if (pdf) {
                ReminderLetterService.Output output = letters ? ReminderLetterService.Output.LETTERS
                        : ReminderLetterService.Output.LIST;
                done = documents.get().exportPdf(op, chosen.get(), v, output, out, overwrite).outcome().message();
            } else {
                int n = reminders.get().exportSms(op, chosen.get(), v, out, overwrite);
                done = CliMessages.get("cli.reminders.smsDone", n, out);
            }
            spec.commandLine().getOut().println(done);
            return 0;
        } catch (PermissionDenied e) {
            err.println(CliMessages.get(pdf ? "cli.reminders.notPermitted" : "cli.reminders.notPermittedSms",
                    operator));
            return EXIT_REFUSED;
        } catch (ReportExportFailed e) {
            err.println(e.userMessage());
            return switch (e.reason()) {
                case TARGET_EXISTS -> EXIT_TARGET_EXISTS;
                case INSIDE_DATA_FOLDER -> EXIT_INSIDE_DATA_FOLDER;
                case UNKNOWN_FORMAT -> EXIT_USAGE;
                case FAILED -> EXIT_FAILED;
            };
        }
    }
}
