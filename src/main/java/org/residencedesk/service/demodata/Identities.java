package org.residencedesk.service.demodata;

import static org.residencedesk.service.demodata.Draws.digits;
import static org.residencedesk.service.demodata.Draws.pick;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumberType;
import org.residencedesk.domain.identity.IsoMod11_2;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.registration.DocumentKindRules;

/**
 * Who a demo person is on paper (ADR 0190): the document kind and its number, name, sex, birth date, and the
 * identity part of the form as the counter would fill it for that kind. Most people hold a 居民身份证; some a
 * 临时居民身份证; adults from Hong Kong, Macao and Taiwan a 港澳台居民居住证; foreigners a 外国人永久居留身份证 of
 * the 2017 or 2023 edition. Every number is built from the person's unique {@link IdNumberSpace.Slot}, so no two
 * registered persons share a number, whatever their kind.
 */
final class Identities {
    /**
     * Per thousand adults: HK/Macao/Taiwan residents, foreigners (2017 / 2023 card; a university township has a
     * few), temporary ID cards.
     */
    private static final int HMT_PER_MILLE = 10;
    private static final int FOREIGN_2017_PER_MILLE = 4;
    private static final int FOREIGN_2023_PER_MILLE = 5;
    private static final int TEMPORARY_CARD_PER_MILLE = 8;
    private static final Map<String, String> HMT_PREFIX = Map.of("HKG", "810000", "MAC", "820000", "TWN", "830000");
    /** The 2023 card went into use on this day; the 2017 card was issued until the day before. */
    private static final LocalDate EDITION_2023 = LocalDate.of(2023, 12, 1);
    private static final LocalDate EDITION_2017 = LocalDate.of(2017, 6, 15);
    /** The province of acceptance written into 2023 numbers and 2017 places: this station's province. */
    private static final String PROVINCE = Places.HUBEI;

    /** The drawn identity. {@code county} is the hukou county (null for HK/Macao/Taiwan and foreigners). */
    record Identity(IdNumberType type, String documentType, String idNumber, String nationality, String name,
                    String surname, boolean male, LocalDate birth, Division county, boolean uyghur) {
        boolean mainland() {
            return county != null;
        }
    }

    private final WordLists words;
    private final Places places;
    private final PersonalDetails details;
    /** GB/T 2659 numeric code of every nationality the foreigner names are listed for. */
    private final Map<String, String> numericOf = new TreeMap<>();
    private final List<String> nationalities;

    Identities(WordLists words, Places places, PersonalDetails details, MasterData masterData) {
        this.words = words;
        this.places = places;
        this.details = details;
        for (String alpha : words.foreignMale.keySet()) {
            String name = masterData.codeTable(DocumentKindRules.NATIONALITY_TABLE).byCode(alpha)
                    .map(CodeEntry::name)
                    .orElseThrow(() -> new IllegalStateException("demo nationality " + alpha + " is not in GB/T 2659"));
            numericOf.put(alpha, masterData.codeTable(DocumentKindRules.NATIONALITY_NUMERIC_TABLE).byName(name)
                    .map(CodeEntry::code)
                    .orElseThrow(() -> new IllegalStateException("demo nationality " + alpha + " has no numeric code")));
        }
        for (String region : words.hmtRegions.values()) {
            if (!HMT_PREFIX.containsKey(region)) throw new IllegalStateException("not a HK/Macao/Taiwan code: " + region);
        }
        this.nationalities = List.copyOf(numericOf.keySet());
    }

