package org.residencedesk.service.demodata;

import static org.residencedesk.service.demodata.Draws.pick;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.SocialCreditCode;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.register.HouseCode;
import org.residencedesk.domain.register.HouseKind;
import org.residencedesk.domain.register.ManagerKind;
import org.residencedesk.port.NameInitials;
import org.residencedesk.port.demodata.DemoRecord;
import org.residencedesk.port.demodata.DemoRegisterRows;

/**
 * The houses and employers of a demo station (ADR 0264): a fixed catalogue per community — rented flats let by
 * a landlord and company dormitories — and a pool of employers, each row a function of (seed, community, number)
 * only, so a person drawn into a house gets exactly the house's address, landlord and code, and the registers
 * written at the end hold the same rows. Capacities are drawn, then raised to the people registered there now,
 * except one house in {@value #OVER_CAPACITY_EVERY} of those with two or more occupants, which is left one place
 * short on purpose (超员). Houses whose occupants all moved out come from the move-outs.
 */
final class DemoRegisters {
    /** Average people per rented flat and per dormitory, employees per registered employer. */
    static final double PER_FLAT = 2.5;
    static final double PER_DORMITORY = 10;
    static final double PER_EMPLOYER = 8;
    static final int OVER_CAPACITY_EVERY = 25;
    private static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final long HOUSE_SALT = 0x484F555345L;
    private static final long EMPLOYER_SALT = 0x454D504CL;

    private final Places places;
    private final WordLists words;
    private final PersonalDetails details;
    private final MasterData masterData;
    /** Each community's division path (province first), for the address composer. */
    private final java.util.Map<String, List<Division>> paths = new java.util.concurrent.ConcurrentHashMap<>();
    private final NameInitials initials;
    private final List<Division> villages;
    private final Map<String, Integer> villageIndex = new HashMap<>();
    private final long seed;
    /** Rented flats and dormitories per community; employers of the station. */
    final int flats;
    final int dormitories;
    final int employerCount;
    /** The serial before this run's first house, per community (a forced second run numbers on). */
    private final long[] base;
    /** People registered now per house (community × number), counted from the written records. */
    private final int[] occupantsNow;
    private final boolean[] everOccupied;

    DemoRegisters(Places places, WordLists words, MasterData masterData, NameInitials initials, long persons,
                  long seed) {
        this.places = places;
        this.words = words;
        this.details = new PersonalDetails(words, places, masterData);
        this.masterData = masterData;
        this.initials = initials;
        this.villages = places.residenceVillages();
        for (int v = 0; v < villages.size(); v++) villageIndex.put(villages.get(v).code(), v);
        this.seed = seed;
        int n = villages.size();
        // 55 % rent (34), 12 % live in a dormitory (25); re-registrations add a few more occupants
        this.flats = (int) Math.max(4, Math.ceil(persons * 0.6 / PER_FLAT / n));
        this.dormitories = (int) Math.max(2, Math.ceil(persons * 0.13 / PER_DORMITORY / n));
        this.employerCount = (int) Math.max(8, Math.ceil(persons * 0.6 * 0.4 / PER_EMPLOYER));
        this.base = new long[n];
        this.occupantsNow = new int[n * (flats + dormitories)];
        this.everOccupied = new boolean[occupantsNow.length];
        if (flats + dormitories > 999_999) throw new IllegalStateException("too many houses per community");
    }

    /** The counters that number each community's houses (read before the first house is drawn). */
    List<String> counterNames() {
        return villages.stream().map(v -> HouseCode.counterName(v.code())).toList();
    }

    /** Numbers this run's houses after the ones a community already has. */
    void startAt(ToLongFunction<String> lastSerial) {
        for (int v = 0; v < villages.size(); v++) {
            base[v] = lastSerial.applyAsLong(HouseCode.counterName(villages.get(v).code()));
            if (base[v] + flats + dormitories > 999_999) throw new IllegalStateException("house serials exhausted");
        }
    }

    /** 租赁房屋 and 单位内部 registrations live in a house of the register; others name none. */
    static boolean housed(String residenceType) {
        return "34".equals(residenceType) || "25".equals(residenceType);
    }

