package org.residencedesk.service.demodata;

import static org.residencedesk.service.demodata.Draws.digits;
import static org.residencedesk.service.demodata.Draws.pick;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumberType;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.RegistrationNumberFormat;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.NameInitials;
import org.residencedesk.port.demodata.DemoRecord;

/**
 * Makes one synthetic person with a complete, valid registration form, and decides whether and how
 * the registration was later changed or ended. Each person draws from its own random stream seeded by
 * (seed, running index), so the output depends on the seed only — not on chunk sizes or timing.
 */
final class DemoRecordFactory {
    /** Share of registrations changed later / ended by a move-out (issue 3: about 10 % and 8 %). */
    static final double CHANGED_SHARE = 0.10;
    static final double MOVED_OUT_SHARE = 0.08;
    /** Nobody registered here is younger than this on registration day (minors come as companions). */
    static final int MIN_AGE = 18;
    static final int MAX_AGE = 62;
    private static final String[] ADDRESS_PARTS = {"street", "houseNumber", "building", "unit", "room"};

    private static final Weighted<String> RESIDENCE_TYPES = Weighted.pairs("34", 55, "31", 10, "25", 12, "33", 6,
            "41", 5, "02", 4, "24", 4, "32", 4);
    private static final Weighted<String> INTENDED_STAY = Weighted.pairs("1", 5, "2", 15, "3", 25, "4", 35, "5", 12,
            "6", 8);
    private static final Weighted<String> REASONS = Weighted.pairs("01", 58, "03", 12, "04", 8, "09", 8, "10", 3,
            "02", 2, "06", 2, "14", 7);
    private static final Weighted<String> EDUCATION = Weighted.pairs("71", 34, "61", 17, "41", 5, "44", 4, "47", 2,
            "31", 15, "21", 12, "14", 2, "81", 7, "83", 1, "90", 1);
    private static final Weighted<String> DECLARANTS = Weighted.pairs("self", 85, "employer", 5, "landlord", 5,
            "grid-worker", 5);
    private static final Weighted<String> CHANNELS = Weighted.pairs("counter", 80, "online", 10, "mobile", 10);
    private static final Weighted<MoveOutReason> MOVE_OUT_REASONS = Weighted.of(List.of(MoveOutReason.MOVED_AWAY,
            MoveOutReason.RETURNED_TO_HUKOU, MoveOutReason.HUKOU_MOVED_HERE, MoveOutReason.OTHER,
            MoveOutReason.DEATH), 70, 20, 4, 5, 1);
    /** Every code drawn above, checked against the packaged code tables when the factory is built. */
    private static final Map<String, List<Weighted<String>>> CODE_TABLES = Map.of(
            "residence-types", List.of(RESIDENCE_TYPES), "intended-stay", List.of(INTENDED_STAY),
            "residence-reasons", List.of(REASONS), "occupation", List.of(Workplaces.OCCUPATIONS),
            "education", List.of(EDUCATION));

    private final WordLists words;
    private final Places places;
    private final PersonalDetails details;
    private final Workplaces workplaces;
    private final IdNumberSpace idSpace;
    private final NameInitials initials;
    private final FormCodec formCodec;
    private final MasterData masterData;
    private final String formId;
    private final int formVersion;
    private final String stationCode;
    private final List<String> operators;
    private final ZoneId zone;
    private final LocalDate today;
    private final long seed;

    DemoRecordFactory(WordLists words, Places places, NameInitials initials, FormCodec formCodec, MasterData masterData,
                      String formId,
                      int formVersion, String stationCode, List<String> operators, ZoneId zone, LocalDate today,
                      int days, long seed) {
        this.words = words;
        this.places = places;
        this.details = new PersonalDetails(words, places, masterData);
        this.workplaces = new Workplaces(words, masterData, details);
        this.initials = initials;
        this.formCodec = formCodec;
        this.masterData = masterData;
        this.formId = formId;
        this.formVersion = formVersion;
        this.stationCode = stationCode;
        this.operators = List.copyOf(operators);
        this.zone = zone;
        this.today = today;
        this.seed = seed;
        // the youngest is MIN_AGE on the earliest registration day; the oldest MAX_AGE today
        this.idSpace = new IdNumberSpace(today.minusYears(MAX_AGE), today.minusDays(days).minusYears(MIN_AGE),
                today, seed);
        CODE_TABLES.forEach((table, lists) -> lists.forEach(w -> w.values().forEach(code -> {
            if (masterData.codeTable(table).byCode(code).isEmpty()) {
                throw new IllegalStateException("demo code " + code + " is not in code table " + table);
            }
        })));
    }

    /** How many distinct persons the identity-number space can hold with these settings. */
    long capacity() {
        return idSpace.capacity();
    }

