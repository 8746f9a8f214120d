package org.residencedesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.service.backup.RestoreFailed;
import org.residencedesk.service.backup.StationRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code restore --from BACKUP --operator LOGIN --password-file FILE}: replaces the station's database by a
 * verified backup (docs/decisions/0157). The station's database may be damaged, so the administrator signs in
 * against the backup's own accounts; the window and every other command must be closed.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE_NAME,
        versionProvider = CliVersion.class, description = "${bundle:cli.restore.description}",
        footer = "${bundle:cli.restore.footer}")
public final class RestoreCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final int EXIT_REFUSED = 2;
    static final int EXIT_BAD_BACKUP = 3;
    static final int EXIT_NOT_SIGNED_IN = 4;
    static final int EXIT_IN_USE = 5;
    static final int EXIT_ROLLBACK_FAILED = 6;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "BACKUP", descriptionKey = "cli.restore.from")
    Path from;

    @Option(names = "--operator", required = true, paramLabel = "LOGIN", descriptionKey = "cli.restore.operator")
    String operator;

    @Option(names = "--password-file", required = true, paramLabel = "FILE", descriptionKey = "cli.restore.passwordFile")
    Path passwordFile;

    private final Supplier<StationRestore> restore;

    public RestoreCommand(Supplier<StationRestore> restore) {
        this.restore = restore;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        char[] password;
        try {
            password = PasswordFile.read(passwordFile);
        } catch (PasswordFile.Unusable e) {
            err.println(e.getMessage());
            return EXIT_NOT_SIGNED_IN;
        }
        try {
            StationRestore.Restored done = restore.get().restore(from, operator, password);
            PrintWriter out = spec.commandLine().getOut();
            out.println(CliMessages.get("restore.done", done.backupName(), done.backupHead()));
            if (done.discardedHead() != null) {
                out.println(CliMessages.get("restore.discarded", done.discardedHead()));
            }
            if (done.previous() != null) {
                out.println(CliMessages.get("restore.previous", done.previous()));
            }
            return 0;
        } catch (RestoreFailed e) {
            err.println(e.getMessage());
            return switch (e.reason()) {
                case NOT_A_BACKUP, MANIFEST_FORGED, FILE_CHANGED, KEY_MISSING, OTHER_STATION -> EXIT_BAD_BACKUP;
                case NOT_SIGNED_IN -> EXIT_NOT_SIGNED_IN;
                case NOT_PERMITTED -> EXIT_REFUSED;
                case IN_USE -> EXIT_IN_USE;
                case ROLLBACK_FAILED -> EXIT_ROLLBACK_FAILED;
                case DAMAGED, AUDIT_BROKEN, FAILED -> EXIT_FAILED;
            };
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
