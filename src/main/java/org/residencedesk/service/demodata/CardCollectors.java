package org.residencedesk.service.demodata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.permit.Handover;

/**
 * People who collect a demo card for its holder (代领, ADR 0191): a spouse, named and numbered like everyone else in
 * the demo (numbers in the range registered persons never use), and the relationship a guardian states.
 */
final class CardCollectors {
    private static final int HOW_MANY = 12;
    /** GB/T 4761 codes: 配偶 (a spouse collects), 父母 (a parent collects a child's card). */
    private static final String SPOUSE = "10";
    private static final String PARENTS = "50";

    private CardCollectors() {
    }

    static List<Handover> make(WordLists words, MasterData masterData, Clock clock, long seed) {
        SplittableRandom rnd = new SplittableRandom(Mix.mix64(seed ^ 0xC011EC7L));
        PersonalDetails details = new PersonalDetails(words, null, masterData);
        IdNumberParser parser = new IdNumberParser(clock, masterData::isKnownCounty);
        String spouse = relationship(masterData, SPOUSE);
        List<Handover> out = new ArrayList<>();
        while (out.size() < HOW_MANY) {
            boolean male = rnd.nextBoolean();
            LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(rnd.nextInt(365 * 35));
            String number = PersonalDetails.othersNumber("420111", birth, male, false, rnd);
            String name = words.surnames.draw(rnd) + details.givenName(male, false, rnd);
            out.add(Handover.collector(name, parser.check(number).idNumber().orElseThrow(), spouse));
        }
        return List.copyOf(out);
    }

    static String guardianRelationship(MasterData masterData) {
        return relationship(masterData, PARENTS);
    }

    private static String relationship(MasterData masterData, String code) {
        return masterData.codeTable("family-relationship").byCode(code).map(CodeEntry::name)
                .orElseThrow(() -> new IllegalStateException("family-relationship " + code + " is missing"));
    }
}