    /** Draws the kind (children and Uyghur names are always mainland citizens) and makes the number and name. */
    Identity draw(IdNumberSpace.Slot slot, LocalDate registeredOn, SplittableRandom rnd) {
        boolean male = rnd.nextInt(100) < 53;
        int nameKind = rnd.nextInt(1000);
        int kind = rnd.nextInt(1000);
        LocalDate birth = slot.birthDate();
        int sequence = slot.sequenceIndex() * 2 + (male ? 1 : 0);
        boolean adult = Period.between(birth, registeredOn).getYears() >= 18;
        boolean uyghur = nameKind < 5;
        if (adult && !uyghur && kind < HMT_PER_MILLE) {
            String region = words.hmtRegions.draw(rnd);
            String body = HMT_PREFIX.get(region) + yyyymmdd(birth) + digits(sequence, 3);
            String surname = details.surname(false, rnd);
            return new Identity(IdNumberType.HK_MO_TW, DocumentKindRules.HMT_RESIDENCE_PERMIT,
                    body + IsoMod11_2.checkCharacter(body), region, surname + details.givenName(male, false, rnd),
                    surname, male, birth, null, false);
        }
        kind -= HMT_PER_MILLE;
        if (adult && !uyghur && kind < FOREIGN_2017_PER_MILLE + FOREIGN_2023_PER_MILLE) {
            String alpha = pick(nationalities, rnd);
            String name = pick((male ? words.foreignMale : words.foreignFemale).get(alpha), rnd);
            boolean edition2023 = kind >= FOREIGN_2017_PER_MILLE;
            if (edition2023 && registeredOn.isBefore(EDITION_2023)) edition2023 = false;
            String number;
            if (edition2023) {
                String body = "9" + PROVINCE + numericOf.get(alpha) + yyyymmdd(birth) + digits(sequence, 3);
                number = body + IsoMod11_2.checkCharacter(body);
            } else {
                // nationality + place of acceptance (4) + YYMMDD + 2 digits: the slot's index spread over both
                int index = slot.sequenceIndex();
                number = alpha + PROVINCE + "0" + (index / 100) + yymmdd(birth) + digits(index % 100, 2);
            }
            return new Identity(edition2023 ? IdNumberType.FOREIGN_PR_2023 : IdNumberType.FOREIGN_PR_2017,
                    DocumentKindRules.FOREIGN_PERMANENT_RESIDENCE, number, alpha, name, name, male, birth, null, false);
        }
        kind -= FOREIGN_2017_PER_MILLE + FOREIGN_2023_PER_MILLE;
        String province = uyghur ? Places.XINJIANG : places.drawHomeProvince(rnd);
        Division county = places.drawCounty(province, rnd);
        String idNumber = PersonalDetails.idNumber(county.code(), birth, sequence);
        String surname = details.surname(nameKind < 8 && !uyghur, rnd);
        String name = uyghur ? details.uyghurName(male, rnd) : surname + details.givenName(male, nameKind < 15, rnd);
        String documentType = adult && kind < TEMPORARY_CARD_PER_MILLE ? DocumentKindRules.TEMPORARY_ID_CARD
                : DocumentKindRules.ID_CARD;
        return new Identity(IdNumberType.CITIZEN, documentType, idNumber, "", name, surname, male, birth, county,
                uyghur);
    }

    /** The identity part of the form: kind, number, name, sex, birth, and what the document itself says. */
    void fill(FormValues.Builder f, Identity id, LocalDate registeredOn, String localAuthority, SplittableRandom rnd) {
        f.set("documentType", id.documentType()).set("idNumber", id.idNumber()).set("name", id.name())
                .set("sex", id.male() ? "1" : "2").set("birthDate", id.birth().toString());
        if (id.mainland()) {
            f.set("ethnicGroup", PersonalDetails.ethnicGroup(id.uyghur(), id.county(), rnd))
                    .set("hukouDivision", id.county().code())
                    .set("hukouAddress", details.hukouAddress(id.county(), rnd));
            int age = Period.between(id.birth(), registeredOn).getYears();
            if (id.documentType().equals(DocumentKindRules.TEMPORARY_ID_CARD)) {
                // 临时居民身份证: issued while the card is being made, valid three months, by the hukou authority
                LocalDate from = registeredOn.minusDays(rnd.nextInt(60));
                f.set("issuingAuthority", details.authority(id.county()))
                        .set("validFrom", from.toString()).set("validUntil", from.plusMonths(3).toString());
            } else if (age >= 16) {
                f.set("issuingAuthority", details.authority(id.county()));
                details.validity(f, id.birth(), registeredOn, rnd);
            }
            // under 16: no card of their own; the number is the household register's
            return;
        }
        f.set("nationality", id.nationality());
        if (id.type() == IdNumberType.HK_MO_TW) {
            // 港澳台居民居住证: five years, issued by the county public-security authority where they live
            LocalDate from = validFrom(registeredOn, registeredOn.minusYears(5).plusDays(1), rnd);
            f.set("issuingAuthority", localAuthority).set("validFrom", from.toString())
                    .set("validUntil", from.plusYears(5).minusDays(1).toString());
            return;
        }
        boolean edition2023 = id.type() == IdNumberType.FOREIGN_PR_2023;
        LocalDate earliest = edition2023 ? EDITION_2023 : max(registeredOn.minusYears(10).plusDays(1), EDITION_2017);
        LocalDate latest = edition2023 ? registeredOn : min(registeredOn, EDITION_2023.minusDays(1));
        LocalDate from = validFrom(latest, earliest, rnd);
        f.set("issuingAuthority", edition2023 ? words.foreignIssuer2023 : words.foreignIssuer2017)
                .set("validFrom", from.toString()).set("validUntil", from.plusYears(10).minusDays(1).toString());
    }

    private static LocalDate validFrom(LocalDate latest, LocalDate earliest, SplittableRandom rnd) {
        long span = ChronoUnit.DAYS.between(earliest, latest);
        return span <= 0 ? latest : earliest.plusDays(rnd.nextLong(span + 1));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String yyyymmdd(LocalDate d) {
        return digits(d.getYear(), 4) + digits(d.getMonthValue(), 2) + digits(d.getDayOfMonth(), 2);
    }

    private static String yymmdd(LocalDate d) {
        return digits(d.getYear() % 100, 2) + digits(d.getMonthValue(), 2) + digits(d.getDayOfMonth(), 2);
    }
}
