package org.residencedesk.service.demodata;

import static org.residencedesk.service.demodata.Draws.digits;
import static org.residencedesk.service.demodata.Draws.pick;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;

/**
 * Where a demo person works or studies, following the reason for residence: occupation, a company in
 * the residence city — four in ten a registered employer of the station's register (ADR 0264) — with its
 * 统一社会信用代码, address, phone and labour contract, or a school.
 */
final class Workplaces {
    static final Weighted<String> OCCUPATIONS = Weighted.pairs("4", 35, "6", 35, "2", 10, "3", 8, "8", 6,
            "1", 3, "5", 3);

    private final WordLists words;
    private final MasterData masterData;
    private final PersonalDetails details;
    private final DemoRegisters registers;

    Workplaces(WordLists words, MasterData masterData, PersonalDetails details, DemoRegisters registers) {
        this.words = words;
        this.masterData = masterData;
        this.details = details;
        this.registers = registers;
    }

    void work(FormValues.Builder f, String reason, Division village, String villageCounty, LocalDate arrival,
              LocalDate registeredOn, SplittableRandom rnd) {
        boolean employed = List.of("01", "02", "03", "04").contains(reason);
        if (employed) f.set("occupation", reason.equals("02") ? "5" : OCCUPATIONS.draw(rnd));
        if (employed && !reason.equals("02")) {
            String city = cityOf(village);
            if (rnd.nextInt(10) < 4) {
                registers.employer(f, null, rnd); // a registered employer: name, credit code, address, phone
            } else {
                f.set("workplaceName", company(city, rnd));
                if (rnd.nextBoolean()) f.set("workplaceAddress", city + pick(words.streets, rnd)
                        + (1 + rnd.nextInt(500)) + words.houseNumberSuffix);
                if (rnd.nextInt(10) < 3) f.set("workplacePhone", details.fixedPhone(Places.HUBEI, rnd));
            }
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

    /** The name of the city (地级) the residence village lies in. */
    String cityOf(Division village) {
        return masterData.division(village.code().substring(0, 4)).map(Division::name).orElse("");
    }

    String company(String city, SplittableRandom rnd) {
        return city + pick(words.companyWords, rnd) + pick(words.companyKinds, rnd);
    }
}