    /**
     * Puts the person into a house of {@code village} of the kind their 居住处所 says: the house's address parts and
     * code, and for a rented flat its landlord. {@code avoid}: the code of the house they leave (never drawn again).
     */
    void house(FormValues.Builder f, Division village, String residenceType, String avoid, SplittableRandom rnd) {
        int v = villageIndex.get(village.code());
        boolean dormitory = "25".equals(residenceType);
        int k;
        do {
            k = dormitory ? flats + rnd.nextInt(dormitories) : rnd.nextInt(flats);
        } while (code(v, k).equals(avoid));
        DemoRegisterRows.House h = house(v, k, 0, null, null);
        f.set("street", h.street()).set("houseNumber", h.houseNumber()).set("building", blank(h.building()))
                .set("unit", blank(h.unit())).set("room", blank(h.room())).set("houseCode", h.houseCode());
        if (!dormitory) {
            f.set("landlordName", h.managerName()).set("landlordIdNumber", h.managerIdNumber())
                    .set("landlordPhone", h.managerPhone());
        }
    }

    /** A registered employer as the person's workplace: name, credit code, address, phone. */
    void employer(FormValues.Builder f, String avoid, SplittableRandom rnd) {
        DemoRegisterRows.Employer e;
        do {
            e = employer(rnd.nextInt(employerCount), null, null);
        } while (e.creditCode().equals(avoid));
        f.set("workplaceName", e.name()).set("workplaceCreditCode", e.creditCode())
                .set("workplaceAddress", e.addressText().length() <= 100 ? e.addressText() : e.addressDetail())
                .set("workplacePhone", e.contactPhone());
    }

    /** Counts who lives in which house now (writer thread, after each chunk). */
    void count(DemoRecord r) {
        for (DemoRecord.Registration g : r.registrations) {
            if (g.houseCode == null || g.houseCode.length() != 18) continue;
            Integer v = villageIndex.get(g.houseCode.substring(0, 12));
            if (v == null) continue;
            long k = Long.parseLong(g.houseCode.substring(12)) - base[v] - 1;
            if (k < 0 || k >= flats + dormitories) continue;
            int i = (int) (v * (long) (flats + dormitories) + k);
            everOccupied[i] = true;
            if (g.status == org.residencedesk.domain.registration.RegistrationStatus.ACTIVE) occupantsNow[i]++;
        }
    }

    /** Every house of the run with its final capacity. */
    List<DemoRegisterRows.House> houses(Instant createdAt, String createdBy) {
        List<DemoRegisterRows.House> out = new ArrayList<>(occupantsNow.length);
        int crowded = 0;
        for (int v = 0; v < villages.size(); v++) {
            for (int k = 0; k < flats + dormitories; k++) {
                int now = occupantsNow[v * (flats + dormitories) + k];
                DemoRegisterRows.House h = house(v, k, 0, createdAt, createdBy);
                int capacity = Math.max(h.capacity(), now);
                if (now >= 2 && crowded++ % OVER_CAPACITY_EVERY == 0) capacity = now - 1; // 超员 on purpose
                out.add(house(v, k, capacity, createdAt, createdBy));
            }
        }
        return out;
    }

