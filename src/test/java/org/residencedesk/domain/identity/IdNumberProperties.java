package org.residencedesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

class IdNumberProperties {
    private final IdNumberParser parser = new IdNumberParser(IdNumberParserTest.CLOCK, code -> true);

    @Provide
    Arbitrary<String> validNumbers() {
        Arbitrary<String> county = Arbitraries.of("110105", "340524", "610104", "420111", "810000", "999999");
        Arbitrary<LocalDate> birth = Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2024, 6, 1));
        Arbitrary<Integer> sequence = Arbitraries.integers().between(0, 999);
        return Combinators.combine(county, birth, sequence).as((c, d, q) -> {
            String body = c + String.format("%04d%02d%02d%03d", d.getYear(), d.getMonthValue(), d.getDayOfMonth(), q);
            return body + IsoMod11_2.checkCharacter(body);
        });
    }

    @Property
    void checksumRoundTrip(@ForAll("validNumbers") String number) {
        IdNumberCheck c = parser.check(number);
        assertThat(c.valid()).as(number).isTrue();
        assertThat(c.normalized()).isEqualTo(number);
        assertThat(c.sex()).isEqualTo((number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    @Property(tries = 200)
    void everySingleCharacterChangeIsDetected(@ForAll("validNumbers") String number) {
        String alphabet = "0123456789X";
        for (int pos = 0; pos < 18; pos++) {
            for (char other : alphabet.toCharArray()) {
                if (other == number.charAt(pos) || (other == 'X' && pos < 17)) continue;
                String changed = number.substring(0, pos) + other + number.substring(pos + 1);
                assertThat(parser.check(changed).valid()).as(changed).isFalse();
            }
        }
    }

    @Property
    void legacyNumbersUpgradeToValidNumbers(@ForAll @IntRange(min = 0, max = 99) int yy,
                                            @ForAll @IntRange(min = 1, max = 12) int month,
                                            @ForAll @IntRange(min = 1, max = 28) int day,
                                            @ForAll @IntRange(min = 0, max = 999) int seq) {
        String legacy = String.format("420111%02d%02d%02d%03d", yy, month, day, seq);
        IdNumberCheck c = parser.check(legacy);
        assertThat(c.valid()).isTrue();
        assertThat(parser.check(c.normalized()).valid()).isTrue();
        assertThat(parser.check(c.normalized()).birthDate()).isEqualTo(c.birthDate());
    }

    @Property(tries = 2000)
    void arbitraryStringsNeverThrow(@ForAll String any) {
        IdNumberCheck c = parser.check(any);
        assertThat(c.valid()).isEqualTo(c.type() != null && c.errors().isEmpty());
    }

    @Provide
    Arbitrary<String> nearMisses() {
        return Arbitraries.strings().withChars("0123456789XxAZ９ｘ \u3000-").ofMinLength(13).ofMaxLength(20);
    }

    @Property(tries = 2000)
    void nearMissStringsNeverThrow(@ForAll("nearMisses") String any) {
        IdNumberCheck c = parser.check(any);
        if (c.valid()) assertThat(c.normalized()).hasSizeBetween(15, 18);
    }
}
