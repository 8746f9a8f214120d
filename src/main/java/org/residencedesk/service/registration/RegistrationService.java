package org.residencedesk.service.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.address.AddressComposer;
import org.residencedesk.domain.address.AddressParts;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.FormDefinition;
import org.residencedesk.domain.form.FormValidator;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.form.ValidationResult;
import org.residencedesk.domain.identity.IdNumberCheck;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.Person;
import org.residencedesk.domain.registration.RegistrationHistoryEntry;
import org.residencedesk.domain.registration.RegistrationDeadline;
import org.residencedesk.domain.registration.RegistrationNumberFormat;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.ResidenceRegistration;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.Counters;
import org.residencedesk.port.EmployerRepository;
import org.residencedesk.port.HouseRepository;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.NameInitials;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.PermitRepository;
import org.residencedesk.port.RegistrationRepository;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.Requires;
import org.residencedesk.service.ValidationFailure;

/**
 * 居住登记 use cases: register, change, move out, re-register, search, open and timeline. Each change
 * validates the whole form first, then commits the registration, its history, the audit entry and the
 * platform event in one transaction. The reads (look-ups, open, search, timeline) are carried out by the
 * package-private {@link RegistrationQueries}.
 */
public final class RegistrationService {
    static final String AGGREGATE = "REGISTRATION";
    /** Filled by the system, never typed; excluded from "what changed". */
    private static final List<String> SYSTEM_FIELDS = List.of("operator", "registrationDate", "registrationNumber");

    private final Transactions tx;
    private final RegistrationRepository registrations;
    private final StationRepository stations;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Counters counters;
    private final FormValidator validator;
    private final FormCodec codec;
    private final NameInitials initials;
    private final MasterData masterData;
    private final IdNumberParser idParser;
    private final RegistrationNumberFormat numberFormat;
    private final RegistrationDeadline deadline;
    private final Clock clock;
    private final RegistrationQueries queries;
    private final RegisterReferences references;

    public RegistrationService(Transactions tx, RegistrationRepository registrations, PermitRepository permits,
                               HouseRepository houses, EmployerRepository employers, StationRepository stations,
                               AuditLog audit, Outbox outbox, Counters counters, FormValidator validator,
                               FormCodec codec, NameInitials initials, MasterData masterData,
                               RegistrationNumberFormat numberFormat, RegistrationDeadline deadline, Clock clock) {
        this.tx = tx;
        this.registrations = registrations;
        this.stations = stations;
        this.audit = audit;
        this.outbox = outbox;
        this.counters = counters;
        this.validator = validator;
        this.codec = codec;
        this.initials = initials;
        this.masterData = masterData;
        this.numberFormat = numberFormat;
        this.deadline = deadline;
        this.clock = clock;
        this.idParser = new IdNumberParser(clock, masterData::isKnownCounty);
        this.queries = new RegistrationQueries(tx, registrations, permits, audit, codec, idParser);
        this.references = new RegisterReferences(tx, houses, employers);
    }

    @NoOperator("the registration form's definition: metadata, no personal data")
    public FormDefinition form() {
        return validator.definition();
    }

    @NoOperator("the registration form's validator: metadata, no personal data")
    public FormValidator validator() {
        return validator;
    }

    /**
     * Every problem of typed values by the window's rules, in the window's Chinese messages: the form's checks and
     * this service's own (a valid ID number). Empty when {@link #register} would accept them. The collection
     * import checks each row with it (docs/decisions/0233); it reads nothing stored.
     */
    @NoOperator("checks values the caller holds against the form's rules; reads and returns nothing stored")
    public List<FieldError> problems(FormValues typed) {
        ValidationResult result = validator.validate(typed);
        if (!result.isValid()) {
            return result.errors();
        }
        if (!idParser.check(org.residencedesk.domain.form.TypedInput.normalise(validator.definition(), typed)
                .get("idNumber")).valid()) {
            return List.of(new FieldError("idNumber", Problems.message("registration.idNumberInvalid")));
        }
        return List.of();
    }