    /** The last serial used per community's house counter. */
    Map<String, Long> lastSerials() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int v = 0; v < villages.size(); v++) {
            out.put(HouseCode.counterName(villages.get(v).code()), base[v] + flats + dormitories);
        }
        return out;
    }

    List<DemoRegisterRows.Employer> employers(Instant createdAt, String createdBy) {
        List<DemoRegisterRows.Employer> out = new ArrayList<>(employerCount);
        for (int j = 0; j < employerCount; j++) out.add(employer(j, createdAt, createdBy));
        return out;
    }

    private String code(int v, int k) {
        return HouseCode.assigned(villages.get(v).code(), base[v] + k + 1);
    }

    /** House {@code k} of community {@code v}: flats first, then dormitories; capacity 0 = the drawn one. */
    private DemoRegisterRows.House house(int v, int k, int capacity, Instant createdAt, String createdBy) {
        SplittableRandom r = new SplittableRandom(Mix.personSeed(seed ^ HOUSE_SALT, v * 1_000_000L + k));
        Division village = villages.get(v);
        boolean dormitory = k >= flats;
        String street = pick(places.streetsOf(village, words), r);
        // number and building together are unique in the community: no two houses share an address
        String number = (1 + k / 6) + words.houseNumberSuffix;
        String building = (1 + k % 6) + words.buildingSuffix;
        String unit = dormitory ? null : (1 + r.nextInt(6)) + words.unitSuffix;
        String room = dormitory ? null : Integer.toString((1 + r.nextInt(18)) * 100 + 1 + r.nextInt(4));
        // composed like the registrations' address (RegistrationService, DemoRecordFactory): the same text
        String addressText = org.residencedesk.domain.address.AddressComposer.recordLine(
                paths.computeIfAbsent(village.code(), masterData::path),
                new org.residencedesk.domain.address.AddressParts(street, number, building, unit, room));
        int rooms = dormitory ? 4 + r.nextInt(9) : 1 + r.nextInt(3);
        int drawn = dormitory ? rooms * 4 : rooms * 2;
        String name;
        String id = null;
        String credit = null;
        String phone;
        if (dormitory) {
            DemoRegisterRows.Employer owner = employer(r.nextInt(employerCount), null, null);
            name = owner.name();
            credit = owner.creditCode();
            phone = owner.contactPhone();
        } else {
            name = details.someonesName(r);
            id = PersonalDetails.othersNumber(village.code().substring(0, 6), PersonalDetails.birthOfLocal(r),
                    r.nextBoolean(), false, r);
            phone = PersonalDetails.mobile(r);
        }
        return new DemoRegisterRows.House(code(v, k), (dormitory ? HouseKind.DORMITORY : HouseKind.RENTAL).name(),
                village.code(), street, number, building, unit, room, addressText,
                (dormitory ? ManagerKind.ORGANISATION : ManagerKind.PERSON).name(), name, initialsFor(name, createdAt),
                id, credit, phone, rooms, capacity > 0 ? capacity : drawn, createdAt, createdBy);
    }

    /** Employer {@code j}: a company of the station's city with a credit code no other employer of the seed has. */
    private DemoRegisterRows.Employer employer(int j, Instant createdAt, String createdBy) {
        SplittableRandom r = new SplittableRandom(Mix.personSeed(seed ^ EMPLOYER_SALT, j));
        Division village = villages.get(r.nextInt(villages.size()));
        String city = masterData.division(village.code().substring(0, 4)).map(Division::name).orElse("");
        String name = city + pick(words.companyWords, r) + pick(words.companyKinds, r);
        StringBuilder body = new StringBuilder("91").append(village.code(), 0, 6);
        long n = Math.floorMod(Mix.mix64(seed ^ EMPLOYER_SALT), 1_000_000_000L) + j; // 9 base-31 places hold it
        char[] digits = new char[9];
        for (int i = 8; i >= 0; i--) {
            digits[i] = CREDIT_CODE_CHARS.charAt((int) (n % CREDIT_CODE_CHARS.length()));
            n /= CREDIT_CODE_CHARS.length();
        }
        body.append(digits);
        String code = body.append(SocialCreditCode.checkCharacter(body)).toString();
        String detail = pick(places.streetsOf(village, words), r) + (1 + r.nextInt(500)) + words.houseNumberSuffix;
        return new DemoRegisterRows.Employer(code, name, initialsFor(name, createdAt), village.code(), detail,
                village.fullName() + detail, details.someonesName(r), details.fixedPhone(Places.HUBEI, r), null,
                createdAt, createdBy);
    }

    /** The register keys RegistrationService copies from the form into their columns. */
    static void refer(DemoRecord.Registration reg, FormValues form) {
        reg.houseCode = form.get("houseCode").isBlank() ? null : form.get("houseCode");
        reg.workplaceCreditCode = form.get("workplaceCreditCode").isBlank() ? null : form.get("workplaceCreditCode");
    }

    /** Pinyin initials only for the rows written (a person drawn into a house needs none). */
    private String initialsFor(String name, Instant createdAt) {
        return createdAt == null ? null : initials.initialsOf(name);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