    DemoRecord make(long index, LocalDate registeredOn, long serial) {
        SplittableRandom rnd = new SplittableRandom(Mix.personSeed(seed, index));
        IdNumberSpace.Slot slot = idSpace.slot(index);
        boolean male = rnd.nextInt(100) < 53;
        int nameKind = rnd.nextInt(1000);
        boolean uyghur = nameKind < 5;
        String province = uyghur ? Places.XINJIANG : places.drawHomeProvince(rnd);
        Division county = places.drawCounty(province, rnd);
        String idNumber = PersonalDetails.idNumber(county.code(), slot.birthDate(),
                slot.sequenceIndex() * 2 + (male ? 1 : 0));
        String surname = details.surname(nameKind < 8 && !uyghur, rnd);
        String name = uyghur ? details.uyghurName(male, rnd) : surname + details.givenName(male, nameKind < 15, rnd);
        LocalDate birth = slot.birthDate();
        int age = Period.between(birth, registeredOn).getYears();

        FormValues.Builder f = FormValues.builder()
                .set("documentType", "id-card").set("idNumber", idNumber).set("name", name)
                .set("sex", male ? "1" : "2").set("ethnicGroup", PersonalDetails.ethnicGroup(uyghur, county, rnd))
                .set("birthDate", birth.toString()).set("hukouDivision", county.code())
                .set("hukouAddress", details.hukouAddress(county, rnd))
                .set("issuingAuthority", details.authority(county));
        details.validity(f, birth, registeredOn, rnd);
        f.set("education", EDUCATION.draw(rnd)).set("maritalStatus", PersonalDetails.maritalStatus(age, rnd))
                .set("mobile", PersonalDetails.mobile(rnd));
        if (rnd.nextInt(10) == 0) f.set("fixedPhone", details.fixedPhone(Places.HUBEI, rnd));
        if (rnd.nextInt(10) < 4) {
            f.set("emergencyContact", details.someonesName(rnd)).set("emergencyPhone", PersonalDetails.mobile(rnd));
        }
        Division village = places.drawResidence(rnd);
        String villageCounty = village.code().substring(0, 6);
        f.set("residenceDivision", village.code());
        address(f, rnd);
        String residenceType = RESIDENCE_TYPES.draw(rnd);
        f.set("residenceType", residenceType);
        boolean landlord = residenceType.equals("34") || (residenceType.equals("31") && rnd.nextBoolean());
        if (landlord) {
            f.set("landlordName", details.someonesName(rnd))
                    .set("landlordIdNumber", PersonalDetails.idNumber(villageCounty, PersonalDetails.birthOfLocal(rnd),
                            rnd.nextInt(1000)))
                    .set("landlordPhone", PersonalDetails.mobile(rnd));
        }
        if (rnd.nextInt(10) < 3) f.set("houseCode", village.code() + digits(rnd.nextInt(1_000_000), 6));
        LocalDate arrival = registeredOn.minusDays(rnd.nextInt(10) < 8 ? rnd.nextInt(31) : 31 + rnd.nextInt(370));
        if (arrival.isBefore(birth.plusYears(MIN_AGE - 2))) arrival = registeredOn;
        f.set("arrivalDate", arrival.toString()).set("intendedStay", INTENDED_STAY.draw(rnd));
        String reason = age <= 24 && rnd.nextInt(5) == 0 ? "13" : REASONS.draw(rnd);
        f.set("residenceReason", reason);
        workplaces.work(f, reason, village, villageCounty, arrival, registeredOn, rnd);
        f.group("companions");
        if (!uyghur && rnd.nextInt(100) < 15) {
            details.companions(f, male, surname, birth, county.code(), registeredOn, rnd);
        }
        String declarant = DECLARANTS.draw(rnd);
        if (declarant.equals("landlord") && !landlord) declarant = "self";
        f.set("declarant", declarant)
                .set("channel", declarant.equals("grid-worker") ? "grid" : CHANNELS.draw(rnd))
                .set("privacyConsent", "true");

        String number = RegistrationNumberFormat.DEFAULT.format(stationCode, registeredOn.getYear(), serial);
        String operator = operators.get(rnd.nextInt(operators.size()));
        f.set("operator", operator).set("registrationDate", registeredOn.toString())
                .set("registrationNumber", number);
        FormValues created = f.build();

        DemoRecord r = new DemoRecord();
        r.idNumber = idNumber;
        r.idType = IdNumberType.CITIZEN.name();
        r.name = name;
        r.nameInitials = initials.initialsOf(name);
        r.sex = male ? "1" : "2";
        r.birthDate = birth;
        r.registrationNumber = number;
        r.status = RegistrationStatus.ACTIVE;
        r.residenceDivision = village.code();
        r.arrivalDate = arrival;
        r.registeredOn = registeredOn;
        r.registeredAt = at(registeredOn, rnd);
        r.operator = operator;
        r.formVersion = formVersion;
        r.personUpdatedAt = r.registeredAt;
        r.updatedAt = r.registeredAt;
        FormValues current = created;
        LocalDate lastDay = registeredOn;
        Instant lastAt = r.registeredAt;
        if (rnd.nextDouble() < CHANGED_SHARE) {
            LocalDate day = dayBetween(registeredOn, rnd);
            Instant changedAt = after(day, lastAt, rnd);
            FormValues changed = change(created, village, rnd);
            r.changedFields = changedFields(created, changed);
            r.jsonBeforeChange = json(created);
            r.changedAt = changedAt;
            r.personUpdatedAt = changedAt;
            r.personVersion = 1;
            r.version++;
            r.updatedAt = changedAt;
            current = changed;
            lastDay = day;
            lastAt = changedAt;
        }
        if (rnd.nextDouble() < MOVED_OUT_SHARE) {
            LocalDate day = dayBetween(lastDay, rnd);
            r.cancelledAt = after(day, lastAt, rnd);
            r.status = RegistrationStatus.CANCELLED;
            r.endReason = MOVE_OUT_REASONS.draw(rnd);
            r.endDate = day;
            r.version++;
            r.updatedAt = r.cancelledAt;
        }
        r.mobile = current.get("mobile");
        r.addressText = addressText(current);
        r.formJson = json(current);
        return r;
    }

