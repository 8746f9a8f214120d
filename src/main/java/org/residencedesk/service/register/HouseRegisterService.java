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
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.domain.register.House;
import org.residencedesk.domain.register.HouseCode;
import org.residencedesk.domain.register.HouseDetails;
import org.residencedesk.domain.register.HouseKind;
import org.residencedesk.domain.register.HouseListing;
import org.residencedesk.domain.register.HouseSummary;
import org.residencedesk.domain.register.ManagerKind;
import org.residencedesk.domain.register.RegisterSearch;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.Counters;
import org.residencedesk.port.HouseRepository;
import org.residencedesk.port.NameInitials;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.Requires;
import org.residencedesk.service.ValidationFailure;

/**
 * 房屋登记簿 (以房管人, issue 14 item 1): register and change houses, find them by code, address, landlord name or
 * its pinyin initials, and open a house with its occupants now and before. Every change commits the house, its
 * audit entry and its HOUSE_REGISTERED / HOUSE_CHANGED event in one transaction; every look is audited except
 * the picker's suggestions, which show no ID number or phone (ADR 0213).
 */
public final class HouseRegisterService {
    static final String AGGREGATE = "HOUSE";
    /** Houses are where the station's people live: in Hubei (as the registration form's residence). */
    private static final String WITHIN = "42";

    private final Transactions tx;
    private final HouseRepository houses;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Counters counters;
    private final MasterData masterData;
    private final NameInitials initials;
    private final IdNumberParser idParser;
    private final Clock clock;

    public HouseRegisterService(Transactions tx, HouseRepository houses, AuditLog audit, Outbox outbox,
                                Counters counters, MasterData masterData, NameInitials initials, Clock clock) {
        this.tx = tx;
        this.houses = houses;
        this.audit = audit;
        this.outbox = outbox;
        this.counters = counters;
        this.masterData = masterData;
        this.initials = initials;
        this.clock = clock;
        this.idParser = new IdNumberParser(clock, masterData::isKnownCounty);
    }

    /**
     * Validates a house without storing it (the collection queue checks rows with it): the normalised form, or
     * {@link ValidationFailure} with a Chinese message per bad field. A given code that is already registered
     * is reported on {@code houseCode}.
     */
    @NoOperator("validation only: reads no stored personal data, only whether a house code is taken")
    public HouseForm check(HouseForm form) {
        Checked c = validate(form);
        if (c.code != null && tx.readOnly(() -> houses.exists(c.code))) {
            throw invalid("houseCode", "house.codeTaken");
        }
        return c.normalised;
    }

    /**
     * The rules of {@link #register} without looking at the register: the normalised form, or
     * {@link ValidationFailure}. A collected row uses it (ADR 0290): a house already registered is a duplicate
     * there, found by {@link #isRegistered}, not a bad row.
     */
    @NoOperator("validation only: reads nothing stored")
    public HouseForm checkValues(HouseForm form) {
        return validate(form).normalised;
    }

    /**
     * Whether the register holds the house of a normalised form ({@link #checkValues}): its code, or — without a
     * code — a house at the same division, street, number, building, unit and room (ADR 0291). Only yes or no.
     */
    @Requires(Permission.COLLECT)
    public boolean isRegistered(Operator op, HouseForm normalised) {
        op.require(Permission.COLLECT);
        if (!normalised.houseCode().isBlank()) {
            return tx.readOnly(() -> houses.exists(normalised.houseCode()));
        }
        return tx.readOnly(() -> houses.existsAt(normalised.divisionCode(), normalised.street(),
                normalised.houseNumber(), normalised.building(), normalised.unit(), normalised.room()));
    }

    /**
     * Every house as its complete form (codes as codes, the manager's ID number in full), in registration order,
     * for the export (ADR 0292); a page of houses per read. @return houses passed on
     */
    @Requires(Permission.EXPORT)
    public long exportForms(Operator op, java.util.function.Consumer<HouseForm> sink) {
        op.require(Permission.EXPORT);
        return RegisterPages.export(tx, houses, houses::after, House::id, h -> toForm(h.houseCode(), h.details()), sink);
    }

