package org.residencedesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdNumberParserTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Set<String> COUNTIES = Set.of("110105", "340524", "610104", "420111");
    private final IdNumberParser parser = new IdNumberParser(CLOCK, COUNTIES::contains);

    @Test
    void citizenNumberWithXCheckCharacter() {
        IdNumberCheck c = parser.check("11010519491231002X");
        assertThat(c.valid()).isTrue();
        assertThat(c.type()).isEqualTo(IdNumberType.CITIZEN);
        assertThat(c.normalized()).isEqualTo("11010519491231002X");
        assertThat(c.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(c.sex()).isEqualTo(Sex.FEMALE);
        assertThat(c.countyCode()).isEqualTo("110105");
        assertThat(c.errors()).isEmpty();
        assertThat(c.warnings()).isEmpty();
        assertThat(c.idNumber()).get().extracting(IdNumber::masked).isEqualTo("110105********002X");
    }

    @Test
    void lowerCaseXAndFullWidthInputAreNormalized() {
        assertThat(parser.check(" 34052419800101001x ").normalized()).isEqualTo("34052419800101001X");
        assertThat(parser.check("３４０５２４１９８００１０１００１ｘ").valid()).isTrue();
        assertThat(parser.check("340524 19800101 001X").valid()).isTrue();
    }

    @Test
    void oddSeventeenthDigitIsMale() {
        IdNumberCheck c = parser.check("610104196209276908".substring(0, 16) + "1"
                + IsoMod11_2.checkCharacter("610104196209276908".substring(0, 16) + "1"));
        assertThat(c.valid()).isTrue();
        assertThat(c.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void legacyFifteenDigitNumberIsUpgraded() {
        IdNumberCheck c = parser.check("610104620927690");
        assertThat(c.valid()).isTrue();
        assertThat(c.type()).isEqualTo(IdNumberType.LEGACY_15);
        assertThat(c.normalized()).isEqualTo("610104196209276908");
        assertThat(c.birthDate()).isEqualTo(LocalDate.of(1962, 9, 27));
        assertThat(c.sex()).isEqualTo(Sex.FEMALE);
        assertThat(parser.check(c.normalized()).valid()).isTrue();
    }

    @Test
    void wrongCheckCharacterIsAnError() {
        IdNumberCheck c = parser.check("110105194912310021");
        assertThat(c.valid()).isFalse();
        assertThat(c.type()).isEqualTo(IdNumberType.CITIZEN);
        assertThat(c.errors()).containsExactly(IdProblem.CHECK_CHARACTER_MISMATCH);
        assertThat(c.idNumber()).isEmpty();
    }

    @Test
    void impossibleDateIsAnError() {
        String body = "11010519990230002";
        IdNumberCheck c = parser.check(body + IsoMod11_2.checkCharacter(body));
        assertThat(c.errors()).containsExactly(IdProblem.BIRTH_DATE_INVALID);
        assertThat(c.birthDate()).isNull();
        assertThat(parser.check("610104620230690").errors()).containsExactly(IdProblem.BIRTH_DATE_INVALID);
    }

    @Test
    void birthDateAfterTheClockIsAnError() {
        String tomorrow = "11010520240602001";
        assertThat(parser.check(tomorrow + IsoMod11_2.checkCharacter(tomorrow)).errors())
                .containsExactly(IdProblem.BIRTH_DATE_IN_FUTURE);
        String today = "11010520240601001";
        assertThat(parser.check(today + IsoMod11_2.checkCharacter(today)).valid()).isTrue();
    }

    @Test
    void birthYearBefore1880IsAnError() {
        String body = "11010518791231001";
        assertThat(parser.check(body + IsoMod11_2.checkCharacter(body)).errors())
                .containsExactly(IdProblem.BIRTH_DATE_TOO_EARLY);
    }

    @Test
    void unknownCountyIsOnlyAWarning() {
        String body = "42010119800101001"; // 420101 (old 武汉市市辖区) is not a county code any more
        IdNumberCheck c = parser.check(body + IsoMod11_2.checkCharacter(body));
        assertThat(c.valid()).isTrue();
        assertThat(c.warnings()).containsExactly(IdProblem.COUNTY_CODE_UNKNOWN);
        assertThat(c.countyCode()).isEqualTo("420101");
    }

    @Test
    void hongKongMacaoTaiwanResidencePermits() {
        for (String code : new String[] {"810000", "820000", "830000"}) {
            String body = code + "19900615001";
            IdNumberCheck c = parser.check(body + IsoMod11_2.checkCharacter(body));
            assertThat(c.type()).isEqualTo(IdNumberType.HK_MO_TW);
            assertThat(c.valid()).isTrue();
            assertThat(c.warnings()).isEmpty();
            assertThat(c.countyCode()).isEqualTo(code);
            assertThat(c.sex()).isEqualTo(Sex.MALE);
        }
    }

    @Test
    void foreignPermanentResidence2023() {
        // 9 + 11 (Beijing) + 398 (Kazakhstan, ISO 3166 numeric) + 19901231 + 002 + check
        IdNumberCheck c = parser.check("911398199012310021");
        assertThat(c.valid()).isTrue();
        assertThat(c.type()).isEqualTo(IdNumberType.FOREIGN_PR_2023);
        assertThat(c.birthDate()).isEqualTo(LocalDate.of(1990, 12, 31));
        assertThat(c.sex()).isEqualTo(Sex.FEMALE);
        assertThat(c.countyCode()).isNull();
        assertThat(parser.check("911398199012310022").errors()).containsExactly(IdProblem.CHECK_CHARACTER_MISMATCH);
    }

    @Test
    void foreignPermanentResidence2017StructureOnly() {
        IdNumberCheck c = parser.check("kaz110090123105");
        assertThat(c.valid()).isTrue();
        assertThat(c.type()).isEqualTo(IdNumberType.FOREIGN_PR_2017);
        assertThat(c.normalized()).isEqualTo("KAZ110090123105");
        assertThat(c.birthDate()).isEqualTo(LocalDate.of(1990, 12, 31));
        assertThat(c.sex()).isNull();
        // a two-digit year that would lie in the future belongs to the last century
        assertThat(parser.check("USA110030010101").birthDate()).isEqualTo(LocalDate.of(1930, 1, 1));
        assertThat(parser.check("USA110010010101").birthDate()).isEqualTo(LocalDate.of(2010, 1, 1));
        IdNumberCheck unreadable = parser.check("KAZ110090133105");
        assertThat(unreadable.valid()).isTrue();
        assertThat(unreadable.warnings()).containsExactly(IdProblem.FOREIGN_PR_2017_BIRTH_DATE_UNREADABLE);
    }

    @Test
    void structuralErrorsLeaveTypeUnknown() {
        assertThat(parser.check("").errors()).containsExactly(IdProblem.EMPTY);
        assertThat(parser.check(null).errors()).containsExactly(IdProblem.EMPTY);
        assertThat(parser.check("12345").errors()).containsExactly(IdProblem.BAD_LENGTH);
        assertThat(parser.check("1234#").errors()).containsExactly(IdProblem.BAD_LENGTH, IdProblem.BAD_CHARACTERS);
        IdNumberCheck letters = parser.check("11010519491231A02X");
        assertThat(letters.errors()).containsExactly(IdProblem.BAD_CHARACTERS);
        assertThat(letters.type()).isNull();
        assertThat(letters.valid()).isFalse();
        assertThat(parser.check("1101051949123100X2").errors()).containsExactly(IdProblem.BAD_CHARACTERS);
        assertThat(parser.check("K1Z110090123105").errors()).containsExactly(IdProblem.BAD_CHARACTERS);
    }

    @Test
    void toStringDoesNotRevealTheNumber() {
        IdNumberCheck c = parser.check("11010519491231002X");
        assertThat(c.toString()).doesNotContain("19491231");
        assertThat(c.idNumber().orElseThrow().toString()).doesNotContain("19491231");
    }
}