    private String json(FormValues values) {
        return formCodec.toJson(formId, formVersion, values);
    }

    // ---- residence

    private void address(FormValues.Builder f, SplittableRandom rnd) {
        f.set("street", pick(words.streets, rnd)).set("houseNumber", (1 + rnd.nextInt(999)) + words.houseNumberSuffix);
        if (rnd.nextInt(10) < 6) {
            f.set("building", (1 + rnd.nextInt(30)) + words.buildingSuffix);
            if (rnd.nextBoolean()) f.set("unit", (1 + rnd.nextInt(6)) + words.unitSuffix);
            f.set("room", Integer.toString((1 + rnd.nextInt(33)) * 100 + 1 + rnd.nextInt(8)));
        }
    }

    private String addressText(FormValues v) {
        String division = masterData.division(v.get("residenceDivision")).map(Division::fullName).orElse("");
        return division + Stream.of(ADDRESS_PARTS).map(v::get).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.joining());
    }

    // ---- later steps

    /** A day from {@code from} to yesterday; the same day if {@code from} is yesterday. */
    private LocalDate dayBetween(LocalDate from, SplittableRandom rnd) {
        long span = ChronoUnit.DAYS.between(from, today);
        return span <= 1 ? from : from.plusDays(rnd.nextLong(span));
    }

    private Instant at(LocalDate day, SplittableRandom rnd) {
        return day.atTime(LocalTime.of(8, 30).plusMinutes(rnd.nextInt(540))).atZone(zone).toInstant();
    }

    private Instant after(LocalDate day, Instant previous, SplittableRandom rnd) {
        Instant candidate = at(day, rnd);
        return candidate.isAfter(previous) ? candidate : previous.plus(5 + rnd.nextInt(115), ChronoUnit.MINUTES);
    }

    /** What people come back to change: the phone number, the flat, or the job. */
    private FormValues change(FormValues before, Division village, SplittableRandom rnd) {
        FormValues.Builder b = before.toBuilder();
        int kind = rnd.nextInt(10);
        if (kind < 3) {
            String street = pick(words.streets, rnd);
            String house = (1000 + rnd.nextInt(999)) + words.houseNumberSuffix; // never equals the old 1..999
            b.set("street", street).set("houseNumber", house);
        } else if (kind < 5 && !before.get("workplaceName").isEmpty()) {
            String city = workplaces.cityOf(village);
            String company = workplaces.company(city, rnd);
            while (company.equals(before.get("workplaceName"))) company = workplaces.company(city, rnd);
            b.set("workplaceName", company);
        } else {
            String mobile = PersonalDetails.mobile(rnd);
            while (mobile.equals(before.get("mobile"))) mobile = PersonalDetails.mobile(rnd);
            b.set("mobile", mobile);
        }
        return b.build();
    }

    /** Same rule as the registration service: changed field ids, sorted, comma-separated. */
    private static String changedFields(FormValues before, FormValues after) {
        TreeSet<String> keys = new TreeSet<>(before.fields().keySet());
        keys.addAll(after.fields().keySet());
        return keys.stream().filter(k -> !before.get(k).equals(after.get(k))).collect(Collectors.joining(","));
    }
}
