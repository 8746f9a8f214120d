package org.residencedesk.service.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.form.FormColumns;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.ExportFiles;
import org.residencedesk.port.RegistrationExportSource;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.UserRepository;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;
import org.residencedesk.service.permit.ExportRow;
import org.residencedesk.service.register.EmployerForm;
import org.residencedesk.service.register.EmployerRegisterService;
import org.residencedesk.service.register.HouseForm;
import org.residencedesk.service.register.HouseRegisterService;
import org.residencedesk.service.permit.PermitQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports all registrations with their persons (ID numbers in full, ADR 0061) or all permits with their
 * status, dates and endorsements, as CSV or JSON, for authorised data exchange. Only an operator holding
 * {@link Permission#EXPORT} (the station chief; docs/permissions.md) signed in with their password (an {@link Operator} from the authentication service) whose
 * account is still active may export; one DATA_EXPORTED audit entry names who, what, the format
 * and the row count — never the contents. A file whose export failed or could not be audited is deleted.
 * An existing path at the target is refused unless replacing it was asked for (docs/decisions/0135).
 */
public final class ExportService {
    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);
    /** The prefix of the form's columns in a registration export; the import reads them (ADR 0230). */
    public static final String FORM_PREFIX = "form.";

    private final Transactions tx;
    private final UserRepository users;
    private final AuditLog audit;
    private final RegistrationExportSource registrations;
    private final PermitQueries permits;
    private final ExportFiles files;
    private final Path dataFolder;
    private final FormColumns formColumns;
    private final FormCodec codec;
    private final HouseRegisterService houses;
    private final EmployerRegisterService employers;

    /**
     * @param dataFolder  the station's data folder: no export is written inside it (docs/decisions/0159)
     * @param formColumns the registration form as columns: every form field is exported besides the summary
     *                    (docs/decisions/0230)
     * @param houses      the house register, exported field by field (docs/decisions/0292)
     * @param employers   the employer register, exported field by field
     */
    public ExportService(Transactions tx, UserRepository users, AuditLog audit,
                         RegistrationExportSource registrations, PermitQueries permits, ExportFiles files,
                         Path dataFolder, FormColumns formColumns, FormCodec codec, HouseRegisterService houses,
                         EmployerRegisterService employers) {
        this.houses = houses;
        this.employers = employers;
        this.dataFolder = dataFolder;
        this.formColumns = formColumns;
        this.codec = codec;
        this.tx = tx;
        this.users = users;
        this.audit = audit;
        this.registrations = registrations;
        this.permits = permits;
        this.files = files;
    }

    /** An export to a new file: an existing path at {@code out} is refused. */
    @Requires(Permission.EXPORT)
    public long export(Operator operator, ExportSubject what, ExportFormat format, Path out)
            throws ExportRefused, ExportFailed, ExportTargetExists, ExportIntoDataFolder {
        operator.require(Permission.EXPORT);
        return export(operator, what, format, out, false);
    }

    /**
     * @param operator  signed in through {@link org.residencedesk.service.AuthenticationService}; must hold
     *                  {@link Permission#EXPORT} ({@link org.residencedesk.service.PermissionDenied} otherwise)
     * @param overwrite an existing file (or link, replaced as a link) at {@code out} is replaced atomically
     * @return rows written
     * @throws ExportRefused      the operator's account was disabled since sign-in; no file was created
     * @throws ExportTargetExists {@code out} exists (without overwrite) or is a folder; it was left untouched
     * @throws ExportFailed       reading, writing or auditing failed; the file was deleted
     * @throws ExportIntoDataFolder {@code out} lies inside the station's data folder; nothing was written
     */
    @Requires(Permission.EXPORT)
    public long export(Operator operator, ExportSubject what, ExportFormat format, Path out, boolean overwrite)
            throws ExportRefused, ExportFailed, ExportTargetExists, ExportIntoDataFolder {
        operator.require(Permission.EXPORT);
        // an account disabled since its sign-in may no longer export
        if (tx.readOnly(() -> users.findByLogin(operator.login())).filter(UserAccount::isActive).isEmpty()) {
            throw new ExportRefused(operator.login());
        }
        if (files.inside(out, dataFolder)) {
            LOG.warn("export into the data folder refused");
            throw new ExportIntoDataFolder(out);
        }
        String login = operator.login();
        long rows;
        try (ExportFiles.ExportFile file = createFile(out, overwrite)) {
            try (OutputStream stream = new BufferedOutputStream(file.stream());
                 RowSink sink = format == ExportFormat.CSV ? new CsvWriter(stream) : new JsonRowSink(stream)) {
                rows = switch (what) {
                    case PERMITS -> writePermits(operator, sink);
                    case HOUSES -> writeRegister(sink, HouseForm.FIELDS,
                            each -> houses.exportForms(operator, h -> each.accept(houseCells(h))));
                    case EMPLOYERS -> writeRegister(sink, EmployerForm.FIELDS,
                            each -> employers.exportForms(operator, e -> each.accept(employerCells(e))));
                    case REGISTRATIONS -> writeRegistrations(sink);
                };
            }
            try {
                file.commit();
            } catch (ExportFiles.TargetExists raced) {
                LOG.warn("export target appeared while the export was written; left untouched");
                throw new ExportTargetExists(out);
            }
            try {
                tx.run(() -> audit.append(new AuditRecord(login, AuditAction.DATA_EXPORTED, target(what), null, "what="
                        + what.name().toLowerCase() + ",format=" + format.name().toLowerCase() + ",rows=" + rows)));
            } catch (RuntimeException e) {
                // an export nobody can account for must not stay on disk
                LOG.error("export audit failed", e);
                file.discard();
                throw new ExportFailed(e);
            }
        } catch (org.residencedesk.port.StationProblem e) {
            // a damaged database or a full disk: its own message and exit code; the unfinished file is gone (ADR 0276)
            LOG.error("export of {} as {} stopped: {}", what, format, e.kind());
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.error("export of {} as {} failed", what, format, e);
            throw new ExportFailed(e); // the unfinished file was removed when it closed
        }
        return rows;
    }

    /** The summary columns, then {@value #FORM_PREFIX}&lt;field id&gt; for every field of the form (ADR 0230). */
    private long writeRegistrations(RowSink sink) throws IOException {
        sink.header(registrationColumns());
        return registrations.forEachRow((summary, formJson) -> {
            List<String> row = new ArrayList<>(summary);
            row.addAll(formColumns.cells(codec.fromJson(formJson)));
            sink.row(row);
        });
    }

    /** The registration export's columns: the summary's, then one per form field. */
    @org.residencedesk.service.NoOperator("column names: metadata, no personal data")
    public List<String> registrationColumns() {
        List<String> columns = new ArrayList<>(RegistrationExportSource.COLUMNS);
        formColumns.ids().forEach(id -> columns.add(FORM_PREFIX + id));
        return columns;
    }

    private static String target(ExportSubject what) {
        return switch (what) {
            case PERMITS -> "PERMIT";
            case HOUSES -> "HOUSE";
            case EMPLOYERS -> "EMPLOYER";
            case REGISTRATIONS -> "REGISTRATION";
        };
    }

    /**
     * A register: one column per field id (what the import reads, ADR 0292), values as the register holds them —
     * codes as codes, blank as empty.
     */
    private static long writeRegister(RowSink sink, List<String> columns,
                                      Function<Consumer<List<String>>, Long> rows) throws IOException {
        sink.header(columns);
        try {
            return rows.apply(cells -> {
                try {
                    sink.row(cells.stream().map(c -> c == null || c.isEmpty() ? null : c).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<String> houseCells(HouseForm h) {
        return java.util.Arrays.asList(h.houseCode(), h.kind(), h.divisionCode(), h.street(), h.houseNumber(),
                h.building(), h.unit(), h.room(), h.managerKind(), h.managerName(), h.managerIdNumber(),
                h.managerCreditCode(), h.managerPhone(), h.rooms(), h.capacity(), h.note());
    }

    private static List<String> employerCells(EmployerForm e) {
        return java.util.Arrays.asList(e.creditCode(), e.name(), e.divisionCode(), e.addressDetail(),
                e.contactName(), e.contactPhone(), e.industry());
    }

    /** The one place that reads permits for an export (the permit service's read side). */
    private long writePermits(Operator operator, RowSink sink) throws IOException {
        sink.header(ExportRow.COLUMNS);
        long[] rows = {0};
        try {
            permits.exportRows(operator, row -> {
                List<String> values = new ArrayList<>(ExportRow.COLUMNS.size());
                for (String column : ExportRow.COLUMNS) {
                    Object v = row.get(column);
                    values.add(v == null ? null : v.toString());
                }
                try {
                    sink.row(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows[0];
    }

    private ExportFiles.ExportFile createFile(Path out, boolean overwrite) throws ExportFailed, ExportTargetExists {
        try {
            return files.create(out, overwrite);
        } catch (ExportFiles.TargetExists e) {
            LOG.warn("export target exists and may not be replaced; left untouched");
            throw new ExportTargetExists(out);
        } catch (IOException e) {
            LOG.error("export file could not be created", e);
            throw new ExportFailed(e); // nothing of ours is there to delete
        }
    }
}