    /** 房屋登记. A blank code gets the station's own (community code + serial). */
    @Requires(Permission.REGISTER_WRITE)
    public HouseRecord register(Operator op, HouseForm form) {
        op.require(Permission.REGISTER_WRITE);
        Checked c = validate(form);
        return tx.inTransaction(() -> {
            String code = c.code;
            if (code == null) {
                do {
                    code = HouseCode.assigned(c.details.divisionCode(),
                            counters.next(HouseCode.counterName(c.details.divisionCode())));
                } while (houses.exists(code)); // a landlord's own code may already have taken the number
            } else if (houses.exists(code)) {
                throw invalid("houseCode", "house.codeTaken");
            }
            House house = new House(code, c.details, op.login(), clock.instant());
            houses.save(house);
            audit.append(AuditRecord.of(op.login(), AuditAction.RECORD_CREATED, AGGREGATE, code));
            outbox.append(new PendingEvent(EventType.HOUSE_REGISTERED, op.login(), AGGREGATE, code, payload(house)));
            return record(house, 0);
        });
    }

    /** 变更: everything but the code, which never changes. */
    @Requires(Permission.REGISTER_WRITE)
    public HouseRecord change(Operator op, long houseId, int expectedVersion, HouseForm form) {
        op.require(Permission.REGISTER_WRITE);
        Checked c = validate(form);
        return tx.inTransaction(() -> {
            House house = houses.find(houseId).orElseThrow(() -> invalid("form", "house.notFound"));
            if (house.version() != expectedVersion) {
                throw invalid("form", "app.changedMeanwhile");
            }
            if (c.code != null && !c.code.equals(house.houseCode())) {
                throw invalid("houseCode", "house.codeFixed");
            }
            List<String> changed = changedFields(record(house, house.version()).form(),
                    toForm(house.houseCode(), c.details));
            if (changed.isEmpty()) {
                throw invalid("form", "register.nothingChanged");
            }
            house.change(c.details, clock.instant());
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_CHANGED, AGGREGATE, house.houseCode(),
                    "fields:" + String.join(",", changed)));
            outbox.append(new PendingEvent(EventType.HOUSE_CHANGED, op.login(), AGGREGATE, house.houseCode(),
                    payload(house)));
            // the change always touches the row, so the commit raises its version by exactly one
            return record(house, expectedVersion + 1);
        });
    }

    /** The house with this code, complete (the picker fills the landlord's ID number from it); audited. */
    @Requires(Permission.REGISTER_VIEW)
    public Optional<HouseRecord> findByCode(Operator op, String houseCode) {
        op.require(Permission.REGISTER_VIEW);
        Optional<String> code = HouseCode.normalize(houseCode);
        if (code.isEmpty()) return Optional.empty();
        return tx.inTransaction(() -> houses.findByCode(code.get()).map(h -> {
            audit.append(AuditRecord.of(op.login(), AuditAction.RECORD_VIEWED, AGGREGATE, h.houseCode()));
            return record(h, h.version());
        }));
    }

    /** 房屋详情: the house, its occupants now and before, and whether it is over capacity; audited. */
    @Requires(Permission.REGISTER_VIEW)
    public HousePage open(Operator op, long houseId) {
        op.require(Permission.REGISTER_VIEW);
        return tx.inTransaction(() -> {
            House house = houses.find(houseId).orElseThrow(() -> invalid("form", "house.notFound"));
            HousePage page = new HousePage(record(house, house.version()), houses.summary(houseId).orElseThrow(),
                    houses.occupants(house.houseCode(), true, RegisterPages.PAGE_LIMIT),
                    houses.occupants(house.houseCode(), false, RegisterPages.PAGE_LIMIT),
                    houses.stays(house.houseCode()));
            // audited after the reads: the audit counter stays locked until the commit (see OutflowService.read)
            audit.append(AuditRecord.of(op.login(), AuditAction.RECORD_VIEWED, AGGREGATE, house.houseCode()));
            return page;
        });
    }

    /**
     * One page of houses (manager ID numbers masked). {@code kind} null guesses from the text: letters are pinyin
     * initials, text with a digit a house code, anything else a landlord name and then an address. Audited
     * (who searched and how many rows, never the text).
     */
    @Requires(Permission.REGISTER_VIEW)
    public List<HouseSummary> search(Operator op, String text, RegisterSearch kind, int page, int pageSize) {
        op.require(Permission.REGISTER_VIEW);
        String t = text == null ? "" : text.strip();
        int size = RegisterPages.size(pageSize);
        int offset = RegisterPages.offset(page, size);
        return tx.inTransaction(() -> {
            RegisterSearch k = kind != null ? kind : RegisterChecks.guess(t);
            List<HouseSummary> rows = houses.search(k, t, offset, size);
            if (kind == null && k == RegisterSearch.NAME && rows.isEmpty()) {
                k = RegisterSearch.ADDRESS;
                rows = houses.search(k, t, offset, size);
            }
            RegisterPages.searched(audit, op.login(), AGGREGATE, "kind=" + k + ",page=" + page, rows.size());
            return rows;
        });
    }

    /**
     * One page of the 登记簿's house list: houses of {@code listing} (all, 超员, 全部迁出) whose code, landlord name,
     * pinyin initials or address matches {@code text} as {@link #search} guesses it (letters that are nobody's
     * initials are tried as the start of a house code; blank: every house), of
     * kind {@code only} unless null; ordered by house code; at most {@code limit} rows from row {@code offset} (a
     * pager asks for one row more than it shows, to know whether a next page exists). Audited like a search.
     */
    @Requires(Permission.REGISTER_VIEW)
    public List<HouseSummary> list(Operator op, HouseListing listing, String text, HouseKind only, int offset,
                                   int limit) {
        op.require(Permission.REGISTER_VIEW);
        String t = text == null ? "" : text.strip();
        int size = RegisterPages.size(limit);
        int from = Math.max(0, offset);
        HouseListing l = listing == null ? HouseListing.ALL : listing;
        return tx.inTransaction(() -> {
            RegisterSearch k = RegisterChecks.guess(t);
            List<HouseSummary> rows = houses.list(l, k, t, only, from, size);
            // letters that are no landlord's initials may start a house code; a name may be part of an address
            RegisterSearch next = k == RegisterSearch.INITIALS ? RegisterSearch.CODE
                    : k == RegisterSearch.NAME ? RegisterSearch.ADDRESS : null;
            if (!t.isEmpty() && next != null && rows.isEmpty()) {
                k = next;
                rows = houses.list(l, k, t, only, from, size);
            }
            RegisterPages.searched(audit, op.login(), AGGREGATE, "kind=" + k + ",listing=" + l + ",offset=" + from,
                    rows.size());
            return rows;
        });
    }

    /** Houses whose occupants have all moved out (有人住过、现已无人登记居住); audited like a search. */
    @Requires(Permission.REGISTER_VIEW)
    public List<HouseSummary> allMovedOut(Operator op, int page, int pageSize) {
        op.require(Permission.REGISTER_VIEW);
        int size = RegisterPages.size(pageSize);
        return tx.inTransaction(() -> {
            List<HouseSummary> rows = houses.allMovedOut(RegisterPages.offset(page, size), size);
            RegisterPages.searched(audit, op.login(), AGGREGATE, "kind=ALL_MOVED_OUT,page=" + page, rows.size());
            return rows;
        });
    }

    /** Houses with more people registered now than they may hold; audited like a search. */
    @Requires(Permission.REGISTER_VIEW)
    public List<HouseSummary> overCapacity(Operator op, int page, int pageSize) {
        op.require(Permission.REGISTER_VIEW);
        int size = RegisterPages.size(pageSize);
        return tx.inTransaction(() -> {
            List<HouseSummary> rows = houses.overCapacity(RegisterPages.offset(page, size), size);
            RegisterPages.searched(audit, op.login(), AGGREGATE, "kind=OVER_CAPACITY,page=" + page, rows.size());
            return rows;
        });
    }

    /**
     * The picker's suggestions (registration form): code prefix, landlord initials or name, any part of the
     * address; at most {@code limit}, no ID number or phone, not audited per keystroke (ADR 0213).
     */
    @Requires(Permission.REGISTER_VIEW)
    public List<RegisterSuggestion> suggest(Operator op, String text, int limit) {
        op.require(Permission.REGISTER_VIEW);
        return RegisterPages.suggest(tx, text, limit, List.of(RegisterSearch.CODE, RegisterSearch.ADDRESS),
                houses::search, h -> new RegisterSuggestion(h.houseCode(), h.managerName(), h.addressText()));
    }

    private Checked validate(HouseForm f) {
        if (f == null) throw invalid("form", "validation.required");
        Problems p = new Problems();
        RegisterChecks c = new RegisterChecks(p, masterData);
        String code = null;
        if (f.houseCode() != null && !f.houseCode().isBlank()) {
            code = HouseCode.normalize(f.houseCode()).orElse(null);
            if (code == null) p.add("houseCode", "house.badCode");
        }
        HouseKind kind = null;
        if (f.kind() == null || f.kind().isBlank()) {
            p.add("kind", "validation.required");
        } else {
            kind = HouseKind.ofCode(f.kind()).orElse(null);
            if (kind == null) p.add("kind", "house.unknownKind");
        }
        Division division = c.division("divisionCode", f.divisionCode(), DivisionLevel.VILLAGE, WITHIN);
        String street = c.text("street", f.street(), 50, true);
        String number = c.text("houseNumber", f.houseNumber(), 20, true);
        String building = c.text("building", f.building(), 10, false);
        String unit = c.text("unit", f.unit(), 10, false);
        String room = c.text("room", f.room(), 10, false);
        ManagerKind managerKind = null;
        if (f.managerKind() == null || f.managerKind().isBlank()) {
            p.add("managerKind", "validation.required");
        } else {
            managerKind = ManagerKind.ofCode(f.managerKind()).orElse(null);
            if (managerKind == null) p.add("managerKind", "house.unknownManagerKind");
        }
        String name = null;
        String idNumber = null;
        String creditCode = null;
        if (managerKind == ManagerKind.ORGANISATION) {
            name = c.text("managerName", f.managerName(), 100, true);
            creditCode = c.creditCode("managerCreditCode", f.managerCreditCode());
            c.mustBeBlank("managerIdNumber", f.managerIdNumber(), "house.idNumberOnlyForPerson");
        } else {
            name = c.personName("managerName", f.managerName(), 50);
            if (managerKind == ManagerKind.PERSON) {
                idNumber = c.idNumber("managerIdNumber", f.managerIdNumber(), idParser);
                c.mustBeBlank("managerCreditCode", f.managerCreditCode(), "house.creditCodeOnlyForOrganisation");
            }
        }
        String phone = c.phone("managerPhone", f.managerPhone());
        Integer rooms = c.number("rooms", f.rooms(), 0, 999, 0);
        Integer capacity = c.number("capacity", f.capacity(), 1, 9999, null);
        String note = c.text("note", f.note(), 200, false);
        p.throwIfAny();
        HouseDetails details = new HouseDetails(kind, division.code(), street, number, building, unit, room,
                RegisterChecks.addressLine(division, street, number, building, unit, room), managerKind, name,
                initials.initialsOf(name), idNumber, creditCode, phone, rooms, capacity, note);
        return new Checked(code, details, toForm(code, details));
    }

    private record Checked(String code, HouseDetails details, HouseForm normalised) {
    }

    private static HouseForm toForm(String code, HouseDetails d) {
        return new HouseForm(code == null ? "" : code, d.kind().name(), d.divisionCode(), d.street(),
                d.houseNumber(), e(d.building()), e(d.unit()), e(d.room()), d.managerKind().name(), d.managerName(),
                e(d.managerIdNumber()), e(d.managerCreditCode()), d.managerPhone(),
                d.rooms() == 0 ? "" : Integer.toString(d.rooms()), Integer.toString(d.capacity()), e(d.note()));
    }

    private static HouseRecord record(House h, int version) {
        return new HouseRecord(h.id(), version, toForm(h.houseCode(), h.details()), h.addressText(), h.createdAt(),
                h.createdBy());
    }

    private static List<String> changedFields(HouseForm before, HouseForm after) {
        return RegisterPages.changed(HouseForm.FIELDS, values(before), values(after));
    }

    private static Object[] values(HouseForm f) {
        return new Object[] {f.houseCode(), f.kind(), f.divisionCode(), f.street(), f.houseNumber(), f.building(),
                f.unit(), f.room(), f.managerKind(), f.managerName(), f.managerIdNumber(), f.managerCreditCode(),
                f.managerPhone(), f.rooms(), f.capacity(), f.note()};
    }

    /** The full state after the change (PLATFORM-API §1): codes as codes, dates ISO, ID number in full. */
    private Map<String, Object> payload(House h) {
        HouseDetails d = h.details();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("houseCode", h.houseCode());
        p.put("kind", d.kind().name());
        p.put("divisionCode", d.divisionCode());
        p.put("street", d.street());
        p.put("houseNumber", d.houseNumber());
        p.put("building", e(d.building()));
        p.put("unit", e(d.unit()));
        p.put("room", e(d.room()));
        p.put("address", d.addressText());
        p.put("managerKind", d.managerKind().name());
        p.put("managerName", d.managerName());
        p.put("managerIdNumber", e(d.managerIdNumber()));
        p.put("managerCreditCode", e(d.managerCreditCode()));
        p.put("managerPhone", d.managerPhone());
        p.put("rooms", d.rooms());
        p.put("capacity", d.capacity());
        p.put("note", e(d.note()));
        p.put("registeredOn", LocalDate.ofInstant(h.createdAt(), clock.getZone()).toString());
        return p;
    }

    private static String e(String s) {
        return s == null ? "" : s;
    }

    static ValidationFailure invalid(String field, String key) {
        return new ValidationFailure(Map.of(field, Problems.message(key)));
    }
}
