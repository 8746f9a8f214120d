package org.residencedesk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.residencedesk.cli.export.ExportFormat;
import org.residencedesk.cli.export.ExportSubject;
import org.residencedesk.cli.export.PermitExporter;
import org.residencedesk.cli.export.RegistrationExporter;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export --what registrations|permits --format csv|json --out FILE --operator LOGIN}: all
 * registrations with their persons, ID numbers in full (ADR 0061), or all permits with their status,
 * dates and number of endorsements, for authorised data exchange. The operator must be
 * an active administrator or station chief; one DATA_EXPORTED audit entry names who, what, the format
 * and the row count — never the contents.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "导出数据（含完整证件号码，须由管理员或站长执行，并记入审计日志）")
public final class ExportCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final int EXIT_REFUSED = 2;
    private static final Logger LOG = LoggerFactory.getLogger(ExportCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--what", required = true, paramLabel = "WHAT", description = "导出内容：${COMPLETION-CANDIDATES}")
    ExportSubject what;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "格式：${COMPLETION-CANDIDATES}")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件")
    Path out;

    @Option(names = "--operator", required = true, paramLabel = "LOGIN", description = "执行导出的管理员或站长账号")
    String operator;

    private final Supplier<StationData> data;

    public ExportCommand(Supplier<StationData> data) {
        this.data = data;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StationData d = data.get();
        Optional<UserAccount> user = d.transactions().readOnly(() -> d.users().findByLogin(operator.strip()));
        if (user.filter(UserAccount::isActive).filter(u -> u.hasRole(Role.ADMIN) || u.hasRole(Role.CHIEF)).isEmpty()) {
            err.println(CliMessages.get("export.badOperator", operator));
            return EXIT_REFUSED;
        }
        String login = user.get().login();
        long rows;
        try (OutputStream stream = Files.newOutputStream(out)) {
            java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(stream);
            rows = what == ExportSubject.PERMITS ? new PermitExporter(d.permits().queries()).export(format, buffered)
                    : new RegistrationExporter(d.connections()).export(format, buffered);
        } catch (IOException | SQLException e) {
            LOG.error("export of {} as {} failed", what, format, e);
            deletePartial();
            err.println(CliMessages.get("export.failed", out));
            return EXIT_FAILED;
        }
        try {
            d.transactions().run(() -> d.audit().append(new AuditRecord(login, AuditAction.DATA_EXPORTED,
                    what == ExportSubject.PERMITS ? "PERMIT" : "REGISTRATION", null, "what="
                    + what.name().toLowerCase() + ",format=" + format.name().toLowerCase() + ",rows=" + rows)));
        } catch (RuntimeException e) {
            // an export nobody can account for must not stay on disk
            LOG.error("export audit failed", e);
            deletePartial();
            err.println(CliMessages.get("export.failed", out));
            return EXIT_FAILED;
        }
        stdout.println(CliMessages.get("export.done", rows, CliMessages.get("export.subject." + what.name()), out));
        return 0;
    }

    /** A half-written file must not be mistaken for a complete export. */
    private void deletePartial() {
        try {
            Files.deleteIfExists(out);
        } catch (IOException e) {
            LOG.warn("could not delete a partial export file");
        }
    }
}
