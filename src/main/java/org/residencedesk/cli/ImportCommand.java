package org.residencedesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.domain.collection.CollectorKind;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.collection.CollectionFileRefused;
import org.residencedesk.service.collection.CollectionImport;
import org.residencedesk.service.collection.ImportResult;
import org.residencedesk.service.collection.RowProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code import [--what KIND] --template FILE.xlsx} writes the collection template of one kind (its data sheet and
 * 代码表); {@code import --what registrations|houses|employers|outflow --file F
 * --operator LOGIN --password-file PWFILE [--collector LANDLORD|EMPLOYER|GRID_WORKER] [--confirm]} signs in like
 * the window and hands the file to {@link CollectionImport}: valid rows go into the collection queue, or with
 * {@code --confirm} become registrations at once. Prints one JSON object (no personal data besides what the
 * errors quote of the file's own messages). Running it twice is safe: rows already queued or registered are
 * counted as duplicates (docs/decisions/0232, 0234).
 */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.import.description}",
        footer = "${bundle:cli.import.footer}")
public final class ImportCommand implements Callable<Integer> {
    /** Every row was stored or was there already. */
    static final int EXIT_ALL_ACCEPTED = 0;
    /** Some rows were rejected (see "errors"); the valid rows were stored. */
    static final int EXIT_ROWS_REJECTED = 1;
    /** The file could not be read (missing, unreadable, not CSV/XLSX, no header) or the template not written. */
    static final int EXIT_FILE = 3;
    /** The password file was unusable or the sign-in failed. */
    static final int EXIT_NOT_SIGNED_IN = 4;
    /** The account may not do this (a 网格员 with --confirm, an administrator). */
    static final int EXIT_REFUSED = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Option(names = "--template", paramLabel = "FILE.xlsx", descriptionKey = "cli.import.template")
    Path template;

    @Option(names = "--what", paramLabel = "WHAT", defaultValue = "registrations", descriptionKey = "cli.import.what")
    String what;

    @Option(names = "--file", paramLabel = "FILE", descriptionKey = "cli.import.file")
    Path file;

    @Option(names = "--collector", paramLabel = "WHO", defaultValue = "GRID_WORKER",
            descriptionKey = "cli.import.collector")
    CollectorKind collector;

    @Option(names = "--operator", paramLabel = "LOGIN", descriptionKey = "cli.import.operator")
    String operator;

    @Option(names = "--password-file", paramLabel = "PWFILE", descriptionKey = "cli.import.passwordFile")
    Path passwordFile;

    @Option(names = "--confirm", descriptionKey = "cli.import.confirm")
    boolean confirm;

    private final Supplier<CollectionImport> service;
    private final Supplier<AuthenticationService> authentication;

    public ImportCommand(Supplier<CollectionImport> service, Supplier<AuthenticationService> authentication) {
        this.service = service;
        this.authentication = authentication;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<RecordKind> kind = Arrays.stream(RecordKind.values())
                .filter(k -> k.cliName().equals(what) || k.name().equalsIgnoreCase(what)).findFirst();
        if (kind.isEmpty()) {
            err.println(CliMessages.get("import.unknownWhat", what));
            return 2;
        }
        if (template != null) {
            try {
                service.get().writeTemplate(kind.get(), template);
            } catch (CollectionFileRefused e) {
                err.println(e.userMessage());
                return EXIT_FILE;
            }
            spec.commandLine().getOut().println(CliMessages.get("import.templateWritten", template));
            return EXIT_ALL_ACCEPTED;
        }
        if (file == null || operator == null || passwordFile == null) {
            err.println(CliMessages.get("import.missingOptions"));
            return 2;
        }
        Optional<Operator> signedIn = CliSignIn.signIn(authentication, operator, passwordFile, err);
        if (signedIn.isEmpty()) {
            return EXIT_NOT_SIGNED_IN;
        }
        ImportResult result;
        try {
            result = confirm ? service.get().register(signedIn.get(), kind.get(), collector, file)
                    : service.get().collect(signedIn.get(), kind.get(), collector, file);
        } catch (PermissionDenied e) {
            err.println(CliMessages.get(confirm ? "import.refusedConfirm" : "import.refused", operator));
            return EXIT_REFUSED;
        } catch (CollectionFileRefused e) {
            err.println(e.userMessage());
            return EXIT_FILE;
        }
        spec.commandLine().getOut().println(JSON.writeValueAsString(json(result, kind.get())));
        return result.rejected() == 0 ? EXIT_ALL_ACCEPTED : EXIT_ROWS_REJECTED;
    }

    private Map<String, Object> json(ImportResult result, RecordKind kind) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accepted", result.accepted());
        out.put("rejected", result.rejected());
        out.put("duplicates", result.duplicates());
        out.put("ended", result.ended());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (RowProblem p : result.errors()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("row", p.row());
            e.put("field", p.field());
            e.put("message", p.message());
            errors.add(e);
        }
        out.put("errors", errors);
        if (confirm) {
            List<Map<String, Object>> records = new ArrayList<>();
            for (ImportResult.RecordedRow r : result.records()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("row", r.row());
                e.put(kind == RecordKind.REGISTRATION ? "registrationNumber" : "recordNumber", r.recordNumber());
                records.add(e);
            }
            out.put("registered", records);
        }
        return out;
    }
}
