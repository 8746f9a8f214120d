package org.residencedesk.service.demodata;

import static org.residencedesk.service.demodata.Draws.digits;
import static org.residencedesk.service.demodata.Draws.pick;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IsoMod11_2;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;

/**
 * Who a demo person is: identity numbers, names, ethnic group, 户籍 address, issuing authority, card
 * validity, marital status, phone numbers, and the spouse and children who move with them. Every method
 * draws from the person's own random stream, in the order the caller asks.
 */
final class PersonalDetails {
    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "134", "135", "136", "137", "138",
            "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
            "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199"};

    private final WordLists words;
    private final Places places;
    private final MasterData masterData;

    PersonalDetails(WordLists words, Places places, MasterData masterData) {
        this.words = words;
        this.places = places;
        this.masterData = masterData;
    }

    // ---- identity

    static String idNumber(String county, LocalDate birth, int sequence) {
        String body = county + digits(birth.getYear(), 4) + digits(birth.getMonthValue(), 2)
                + digits(birth.getDayOfMonth(), 2) + digits(sequence, 3);
        return body + IsoMod11_2.checkCharacter(body);
    }

    /** A landlord: a local adult, born 1950-1995 (landlords' numbers need not be unique). */
    static LocalDate birthOfLocal(SplittableRandom rnd) {
        return LocalDate.of(1950, 1, 1).plusDays(rnd.nextInt(365 * 45));
    }

    /**
     * The number of someone who appears only inside a form (companion, guardian, landlord, collector): sequence
     * 800–999, which registered persons never use, so it is never a registered person's number. Born before 1985,
     * one in five writes the first-generation 15-digit number (GB 11643-1989), which the form accepts and keeps.
     */
    static String othersNumber(String county, LocalDate birth, boolean male, boolean legacyAllowed,
                               SplittableRandom rnd) {
        int sequence = IdNumberSpace.OTHERS_FIRST_SEQUENCE + rnd.nextInt(100) * 2 + (male ? 1 : 0);
        if (legacyAllowed && birth.getYear() < 1985 && rnd.nextInt(5) == 0) {
            return county + digits(birth.getYear() % 100, 2) + digits(birth.getMonthValue(), 2)
                    + digits(birth.getDayOfMonth(), 2) + digits(sequence, 3);
        }
        return idNumber(county, birth, sequence);
    }

    String surname(boolean rare, SplittableRandom rnd) {
        return rare ? pick(words.rareSurnames, rnd) : words.surnames.draw(rnd);
    }

    String givenName(boolean male, boolean rare, SplittableRandom rnd) {
        List<String> chars = male ? words.givenMale : words.givenFemale;
        String first = pick(chars, rnd);
        if (rnd.nextInt(3) == 0) return rare ? pick(words.rareGiven, rnd) : first;
        return first + (rare ? pick(words.rareGiven, rnd) : pick(chars, rnd));
    }

    /** Someone else's full name (an emergency contact, a landlord), man or woman. */
    String someonesName(SplittableRandom rnd) {
        return words.surnames.draw(rnd) + givenName(rnd.nextBoolean(), false, rnd);
    }

    String uyghurName(boolean male, SplittableRandom rnd) {
        return pick(male ? words.uyghurGivenMale : words.uyghurGivenFemale, rnd) + "\u00B7"
                + pick(words.uyghurFather, rnd);
    }

    /** Uyghur names get 维吾尔族; Enshi and the Tujia counties of Yichang are largely Tujia and Miao. */
    static String ethnicGroup(boolean uyghur, Division county, SplittableRandom rnd) {
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

    String hukouAddress(Division county, SplittableRandom rnd) {
        Division village = places.drawHubeiVillage(county, rnd);
        String suffix = pick(words.hukouSuffixes, rnd);
        int n = 1 + rnd.nextInt(suffix.equals(words.houseNumberSuffix) ? 200 : 12);
        if (village != null) return village.fullName() + n + suffix;
        return county.fullName() + pick(words.townNames, rnd) + pick(words.villageNames, rnd) + n + suffix;
    }

    /** 洪山区 → 武汉市公安局洪山分局; 麻城市 → 麻城市公安局. */
    String authority(Division county) {
        String name = county.name();
        if (!name.endsWith(words.districtSuffix)) return name + words.authorityBureau;
        Division city = places.city(county);
        String cityName = county.fullName().endsWith(city.name() + name) ? city.name()
                : masterData.division(county.code().substring(0, 2)).map(Division::name).orElse("");
        String text = cityName + words.authorityBureau + name.substring(0, name.length() - 1) + words.authorityBranch;
        return text.codePointCount(0, text.length()) <= 30 ? text : name + words.authorityBureau;
    }

    /** Card validity as the law has it: 10 years under 26, 20 years under 46, then long-term. */
    void validity(FormValues.Builder f, LocalDate birth, LocalDate registeredOn, SplittableRandom rnd) {
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

    static String maritalStatus(int age, SplittableRandom rnd) {
        int r = rnd.nextInt(100);
        if (age < 25) return r < 80 ? "10" : "20";
        if (age < 35) return r < 35 ? "10" : r < 95 ? "20" : "40";
        return r < 5 ? "10" : r < 90 ? "20" : r < 98 ? "40" : "30";
    }

    // ---- phones

    static String mobile(SplittableRandom rnd) {
        return MOBILE_PREFIXES[rnd.nextInt(MOBILE_PREFIXES.length)] + digits(rnd.nextInt(100_000_000), 8);
    }

    String fixedPhone(String province, SplittableRandom rnd) {
        return words.areaCode(province) + "-" + (8 * 10_000_000 + rnd.nextInt(10_000_000));
    }

    // ---- family

    /** Spouse and/or children moving with the person; children are minors with their school needs. */
    void companions(FormValues.Builder f, boolean male, String surname, LocalDate birth, String county,
                    LocalDate registeredOn, SplittableRandom rnd) {
        int rows = 0;
        if (rnd.nextInt(10) < 6) {
            LocalDate spouseBirth = birth.plusDays(rnd.nextInt(-1500, 1500));
            if (spouseBirth.isAfter(registeredOn.minusYears(20))) spouseBirth = registeredOn.minusYears(20);
            f.addRow("companions", Map.of(
                    "name", words.surnames.draw(rnd) + givenName(!male, false, rnd),
                    "idNumber", othersNumber(county, spouseBirth, !male, false, rnd),
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
                    "idNumber", othersNumber(county, childBirth, son, false, rnd),
                    "relationship", son ? "20" : "30",
                    "minor", "true",
                    "schoolNeeds", age < 3 ? "none" : age < 6 ? "kindergarten" : age < 12 ? "primary"
                            : age < 15 ? "junior" : "senior"));
            rows++;
        }
        if (rows == 0) f.group("companions");
    }
}
