package org.residencedesk.service.demodata;

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
import org.residencedesk.domain.address.AddressComposer;
import org.residencedesk.domain.address.AddressParts;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumberType;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.RegistrationDeadline;
import org.residencedesk.domain.registration.RegistrationNumberFormat;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.NameInitials;
import org.residencedesk.port.demodata.DemoRecord;

/**
 * Makes one synthetic person with complete, valid registration forms, and decides whether and how the registration
 * was later changed, ended, or followed by another one (ADR 0190). Each person draws from its own random stream
 * seeded by (seed, running index), so the output depends on the seed only — not on chunk sizes or timing.
 * Registration numbers come from the caller, who numbers registrations in date order; a person registered again
 * later is therefore finished only when the caller reaches that day ({@link Made#pendingUntil}).
 */
final class DemoRecordFactory {
    /** Share of registrations changed later / ended by a move-out (issue 3: about 10 % and 8 %). */
    static final double CHANGED_SHARE = 0.10;
    static final double MOVED_OUT_SHARE = 0.08;
    /** 换地登记 to another address of the station / registered again after a move-out (ADR 0190). */
    static final double RE_REGISTERED_SHARE = 0.05;
    static final double RETURNED_SHARE = 0.02;
    /** The oldest registered person's age today; the youngest is a month old on the first registration day. */
    static final int MAX_AGE = 80;
    private static final String[] ADDRESS_PARTS = AddressParts.FORM_FIELDS;

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

    /** A made person; {@code record} is null while a later registration waits for its day and number. */
    record Made(DemoRecord record, LocalDate pendingUntil) { }

    private final WordLists words;
    private final Places places;
    private final PersonalDetails details;
    private final Identities identities;
    private final Minors minors;
    private final Workplaces workplaces;
    private final DemoRegisters registers;
    private final IdNumberSpace idSpace;
    private final NameInitials initials;
    private final FormCodec formCodec;
    private final MasterData masterData;
    private final String formId;
    private final int formVersion;
    private final String stationCode;
    private final String localAuthority;
    private final RegistrationNumberFormat numberFormat;
    private final RegistrationDeadline deadline;
    private final List<String> operators;
    private final ZoneId zone;
    private final LocalDate today;
    private final long seed;

