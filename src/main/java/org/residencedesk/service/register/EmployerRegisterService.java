package org.residencedesk.service.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.identity.SocialCreditCode;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.domain.register.Employer;
import org.residencedesk.domain.register.EmployerDetails;
import org.residencedesk.domain.register.EmployerSummary;
import org.residencedesk.domain.register.RegisterSearch;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.EmployerRepository;
import org.residencedesk.port.NameInitials;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.PermitRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.Requires;
import org.residencedesk.service.ValidationFailure;

/**
 * 单位登记簿 (以业管人, issue 14 item 2): register and change employers by their 统一社会信用代码, find them by name,
 * pinyin initials, credit code or address, and open one with its registered employees and their permits. Every
 * change commits the employer, its audit entry and its EMPLOYER_REGISTERED / EMPLOYER_CHANGED event together.
 */
public final class EmployerRegisterService {
    static final String AGGREGATE = "EMPLOYER";

    private final Transactions tx;
    private final EmployerRepository employers;
    private final PermitRepository permits;
    private final AuditLog audit;
    private final Outbox outbox;
    private final MasterData masterData;
    private final NameInitials initials;
    private final Clock clock;

    public EmployerRegisterService(Transactions tx, EmployerRepository employers, PermitRepository permits,
                                   AuditLog audit, Outbox outbox, MasterData masterData, NameInitials initials,
                                   Clock clock) {
        this.tx = tx;
        this.employers = employers;
        this.permits = permits;
        this.audit = audit;
        this.outbox = outbox;
        this.masterData = masterData;
        this.initials = initials;
        this.clock = clock;
    }

    /**
     * Validates an employer without storing it: the normalised form, or {@link ValidationFailure} with a Chinese
     * message per bad field (a credit code already registered is reported on {@code creditCode}).
     */
    @NoOperator("validation only: reads no stored personal data, only whether a credit code is taken")
    public EmployerForm check(EmployerForm form) {
        Checked c = validate(form);
        if (tx.readOnly(() -> employers.exists(c.code))) {
            throw invalid("creditCode", "employer.codeTaken");
        }
        return c.normalised;
    }

    /**
     * The rules of {@link #register} without looking at the register: the normalised form, or
     * {@link ValidationFailure}. A collected row uses it (ADR 0290): an employer already registered is a duplicate
     * there, found by {@link #isRegistered}, not a bad row.
     */
    @NoOperator("validation only: reads nothing stored")
    public EmployerForm checkValues(EmployerForm form) {
        return validate(form).normalised;
    }

    /** Whether the register holds an employer with this (normalised) credit code. Only yes or no. */
    @Requires(Permission.COLLECT)
    public boolean isRegistered(Operator op, String creditCode) {
        op.require(Permission.COLLECT);
        return tx.readOnly(() -> employers.exists(creditCode));
    }

    /** Every employer as its complete form, in registration order, for the export (ADR 0292). @return employers */
    @Requires(Permission.EXPORT)
    public long exportForms(Operator op, java.util.function.Consumer<EmployerForm> sink) {
        op.require(Permission.EXPORT);
        return RegisterPages.export(tx, employers, employers::after, Employer::id, e -> toForm(e.creditCode(), e.details()), sink);
    }

    /** 单位登记. */
    @Requires(Permission.REGISTER_WRITE)
    public EmployerRecord register(Operator op, EmployerForm form) {
        op.require(Permission.REGISTER_WRITE);
        Checked c = validate(form);
        return tx.inTransaction(() -> {
            if (employers.exists(c.code)) {
                throw invalid("creditCode", "employer.codeTaken");
            }
            Employer employer = new Employer(c.code, c.details, op.login(), clock.instant());
            employers.save(employer);
            audit.append(AuditRecord.of(op.login(), AuditAction.RECORD_CREATED, AGGREGATE, c.code));
            outbox.append(new PendingEvent(EventType.EMPLOYER_REGISTERED, op.login(), AGGREGATE, c.code,
                    payload(employer)));
            return record(employer, 0);
        });
    }