    /** The ID number as registrations store it (upper case, no spaces); the text itself when it is not valid. */
    @NoOperator("normalises the caller's own text")
    public String normalizedIdNumber(String raw) {
        IdNumberCheck check = idParser.check(raw);
        return check.valid() ? check.normalized() : raw;
    }

    /**
     * Whether this station holds a registration (in any state) of the person with this arrival date: a collected
     * row that says the same is not registered twice (docs/decisions/0232). Only yes or no.
     */
    @Requires(Permission.COLLECT)
    public boolean isRegistered(Operator op, String rawIdNumber, LocalDate arrivalDate) {
        op.require(Permission.COLLECT);
        String idNumber = normalizedIdNumber(rawIdNumber);
        return tx.readOnly(() -> registrations.personIdByIdNumber(idNumber)
                .map(p -> registrations.registrationsOfPerson(p).stream()
                        .anyMatch(r -> r.arrivalDate().equals(arrivalDate)))
                .orElse(false));
    }

    /** The person's active registration at this station, if any: the counter offers a change instead. */
    @Requires(Permission.REGISTRATION_SEARCH)
    public Optional<RegistrationSummary> activeRegistrationOf(Operator op, String rawIdNumber) {
        op.require(Permission.REGISTRATION_SEARCH);
        return queries.activeRegistrationOf(op, rawIdNumber);
    }

    /**
     * The stored person behind an ID number, whether or not a registration is active now (a permit
     * holder whose registration ended is still found). Read-only, not audited: only the internal id.
     */
    @Requires(Permission.REGISTRATION_SEARCH)
    public Optional<Long> personIdOf(Operator op, String rawIdNumber) {
        op.require(Permission.REGISTRATION_SEARCH);
        return queries.personIdOf(rawIdNumber);
    }

    /** 新登记. @throws ValidationFailure bad input; @throws ActiveRegistrationExists offer a change */
    @Requires(Permission.REGISTRATION_WRITE)
    public Registered register(Operator op, FormValues typed) {
        op.require(Permission.REGISTRATION_WRITE);
        return register(op, typed, null);
    }

    /**
     * 新登记 of a person who moved here from another station of the province (换地登记 after 省级查询, ADR 0269): the
     * REGISTRATION_CREATED event carries {@code previousRegistration} (that station's code and registration number) so
     * the platform ends the old registration there. {@code movedFrom} null: an ordinary new registration.
     */
    @Requires(Permission.REGISTRATION_WRITE)
    public Registered register(Operator op, FormValues typed, MovedFrom movedFrom) {
        op.require(Permission.REGISTRATION_WRITE);
        FormValues checked = validated(typed);
        String idNumber = normalizedId(checked);
        return tx.inTransaction(() -> {
            // the house and employer codes are looked up in the save's own unit of work (ADR 0383)
            FormValues values = references.normalised(checked, null);
            // a new person costs one select of the unique key; a known one is loaded after the active check (ADR 0394)
            Optional<Long> known = registrations.personIdByIdNumber(idNumber);
            known.flatMap(registrations::findActiveForPerson).ifPresent(active -> {
                throw new ActiveRegistrationExists(active.id(), active.registrationNumber());
            });
            Person person = known.flatMap(registrations::findPerson)
                    .orElseGet(() -> new Person(idNumber, idParser.check(idNumber).type().name(), clock.instant()));
            return create(op, person, values, movedFrom);
        });
    }