    DemoRecordFactory(WordLists words, Places places, NameInitials initials, FormCodec formCodec, MasterData masterData,
                      String formId, int formVersion, DemoDataGenerator.Target target, ZoneId zone, LocalDate today,
                      int days, long seed, DemoRegisters registers) {
        this.words = words;
        this.places = places;
        this.details = new PersonalDetails(words, places, masterData);
        this.identities = new Identities(words, places, details, masterData);
        this.minors = new Minors(words, details);
        this.registers = registers;
        this.workplaces = new Workplaces(words, masterData, details, registers);
        this.initials = initials;
        this.formCodec = formCodec;
        this.masterData = masterData;
        this.formId = formId;
        this.formVersion = formVersion;
        this.stationCode = target.stationCode();
        this.numberFormat = target.numberFormat();
        this.deadline = target.deadline();
        this.operators = List.copyOf(target.operators());
        this.localAuthority = details.authority(places.stationCounty());
        this.zone = zone;
        this.today = today;
        this.seed = seed;
        // the oldest is MAX_AGE today; the youngest was born a month before the earliest registration day
        this.idSpace = new IdNumberSpace(today.minusYears(MAX_AGE), today.minusDays(days).minusDays(30), today, seed);
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

    /**
     * Person {@code index}, first registered on {@code registeredOn} with {@code serial}. When the person registers
     * again later and {@code laterSerial} is not known yet (0), only the day it happens comes back; call again with
     * the serial drawn on that day for the whole record (the draws are the same, so the person is the same).
     */
    Made make(long index, LocalDate registeredOn, long serial, long laterSerial) {
        SplittableRandom rnd = new SplittableRandom(Mix.personSeed(seed, index));
        Identities.Identity id = identities.draw(idSpace.slot(index), registeredOn, rnd);
        LocalDate birth = id.birth();
        boolean minor = Minors.minor(birth, registeredOn);
        int age = Period.between(birth, registeredOn).getYears();

        FormValues.Builder f = FormValues.builder();
        identities.fill(f, id, registeredOn, localAuthority, rnd);
        String childReason = null;
        if (minor) {
            childReason = minors.fillPersonal(f, id, registeredOn);
        } else {
            f.set("education", EDUCATION.draw(rnd)).set("maritalStatus", PersonalDetails.maritalStatus(age, rnd))
                    .set("mobile", PersonalDetails.mobile(rnd));
            if (rnd.nextInt(10) == 0) f.set("fixedPhone", details.fixedPhone(Places.HUBEI, rnd));
            if (rnd.nextInt(10) < 4) {
                f.set("emergencyContact", details.someonesName(rnd)).set("emergencyPhone", PersonalDetails.mobile(rnd));
            }
        }
        Division village = places.drawResidence(rnd);
        String villageCounty = village.code().substring(0, 6);
        f.set("residenceDivision", village.code());
        address(f, village, false, rnd);
        String residenceType = RESIDENCE_TYPES.draw(rnd);
        f.set("residenceType", residenceType);
        boolean landlord = residenceType.equals("34") || (residenceType.equals("31") && rnd.nextBoolean());
        if (DemoRegisters.housed(residenceType)) {
            registers.house(f, village, residenceType, null, rnd); // address, code and landlord of the house
        } else if (landlord) {
            LocalDate landlordBirth = PersonalDetails.birthOfLocal(rnd);
            f.set("landlordName", details.someonesName(rnd))
                    .set("landlordIdNumber", PersonalDetails.othersNumber(villageCounty, landlordBirth, rnd.nextBoolean(),
                            true, rnd))
                    .set("landlordPhone", PersonalDetails.mobile(rnd));
        }
        LocalDate arrival = arrival(registeredOn, birth, rnd);
        f.set("arrivalDate", arrival.toString()).set("intendedStay", INTENDED_STAY.draw(rnd));
        String reason = minor ? childReason : age >= 63 ? (rnd.nextInt(10) < 7 ? "09" : "10")
                : age <= 24 && rnd.nextInt(5) == 0 ? "13" : REASONS.draw(rnd);
        f.set("residenceReason", reason);
        if (minor) {
            minors.school(f, id, places.county(villageCounty), arrival, registeredOn, rnd);
        } else if (age >= 63) {
            f.set("occupation", "80");
        } else {
            workplaces.work(f, reason, village, villageCounty, arrival, registeredOn, rnd);
        }
        f.group("companions");
        if (!minor && id.mainland() && !id.uyghur() && rnd.nextInt(100) < 15) {
            details.companions(f, id.male(), id.surname(), birth, id.county().code(), registeredOn, rnd);
        }
        if (minor) {
            minors.declaration(f, id, registeredOn, rnd);
            f.set("channel", "counter");
        } else {
            String declarant = DECLARANTS.draw(rnd);
            if (declarant.equals("landlord") && !landlord) declarant = "self";
            f.set("declarant", declarant).set("channel", declarant.equals("grid-worker") ? "grid" : CHANNELS.draw(rnd));
        }
        f.set("privacyConsent", "true");
        String operator = operators.get(rnd.nextInt(operators.size()));
        FormValues created = numbered(f.build(), operator, registeredOn, serial);

        DemoRecord r = new DemoRecord();
        r.idNumber = id.idNumber();
        r.idType = id.type().name();
        r.name = id.name();
        r.nameInitials = initials.initialsOf(id.name());
        r.sex = id.male() ? "1" : "2";
        r.birthDate = birth;
        DemoRecord.Registration first = registration(created, at(registeredOn, rnd));
        r.registrations.add(first);
        r.personUpdatedAt = first.registeredAt;
        FormValues current = created;
        LocalDate lastDay = registeredOn;
        if (rnd.nextDouble() < CHANGED_SHARE) {
            LocalDate day = dayBetween(registeredOn, rnd);
            Instant changedAt = after(day, first.registeredAt, rnd);
            FormValues changed = change(created, village, rnd);
            first.changedFields = changedFields(created, changed);
            first.jsonBeforeChange = json(created);
            first.changedAt = changedAt;
            first.version++;
            first.updatedAt = changedAt;
            r.personUpdatedAt = changedAt;
            r.personVersion = 1;
            current = changed;
            lastDay = day;
            judge(first, changed);
        }
        double end = rnd.nextDouble();
        LocalDate endDay = dayAfter(lastDay, 1, rnd);
        Instant lastAt = first.changedAt != null ? first.changedAt : first.registeredAt;
        r.mobile = current.get("mobile");
        if (current != created) {
            first.formJson = json(current);
            first.addressText = addressText(current);
            DemoRegisters.refer(first, current);
        }
        if (end < MOVED_OUT_SHARE + RETURNED_SHARE) {
            LocalDate day = endDay != null ? endDay : dayBetween(lastDay, rnd);
            end(first, RegistrationStatus.CANCELLED, end < MOVED_OUT_SHARE ? MOVE_OUT_REASONS.draw(rnd)
                    : MoveOutReason.MOVED_AWAY, day, after(day, lastAt, rnd));
            // came back: the next day (the chain goes on) or after a month or more away (it starts anew)
            LocalDate back = end < MOVED_OUT_SHARE ? null
                    : rnd.nextBoolean() ? (day.plusDays(1).isBefore(today) ? day.plusDays(1) : null)
                    : dayAfter(day, 31, rnd);
            if (back != null) {
                LocalDate arrived = back.minusDays(rnd.nextInt(4));
                return later(r, again(current, arrived.isAfter(day) ? arrived : back, rnd), back, laterSerial, rnd);
            }
        } else if (end < MOVED_OUT_SHARE + RETURNED_SHARE + RE_REGISTERED_SHARE && endDay != null) {
            // 换地登记: the old registration ends on the day the new address is registered (RegistrationService.reRegister)
            end(first, RegistrationStatus.SUPERSEDED, MoveOutReason.MOVED_AWAY, endDay, after(endDay, lastAt, rnd));
            LocalDate moved = endDay.minusDays(rnd.nextInt(10) < 8 ? rnd.nextInt(4) : 4 + rnd.nextInt(20));
            return later(r, again(current, moved, rnd), endDay, laterSerial, rnd);
        }
        return new Made(r, null);
    }

    private static void end(DemoRecord.Registration reg, RegistrationStatus status, MoveOutReason reason, LocalDate day,
                            Instant at) {
        reg.status = status;
        reg.endReason = reason;
        reg.endDate = day;
        reg.endedAt = at;
        reg.version++;
        reg.updatedAt = at;
    }

    /** The person's second registration on {@code day}, or only the day while its serial is unknown. */
    private Made later(DemoRecord r, FormValues form, LocalDate day, long laterSerial, SplittableRandom rnd) {
        if (laterSerial <= 0) return new Made(null, day);
        String operator = operators.get(rnd.nextInt(operators.size()));
        FormValues second = numbered(form, operator, day, laterSerial);
        Instant at = after(day, r.registrations.get(0).endedAt, rnd);
        r.registrations.add(registration(second, at));
        r.mobile = second.get("mobile");
        r.personUpdatedAt = at;
        return new Made(r, null);
    }

    /** The form of a later registration: another flat (often in another community), arrived on {@code arrival}. */
    private FormValues again(FormValues before, LocalDate arrival, SplittableRandom rnd) {
        FormValues.Builder b = before.toBuilder();
        Division village = rnd.nextInt(3) == 0 ? masterData.division(before.get("residenceDivision")).orElseThrow()
                : places.drawResidence(rnd);
        b.set("residenceDivision", village.code());
        for (String part : ADDRESS_PARTS) b.set(part, "");
        address(b, village, true, rnd);
        if (DemoRegisters.housed(before.get("residenceType"))) {
            registers.house(b, village, before.get("residenceType"), before.get("houseCode"), rnd);
        }
        LocalDate birth = LocalDate.parse(before.get("birthDate"));
        b.set("arrivalDate", (arrival.isBefore(birth) ? birth : arrival).toString());
        return b.build();
    }

    /** The system fields RegistrationService sets when it stores a registration. */
    private FormValues numbered(FormValues form, String operator, LocalDate day, long serial) {
        return form.toBuilder().set("operator", operator).set("registrationDate", day.toString())
                .set("registrationNumber", numberFormat.format(stationCode, day.getYear(), serial)).build();
    }

    /** A new ACTIVE registration of {@code form}, judged against the deadline as the service judges it. */
    private DemoRecord.Registration registration(FormValues form, Instant at) {
        DemoRecord.Registration reg = new DemoRecord.Registration();
        reg.registrationNumber = form.get("registrationNumber");
        reg.status = RegistrationStatus.ACTIVE;
        reg.residenceDivision = form.get("residenceDivision");
        reg.arrivalDate = LocalDate.parse(form.get("arrivalDate"));
        reg.registeredOn = LocalDate.parse(form.get("registrationDate"));
        reg.registeredAt = at;
        reg.operator = form.get("operator");
        reg.formVersion = formVersion;
        reg.updatedAt = at;
        reg.formJson = json(form);
        reg.addressText = addressText(form);
        DemoRegisters.refer(reg, form);
        judge(reg, form);
        return reg;
    }


    /** 逾期登记 by the station's deadline rule, from the registration's own dates (ResidenceRegistration.judgeDeadline). */
    private void judge(DemoRecord.Registration reg, FormValues form) {
        reg.lateRegistration = deadline.late(LocalDate.parse(form.get("arrivalDate")), reg.registeredOn,
                form.get("residenceReason"), form.get("intendedStay"));
        reg.intendedStayEnd = org.residencedesk.domain.registration.IntendedStay.lastDay(
                LocalDate.parse(form.get("arrivalDate")), form.get("intendedStay"));
    }

    /**
     * When someone arrived: three in four register within the deadline, more within the month, some much later (the
     * seed report's 重办证、轻登记); never before birth (a baby born here arrived at birth).
     */
    private static LocalDate arrival(LocalDate registeredOn, LocalDate birth, SplittableRandom rnd) {
        int r = rnd.nextInt(100);
        LocalDate arrival = registeredOn.minusDays(r < 75 ? rnd.nextInt(4) : r < 90 ? 4 + rnd.nextInt(27)
                : 31 + rnd.nextInt(370));
        return arrival.isBefore(birth) ? birth : arrival;
    }

    private String json(FormValues values) {
        return formCodec.toJson(formId, formVersion, values);
    }

    // ---- residence

    /** Street and number of the community's own streets; a later address gets numbers the first never has. */
    private void address(FormValues.Builder f, Division village, boolean later, SplittableRandom rnd) {
        f.set("street", pick(places.streetsOf(village, words), rnd))
                .set("houseNumber", ((later ? 1000 : 1) + rnd.nextInt(999)) + words.houseNumberSuffix);
        if (rnd.nextInt(10) < 6) {
            f.set("building", (1 + rnd.nextInt(30)) + words.buildingSuffix);
            if (rnd.nextBoolean()) f.set("unit", (1 + rnd.nextInt(6)) + words.unitSuffix);
            f.set("room", Integer.toString((1 + rnd.nextInt(33)) * 100 + 1 + rnd.nextInt(8)));
        }
    }

    private String addressText(FormValues v) {
        return AddressComposer.recordLine(masterData.path(v.get("residenceDivision")), AddressParts.of(v.fields()));
    }

    // ---- later steps

    /** A day from {@code from} to yesterday; the same day if {@code from} is yesterday. */
    private LocalDate dayBetween(LocalDate from, SplittableRandom rnd) {
        long span = ChronoUnit.DAYS.between(from, today);
        return span <= 1 ? from : from.plusDays(rnd.nextLong(span));
    }

    /** A day from {@code gap} days after {@code from} to yesterday, or null when there is none. */
    private LocalDate dayAfter(LocalDate from, int gap, SplittableRandom rnd) {
        LocalDate first = from.plusDays(gap);
        long span = ChronoUnit.DAYS.between(first, today);
        return span < 1 ? null : first.plusDays(rnd.nextLong(span));
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
        if (kind < 3 && !before.get("houseCode").isEmpty()) {
            registers.house(b, village, before.get("residenceType"), before.get("houseCode"), rnd); // moved flats
        } else if (kind < 3) {
            String street = pick(places.streetsOf(village, words), rnd);
            String house = (2000 + rnd.nextInt(999)) + words.houseNumberSuffix; // never equals an earlier number
            b.set("street", street).set("houseNumber", house);
        } else if (kind < 5 && !before.get("workplaceCreditCode").isEmpty()) {
            registers.employer(b, before.get("workplaceCreditCode"), rnd);
        } else if (kind < 5 && !before.get("workplaceName").isEmpty()) {
            String city = workplaces.cityOf(village);
            String company = workplaces.company(city, rnd);
            while (company.equals(before.get("workplaceName"))) company = workplaces.company(city, rnd);
            b.set("workplaceName", company);
        } else {
            String mobile = PersonalDetails.mobile(rnd);
            if (before.get("mobile").isEmpty()) return b.set("mobile", mobile).build();
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