    /** 变更: everything but the credit code, which names the employer for good. */
    @Requires(Permission.REGISTER_WRITE)
    public EmployerRecord change(Operator op, long employerId, int expectedVersion, EmployerForm form) {
        op.require(Permission.REGISTER_WRITE);
        Checked c = validate(form);
        return tx.inTransaction(() -> {
            Employer employer = employers.find(employerId).orElseThrow(() -> invalid("form", "employer.notFound"));
            if (employer.version() != expectedVersion) {
                throw invalid("form", "app.changedMeanwhile");
            }
            if (!c.code.equals(employer.creditCode())) {
                throw invalid("creditCode", "employer.codeFixed");
            }
            List<String> changed = changed(record(employer, expectedVersion).form(), c.normalised);
            if (changed.isEmpty()) {
                throw invalid("form", "register.nothingChanged");
            }
            employer.change(c.details, clock.instant());
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CHANGED, AGGREGATE, employer.creditCode(),
                    "fields:" + String.join(",", changed)));
            outbox.append(new PendingEvent(EventType.EMPLOYER_CHANGED, op.login(), AGGREGATE, employer.creditCode(),
                    payload(employer)));
            return record(employer, expectedVersion + 1);
        });
    }

    /** The employer with this credit code (the registration form's picker fills from it); audited. */
    @Requires(Permission.REGISTER_VIEW)
    public Optional<EmployerRecord> findByCreditCode(Operator op, String creditCode) {
        op.require(Permission.REGISTER_VIEW);
        SocialCreditCode.Check check = SocialCreditCode.check(creditCode);
        if (!check.valid()) return Optional.empty();
        return tx.inTransaction(() -> employers.findByCreditCode(check.normalized()).map(e -> {
            audit.append(AuditRecord.of(op.login(), AuditAction.RECORD_VIEWED, AGGREGATE, e.creditCode()));
            return record(e, e.version());
        }));
    }

    /** 单位详情: the employer, its registered employees now and before, each with their permits; audited. */
    @Requires(Permission.REGISTER_VIEW)
    public EmployerPage open(Operator op, long employerId) {
        op.require(Permission.REGISTER_VIEW);
        return tx.inTransaction(() -> {
            Employer employer = employers.find(employerId).orElseThrow(() -> invalid("form", "employer.notFound"));
            EmployerPage page = new EmployerPage(record(employer, employer.version()),
                    employers.summary(employerId).orElseThrow(),
                    withPermits(employers.employees(employer.creditCode(), true, RegisterPages.PAGE_LIMIT)),
                    withPermits(employers.employees(employer.creditCode(), false, RegisterPages.PAGE_LIMIT)));
            // audited after the reads: the audit counter stays locked until the commit (see OutflowService.read)
            audit.append(AuditRecord.of(op.login(), AuditAction.RECORD_VIEWED, AGGREGATE, employer.creditCode()));
            return page;
        });
    }

    /**
     * At most {@code limit} employers from row {@code offset} (a pager asks for one row more than it shows). {@code kind} null guesses: letters are pinyin initials, text with a digit a credit
     * code, anything else a name and then an address. Audited (who and how many rows, never the text).
     */
    @Requires(Permission.REGISTER_VIEW)
    public List<EmployerSummary> search(Operator op, String text, RegisterSearch kind, int offset, int limit) {
        op.require(Permission.REGISTER_VIEW);
        String t = text == null ? "" : text.strip();
        int size = RegisterPages.size(limit);
        int from = Math.max(0, offset);
        return tx.inTransaction(() -> {
            RegisterSearch k = kind != null ? kind : RegisterChecks.guess(t);
            List<EmployerSummary> rows = employers.search(k, t, from, size);
            if (kind == null && k == RegisterSearch.NAME && rows.isEmpty()) {
                k = RegisterSearch.ADDRESS;
                rows = employers.search(k, t, from, size);
            }
            RegisterPages.searched(audit, op.login(), AGGREGATE, "kind=" + k + ",offset=" + from, rows.size());
            return rows;
        });
    }

    /** The picker's suggestions: credit code prefix, name initials or name, address; not audited (ADR 0213). */
    @Requires(Permission.REGISTER_VIEW)
    public List<RegisterSuggestion> suggest(Operator op, String text, int limit) {
        op.require(Permission.REGISTER_VIEW);
        return RegisterPages.suggest(tx, text, limit, List.of(RegisterSearch.CODE), employers::search,
                e -> new RegisterSuggestion(e.creditCode(), e.name(), e.addressText()));
    }

    private List<Employee> withPermits(List<RegistrationSummary> registrations) {
        return registrations.stream().map(r -> new Employee(r, permits.ofPerson(r.personId()))).toList();
    }

    private Checked validate(EmployerForm f) {
        if (f == null) throw invalid("form", "validation.required");
        Problems p = new Problems();
        RegisterChecks c = new RegisterChecks(p, masterData);
        String code = c.creditCode("creditCode", f.creditCode());
        String name = c.text("name", f.name(), 100, true);
        Division division = c.division("divisionCode", f.divisionCode(), null, null);
        String detail = c.text("addressDetail", f.addressDetail(), 100, true);
        String contact = c.personName("contactName", f.contactName(), 50);
        String phone = c.phone("contactPhone", f.contactPhone());
        String industry = c.text("industry", f.industry(), 50, false);
        p.throwIfAny();
        EmployerDetails details = new EmployerDetails(name, initials.initialsOf(name), division.code(), detail,
                RegisterChecks.addressLine(division, detail), contact, phone, industry);
        return new Checked(code, details, toForm(code, details));
    }

    private record Checked(String code, EmployerDetails details, EmployerForm normalised) {
    }

    private static EmployerForm toForm(String code, EmployerDetails d) {
        return new EmployerForm(code, d.name(), d.divisionCode(), d.addressDetail(), d.contactName(),
                d.contactPhone(), d.industry() == null ? "" : d.industry());
    }

    private static EmployerRecord record(Employer e, int version) {
        return new EmployerRecord(e.id(), version, toForm(e.creditCode(), e.details()), e.details().addressText(),
                e.createdAt(), e.createdBy());
    }

    private static List<String> changed(EmployerForm before, EmployerForm after) {
        return RegisterPages.changed(EmployerForm.FIELDS, values(before), values(after));
    }

    private static Object[] values(EmployerForm f) {
        return new Object[] {f.creditCode(), f.name(), f.divisionCode(), f.addressDetail(), f.contactName(),
                f.contactPhone(), f.industry()};
    }

    /** The full state after the change (PLATFORM-API §1): codes as codes, ISO dates. */
    private Map<String, Object> payload(Employer e) {
        EmployerDetails d = e.details();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("creditCode", e.creditCode());
        p.put("name", d.name());
        p.put("divisionCode", d.divisionCode());
        p.put("addressDetail", d.addressDetail());
        p.put("address", d.addressText());
        p.put("contactName", d.contactName());
        p.put("contactPhone", d.contactPhone());
        p.put("industry", d.industry() == null ? "" : d.industry());
        p.put("registeredOn", LocalDate.ofInstant(e.createdAt(), clock.getZone()).toString());
        return p;
    }

    static ValidationFailure invalid(String field, String key) {
        return new ValidationFailure(Map.of(field, Problems.message(key)));
    }
}
