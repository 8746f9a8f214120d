package org.residencedesk.service.demodata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
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
import org.residencedesk.domain.identity.IsoMod11_2;
import org.residencedesk.domain.identity.SocialCreditCode;
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
    private static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "134", "135", "136", "137", "138",
            "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
            "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199"};

    private static final Weighted<String> RESIDENCE_TYPES = Weighted.pairs("34", 55, "31", 10, "25", 12, "33", 6,
            "41", 5, "02", 4, "24", 4, "32", 4);
    private static final Weighted<String> INTENDED_STAY = Weighted.pairs("1", 5, "2", 15, "3", 25, "4", 35, "5", 12,
            "6", 8);
    private static final Weighted<String> REASONS = Weighted.pairs("01", 58, "03", 12, "04", 8, "09", 8, "10", 3,
            "02", 2, "06", 2, "14", 7);
    private static final Weighted<String> OCCUPATIONS = Weighted.pairs("4", 35, "6", 35, "2", 10, "3", 8, "8", 6,
            "1", 3, "5", 3);
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
            "residence-reasons", List.of(REASONS), "occupation", List.of(OCCUPATIONS),
            "education", List.of(EDUCATION));

    private final WordLists words;
    private final Places places;
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
        String idNumber = idNumber(county.code(), slot.birthDate(), slot.sequenceIndex() * 2 + (male ? 1 : 0));
        String surname = nameKind < 8 && !uyghur ? pick(words.rareSurnames, rnd) : words.surnames.draw(rnd);
        String name = uyghur ? uyghurName(male, rnd) : surname + givenName(male, nameKind < 15, rnd);
        LocalDate birth = slot.birthDate();
        int age = Period.between(birth, registeredOn).getYears();

        FormValues.Builder f = FormValues.builder()
                .set("documentType", "id-card").set("idNumber", idNumber).set("name", name)
                .set("sex", male ? "1" : "2").set("ethnicGroup", ethnicGroup(uyghur, county, rnd))
                .set("birthDate", birth.toString()).set("hukouDivision", county.code())
                .set("hukouAddress", hukouAddress(county, rnd)).set("issuingAuthority", authority(county));
        validity(f, birth, registeredOn, rnd);
        f.set("education", EDUCATION.draw(rnd)).set("maritalStatus", maritalStatus(age, rnd))
                .set("mobile", mobile(rnd));
        if (rnd.nextInt(10) == 0) f.set("fixedPhone", fixedPhone(Places.HUBEI, rnd));
        if (rnd.nextInt(10) < 4) {
            f.set("emergencyContact", words.surnames.draw(rnd) + givenName(rnd.nextBoolean(), false, rnd))
                    .set("emergencyPhone", mobile(rnd));
        }
        Division village = places.drawResidence(rnd);
        String villageCounty = village.code().substring(0, 6);
        f.set("residenceDivision", village.code());
        address(f, rnd);
        String residenceType = RESIDENCE_TYPES.draw(rnd);
        f.set("residenceType", residenceType);
        boolean landlord = residenceType.equals("34") || (residenceType.equals("31") && rnd.nextBoolean());
        if (landlord) {
            f.set("landlordName", words.surnames.draw(rnd) + givenName(rnd.nextBoolean(), false, rnd))
                    .set("landlordIdNumber", idNumber(villageCounty, birthOfLocal(rnd), rnd.nextInt(1000)))
                    .set("landlordPhone", mobile(rnd));
        }
        if (rnd.nextInt(10) < 3) f.set("houseCode", village.code() + digits(rnd.nextInt(1_000_000), 6));
        LocalDate arrival = registeredOn.minusDays(rnd.nextInt(10) < 8 ? rnd.nextInt(31) : 31 + rnd.nextInt(370));
        if (arrival.isBefore(birth.plusYears(MIN_AGE - 2))) arrival = registeredOn;
        f.set("arrivalDate", arrival.toString()).set("intendedStay", INTENDED_STAY.draw(rnd));
        String reason = age <= 24 && rnd.nextInt(5) == 0 ? "13" : REASONS.draw(rnd);
        f.set("residenceReason", reason);
        work(f, reason, village, villageCounty, arrival, registeredOn, birth, rnd);
        f.group("companions");
        if (!uyghur && rnd.nextInt(100) < 15) companions(f, male, surname, birth, county.code(), registeredOn, rnd);
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

    // ---- identity

    static String idNumber(String county, LocalDate birth, int sequence) {
        String body = county + digits(birth.getYear(), 4) + digits(birth.getMonthValue(), 2)
                + digits(birth.getDayOfMonth(), 2) + digits(sequence, 3);
        return body + IsoMod11_2.checkCharacter(body);
    }

    /** A landlord: a local adult, born 1950-1995 (landlords' numbers need not be unique). */
    private static LocalDate birthOfLocal(SplittableRandom rnd) {
        return LocalDate.of(1950, 1, 1).plusDays(rnd.nextInt(365 * 45));
    }

    private String givenName(boolean male, boolean rare, SplittableRandom rnd) {
        List<String> chars = male ? words.givenMale : words.givenFemale;
        String first = pick(chars, rnd);
        if (rnd.nextInt(3) == 0) return rare ? pick(words.rareGiven, rnd) : first;
        return first + (rare ? pick(words.rareGiven, rnd) : pick(chars, rnd));
    }

    private String uyghurName(boolean male, SplittableRandom rnd) {
        return pick(male ? words.uyghurGivenMale : words.uyghurGivenFemale, rnd) + "\u00B7"
                + pick(words.uyghurFather, rnd);
    }

    /** Uyghur names get 维吾尔族; Enshi and the Tujia counties of Yichang are largely Tujia and Miao. */
    private static String ethnicGroup(boolean uyghur, Division county, SplittableRandom rnd) {
        if (uyghur) return "05";
        String c = county.code();
        int r = rnd.nextInt(100);
        if (c.startsWith("4228") || c.equals("420528") || c.equals("420529")) {
            return r < 45 ? "15" : r < 55 ? "06" : "01";
        }
        if (c.startsWith("45") && r < 30) return "08";
        if (c.startsWith("52") && r < 20) return "06";
        return r == 0 ? "03" : "01";
    }

    private String hukouAddress(Division county, SplittableRandom rnd) {
        Division village = places.drawHubeiVillage(county, rnd);
        String suffix = pick(words.hukouSuffixes, rnd);
        int n = 1 + rnd.nextInt(suffix.equals(words.houseNumberSuffix) ? 200 : 12);
        if (village != null) return village.fullName() + n + suffix;
        return county.fullName() + pick(words.townNames, rnd) + pick(words.villageNames, rnd) + n + suffix;
    }

    /** 洪山区 → 武汉市公安局洪山分局; 麻城市 → 麻城市公安局. */
    private String authority(Division county) {
        String name = county.name();
        if (!name.endsWith(words.districtSuffix)) return name + words.authorityBureau;
        Division city = places.city(county);
        String cityName = county.fullName().endsWith(city.name() + name) ? city.name()
                : masterData.division(county.code().substring(0, 2)).map(Division::name).orElse("");
        String text = cityName + words.authorityBureau + name.substring(0, name.length() - 1) + words.authorityBranch;
        return text.codePointCount(0, text.length()) <= 30 ? text : name + words.authorityBureau;
    }

    /** Card validity as the law has it: 10 years under 26, 20 years under 46, then long-term. */
    private void validity(FormValues.Builder f, LocalDate birth, LocalDate registeredOn, SplittableRandom rnd) {
        LocalDate earliest = birth.plusYears(16);
        LocalDate notBefore = registeredOn.minusYears(9);
        if (notBefore.isAfter(earliest)) earliest = notBefore;
        long span = Math.max(1, ChronoUnit.DAYS.between(earliest, registeredOn));
        LocalDate from = earliest.plusDays(rnd.nextLong(span));
        int ageAtIssue = Period.between(birth, from).getYears();
        f.set("validFrom", from.toString());
        f.set("validUntil", ageAtIssue < 26 ? from.plusYears(10).toString()
                : ageAtIssue < 46 ? from.plusYears(20).toString() : words.longTermValidity);
    }

    private static String maritalStatus(int age, SplittableRandom rnd) {
        int r = rnd.nextInt(100);
        if (age < 25) return r < 80 ? "10" : "20";
        if (age < 35) return r < 35 ? "10" : r < 95 ? "20" : "40";
        return r < 5 ? "10" : r < 90 ? "20" : r < 98 ? "40" : "30";
    }

    private static String mobile(SplittableRandom rnd) {
        return MOBILE_PREFIXES[rnd.nextInt(MOBILE_PREFIXES.length)] + digits(rnd.nextInt(100_000_000), 8);
    }

    private String fixedPhone(String province, SplittableRandom rnd) {
        return words.areaCode(province) + "-" + (8 * 10_000_000 + rnd.nextInt(10_000_000));
    }

    // ---- residence and work

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

    private void work(FormValues.Builder f, String reason, Division village, String villageCounty, LocalDate arrival,
                      LocalDate registeredOn, LocalDate birth, SplittableRandom rnd) {
        boolean employed = List.of("01", "02", "03", "04").contains(reason);
        if (employed) f.set("occupation", reason.equals("02") ? "5" : OCCUPATIONS.draw(rnd));
        if (employed && !reason.equals("02")) {
            String city = masterData.division(village.code().substring(0, 4)).map(Division::name).orElse("");
            f.set("workplaceName", company(city, rnd));
            if (rnd.nextInt(10) < 4) f.set("workplaceCreditCode", creditCode(villageCounty, rnd));
            if (rnd.nextBoolean()) f.set("workplaceAddress", city + pick(words.streets, rnd) + (1 + rnd.nextInt(500))
                    + words.houseNumberSuffix);
            if (rnd.nextInt(10) < 3) f.set("workplacePhone", fixedPhone(Places.HUBEI, rnd));
            if (reason.equals("01") && rnd.nextBoolean()) {
                LocalDate start = arrival.plusDays(rnd.nextInt(15));
                f.set("contractStart", start.toString())
                        .set("contractEnd", start.plusYears(1 + rnd.nextInt(3)).minusDays(1).toString());
                if (rnd.nextInt(10) < 6) {
                    YearMonth month = YearMonth.from(start);
                    YearMonth latest = YearMonth.from(registeredOn);
                    f.set("insuranceStartMonth", (month.isAfter(latest) ? latest : month).toString());
                }
            }
        }
        if (reason.equals("13") || (reason.equals("06") && rnd.nextBoolean())) {
            f.set("schoolName", pick(words.schools, rnd));
            if (rnd.nextInt(10) < 8) {
                f.set("studentNumber", (registeredOn.getYear() - rnd.nextInt(4)) + digits(rnd.nextInt(1_000_000), 6));
            }
        }
    }

    private String company(String city, SplittableRandom rnd) {
        return city + pick(words.companyWords, rnd) + pick(words.companyKinds, rnd);
    }

    /** A well-formed 统一社会信用代码 of a company (91) registered in the residence county. */
    private static String creditCode(String county, SplittableRandom rnd) {
        StringBuilder body = new StringBuilder("91").append(county);
        for (int i = 0; i < 9; i++) body.append(CREDIT_CODE_CHARS.charAt(rnd.nextInt(CREDIT_CODE_CHARS.length())));
        return body.append(SocialCreditCode.checkCharacter(body)).toString();
    }

    /** Spouse and/or children moving with the person; children are minors with their school needs. */
    private void companions(FormValues.Builder f, boolean male, String surname, LocalDate birth, String county,
                            LocalDate registeredOn, SplittableRandom rnd) {
        int rows = 0;
        if (rnd.nextInt(10) < 6) {
            LocalDate spouseBirth = birth.plusDays(rnd.nextInt(-1500, 1500));
            if (spouseBirth.isAfter(registeredOn.minusYears(20))) spouseBirth = registeredOn.minusYears(20);
            f.addRow("companions", Map.of(
                    "name", words.surnames.draw(rnd) + givenName(!male, false, rnd),
                    "idNumber", idNumber(county, spouseBirth, rnd.nextInt(500) * 2 + (male ? 0 : 1)),
                    "relationship", male ? "12" : "11"));
            rows++;
        }
        int children = rnd.nextInt(3);
        for (int i = 0; i < children; i++) {
            LocalDate childBirth = registeredOn.minusDays(30 + rnd.nextInt(365 * 16 - 60));
            if (childBirth.isBefore(birth.plusYears(18))) continue; // parent too young for this child
            boolean son = rnd.nextBoolean();
            int age = Period.between(childBirth, registeredOn).getYears();
            f.addRow("companions", Map.of(
                    "name", (male ? surname : words.surnames.draw(rnd)) + givenName(son, false, rnd),
                    "idNumber", idNumber(county, childBirth, rnd.nextInt(500) * 2 + (son ? 1 : 0)),
                    "relationship", son ? "20" : "30",
                    "minor", "true",
                    "schoolNeeds", age < 3 ? "none" : age < 6 ? "kindergarten" : age < 12 ? "primary"
                            : age < 15 ? "junior" : "senior"));
            rows++;
        }
        if (rows == 0) f.group("companions");
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
            String city = masterData.division(village.code().substring(0, 4)).map(Division::name).orElse("");
            String company = company(city, rnd);
            while (company.equals(before.get("workplaceName"))) company = company(city, rnd);
            b.set("workplaceName", company);
        } else {
            String mobile = mobile(rnd);
            while (mobile.equals(before.get("mobile"))) mobile = mobile(rnd);
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

    /** Zero-padded decimal; String.format costs more than the rest of a record on this path. */
    static String digits(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static String pick(List<String> list, SplittableRandom rnd) {
        return list.get(rnd.nextInt(list.size()));
    }
}