    /** 换地登记: ends the active registration and registers the new address, in one transaction. */
    @Requires(Permission.REGISTRATION_WRITE)
    public Registered reRegister(Operator op, long previousRegistrationId, FormValues typed) {
        op.require(Permission.REGISTRATION_WRITE);
        FormValues checked = validated(typed);
        String idNumber = normalizedId(checked);
        return tx.inTransaction(() -> {
            FormValues values = references.normalised(checked, null);
            ResidenceRegistration previous = activeRegistration(previousRegistrationId);
            Person person = previous.person();
            if (!person.idNumber().equals(idNumber)) {
                throw invalid("idNumber", "registration.idNumberChanged");
            }
            String before = previous.formJson();
            previous.supersede(today(), clock.instant());
            registrations.addHistory(new RegistrationHistoryEntry(previous.id(), person.id(),
                    RegistrationHistoryEntry.Kind.SUPERSEDED, clock.instant(), op.login(), null, before));
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CANCELLED, AGGREGATE,
                    previous.registrationNumber(), "superseded"));
            outbox.append(new PendingEvent(EventType.REGISTRATION_CANCELLED, op.login(), AGGREGATE,
                    previous.registrationNumber(), payload(previous, codec.fromJson(previous.formJson()))));
            return create(op, person, values, null);
        });
    }

    private Registered create(Operator op, Person person, FormValues values, MovedFrom movedFrom) {
        String stationCode = stations.code().orElseThrow(() -> new IllegalStateException("no station"));
        LocalDate today = today();
        person.updateIdentity(values.get("name").strip(), initials.initialsOf(values.get("name")),
                blankToNull(values.get("sex")), LocalDate.parse(values.get("birthDate")),
                blankToNull(values.get("mobile")), clock.instant());
        registrations.savePerson(person);
        long serial = counters.next(RegistrationNumberFormat.counterName(today.getYear()));
        String number = numberFormat.format(stationCode, today.getYear(), serial);
        FormValues stored = values.toBuilder()
                .set("idNumber", person.idNumber())
                .set("operator", op.login())
                .set("registrationDate", today.toString())
                .set("registrationNumber", number)
                .build();
        ResidenceRegistration registration = new ResidenceRegistration(number, person,
                stored.get("residenceDivision"), addressText(stored), LocalDate.parse(stored.get("arrivalDate")),
                today, clock.instant(), op.login(), json(stored), form().version());
        registration.judgeDeadline(deadline, stored.get("residenceReason"), stored.get("intendedStay"));
        registration.referTo(stored.get("houseCode"), stored.get("workplaceCreditCode"));
        registrations.save(registration);
        registrations.addHistory(new RegistrationHistoryEntry(registration.id(), person.id(),
                RegistrationHistoryEntry.Kind.CREATED, clock.instant(), op.login(), null, null));
        audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CREATED, AGGREGATE, number,
                movedFrom == null ? null : "movedFrom=" + movedFrom.stationCode() + "/" + movedFrom.registrationNumber()));
        outbox.append(new PendingEvent(EventType.REGISTRATION_CREATED, op.login(), AGGREGATE, number,
                RegistrationPayload.of(registration, stored, movedFrom)));
        return new Registered(registration.id(), number, 0, stored, registration.lateRegistration());
    }

    /** 变更: address, workplace, phone … The identity number itself cannot change (that is a new person). */
    @Requires(Permission.REGISTRATION_WRITE)
    public Registered change(Operator op, long registrationId, int expectedVersion, FormValues typed) {
        op.require(Permission.REGISTRATION_WRITE);
        FormValues checked = validated(typed);
        FormValues values = references.normalised(checked, tx.readOnly(() -> registrations.findById(registrationId)
                .map(r -> codec.fromJson(r.formJson())).orElse(null)));
        String idNumber = normalizedId(values);
        return tx.inTransaction(() -> {
            ResidenceRegistration reg = activeRegistration(registrationId);
            if (reg.version() != expectedVersion) {
                throw invalid("form", "registration.changedMeanwhile");
            }
            if (!reg.person().idNumber().equals(idNumber)) {
                throw invalid("idNumber", "registration.idNumberChanged");
            }
            FormValues before = codec.fromJson(reg.formJson());
            FormValues after = values.toBuilder()
                    .set("idNumber", idNumber)
                    .set("operator", before.get("operator"))
                    .set("registrationDate", before.get("registrationDate"))
                    .set("registrationNumber", reg.registrationNumber())
                    .build();
            List<String> changed = changedFields(before, after);
            if (changed.isEmpty()) {
                throw invalid("form", "registration.nothingChanged");
            }
            registrations.addHistory(new RegistrationHistoryEntry(reg.id(), reg.person().id(),
                    RegistrationHistoryEntry.Kind.CHANGED, clock.instant(), op.login(), String.join(",", changed),
                    reg.formJson()));
            reg.change(after.get("residenceDivision"), addressText(after), LocalDate.parse(after.get("arrivalDate")),
                    json(after), form().version(), clock.instant());
            reg.judgeDeadline(deadline, after.get("residenceReason"), after.get("intendedStay"));
            reg.referTo(after.get("houseCode"), after.get("workplaceCreditCode"));
            reg.person().updateIdentity(after.get("name").strip(), initials.initialsOf(after.get("name")),
                    blankToNull(after.get("sex")), LocalDate.parse(after.get("birthDate")),
                    blankToNull(after.get("mobile")), clock.instant());
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CHANGED, AGGREGATE, reg.registrationNumber(),
                    "fields:" + String.join(",", changed)));
            outbox.append(new PendingEvent(EventType.REGISTRATION_CHANGED, op.login(), AGGREGATE,
                    reg.registrationNumber(), payload(reg, after)));
            // the change always touches the row, so the commit raises its version by exactly one
            return new Registered(reg.id(), reg.registrationNumber(), expectedVersion + 1, after,
                    reg.lateRegistration());
        });
    }

    /** 注销 (move-out) with its reason and the day the person left. */
    @Requires(Permission.REGISTRATION_WRITE)
    public void moveOut(Operator op, long registrationId, MoveOutReason reason, LocalDate leftOn) {
        op.require(Permission.REGISTRATION_WRITE);
        Problems p = new Problems();
        if (reason == null) {
            p.add("reason", "validation.required");
        }
        if (leftOn == null) {
            p.add("leftOn", "validation.required");
        } else if (leftOn.isAfter(today())) {
            p.add("leftOn", "registration.leftOn.future");
        }
        p.throwIfAny();
        tx.run(() -> {
            ResidenceRegistration reg = activeRegistration(registrationId);
            if (leftOn.isBefore(reg.arrivalDate())) {
                throw invalid("leftOn", "registration.leftOn.beforeArrival");
            }
            String before = reg.formJson();
            reg.cancel(reason, leftOn, clock.instant());
            registrations.addHistory(new RegistrationHistoryEntry(reg.id(), reg.person().id(),
                    RegistrationHistoryEntry.Kind.CANCELLED, clock.instant(), op.login(), reason.name(), before));
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CANCELLED, AGGREGATE,
                    reg.registrationNumber(), reason.name()));
            outbox.append(new PendingEvent(EventType.REGISTRATION_CANCELLED, op.login(), AGGREGATE,
                    reg.registrationNumber(), payload(reg, codec.fromJson(before))));
        });
    }

    /**
     * How many registrations made from {@code from} to {@code to} (both included) were 逾期登记, for the chief's
     * reports (ADR 0172). Counts only; no personal data.
     */
    @Requires(Permission.REPORTS)
    public long lateRegistrationCount(Operator op, LocalDate from, LocalDate to) {
        op.require(Permission.REPORTS);
        if (from == null || to == null || to.isBefore(from)) {
            throw invalid("form", "registration.late.period");
        }
        return tx.readOnly(() -> registrations.countLateRegistrations(from, to));
    }

    /** The operator unlocked identity fields read from the chip to correct them by hand. */
    @Requires(Permission.REGISTRATION_WRITE)
    public void recordCardFieldsUnlocked(Operator op) {
        op.require(Permission.REGISTRATION_WRITE);
        tx.run(() -> audit.append(AuditRecord.of(op.login(), AuditAction.CARD_FIELD_UNLOCKED, AGGREGATE, null)));
    }

    /** Opens one registration with its complete form; the look is audited. */
    @Requires(Permission.REGISTRATION_VIEW)
    public RegistrationDetails open(Operator op, long registrationId) {
        op.require(Permission.REGISTRATION_VIEW);
        return queries.open(op, registrationId);
    }

    /**
     * One page of results (newest first for exact keys, alphabetical for prefixes), ID numbers masked;
     * {@code kind} null means guess from the text. Who searched is audited, what was typed is not.
     */
    @Requires(Permission.REGISTRATION_SEARCH)
    public SearchPage search(Operator op, String text, SearchKind kind, int page, int pageSize) {
        op.require(Permission.REGISTRATION_SEARCH);
        return queries.search(op, text, kind, page, pageSize);
    }

    /**
     * The registration that stands for a person when the clerk goes to them from a list (a permit row, a
     * timeline): the active one, else the newest. Found by the person's id, never by a retyped number; audited
     * like a look-up.
     */
    @Requires(Permission.REGISTRATION_SEARCH)
    public Optional<RegistrationSummary> currentRegistrationOf(Operator op, long personId) {
        op.require(Permission.REGISTRATION_SEARCH);
        return queries.currentRegistrationOf(op, personId);
    }

    /**
     * The unmasked ID number of a listed registration's person, shown when the clerk asks for it on a masked
     * row (显示证件号码) instead of retyping it; audited as a look at the record (RECORD_VIEWED, detail
     * {@code idNumberRevealed}).
     */
    @Requires(Permission.REGISTRATION_VIEW)
    public String revealIdNumber(Operator op, long registrationId) {
        op.require(Permission.REGISTRATION_VIEW);
        return queries.revealIdNumber(op, registrationId);
    }

    /** Everything this station did for one person, newest first: registrations, changes and permit steps. */
    @Requires(Permission.REGISTRATION_VIEW)
    public List<TimelineEntry> timeline(Operator op, long personId) {
        op.require(Permission.REGISTRATION_VIEW);
        return queries.timeline(op, personId);
    }

    /** The values as stored (docs/decisions/0311: zero-width removed, ends stripped, ASCII fields in ASCII), or why not. */
    private FormValues validated(FormValues typed) {
        ValidationResult result = validator.validate(typed);
        if (!result.isValid()) {
            Map<String, String> byField = new LinkedHashMap<>();
            for (FieldError e : result.errors()) {
                byField.putIfAbsent(e.fieldPath(), e.message());
            }
            throw new ValidationFailure(byField);
        }
        return org.residencedesk.domain.form.TypedInput.normalise(validator.definition(), typed);
    }

    private String normalizedId(FormValues values) {
        IdNumberCheck check = idParser.check(values.get("idNumber"));
        if (!check.valid()) {
            throw invalid("idNumber", "registration.idNumberInvalid");
        }
        return check.normalized();
    }

    private ResidenceRegistration activeRegistration(long id) {
        ResidenceRegistration reg = registrations.findById(id).orElseThrow(() -> invalid("form", "registration.notFound"));
        if (reg.status() != org.residencedesk.domain.registration.RegistrationStatus.ACTIVE) {
            throw invalid("form", "registration.notActive");
        }
        return reg;
    }

    private String addressText(FormValues v) {
        return AddressComposer.recordLine(masterData.path(v.get("residenceDivision")), AddressParts.of(v.fields()));
    }

    private static List<String> changedFields(FormValues before, FormValues after) {
        TreeSet<String> keys = new TreeSet<>(before.fields().keySet());
        keys.addAll(after.fields().keySet());
        List<String> changed = new ArrayList<>();
        for (String k : keys) {
            if (!SYSTEM_FIELDS.contains(k) && !before.get(k).equals(after.get(k))) {
                changed.add(k);
            }
        }
        if (!before.groups().equals(after.groups())) {
            changed.addAll(new TreeSet<>(after.groups().keySet()));
        }
        return changed;
    }

    private Map<String, Object> payload(ResidenceRegistration reg, FormValues values) {
        return RegistrationPayload.of(reg, values, null);
    }

    private String json(FormValues values) {
        return codec.toJson(form().id(), form().version(), values);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static ValidationFailure invalid(String field, String key) {
        return new ValidationFailure(Map.of(field, Problems.message(key)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
