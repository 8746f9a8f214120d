package org.residencedesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocialCreditCodeTest {

    @Test
    void publishedCodesPass() {
        for (String code : new String[] {"91110108551385082Q", "9144030071526726XG", "91330100799655058B"}) {
            SocialCreditCode.Check c = SocialCreditCode.check(code);
            assertThat(c.valid()).as(code).isTrue();
            assertThat(c.code().value()).isEqualTo(code);
        }
        assertThat(SocialCreditCode.check("91110108551385082Q").code().regionCode()).isEqualTo("110108");
    }

    @Test
    void lowerCaseAndSpacesAreNormalized() {
        SocialCreditCode.Check c = SocialCreditCode.check(" 91110108 551385082q");
        assertThat(c.valid()).isTrue();
        assertThat(c.normalized()).isEqualTo("91110108551385082Q");
    }

    @Test
    void problems() {
        assertThat(SocialCreditCode.check("").errors()).containsExactly(SocialCreditCodeProblem.EMPTY);
        assertThat(SocialCreditCode.check("911101085513").errors()).containsExactly(SocialCreditCodeProblem.BAD_LENGTH);
        assertThat(SocialCreditCode.check("91110108551385082O").errors())
                .containsExactly(SocialCreditCodeProblem.BAD_CHARACTERS);
        assertThat(SocialCreditCode.check("91110108551385082A").errors())
                .containsExactly(SocialCreditCodeProblem.CHECK_CHARACTER_MISMATCH);
        String body = "91A10108551385082";
        assertThat(SocialCreditCode.check(body + SocialCreditCode.checkCharacter(body)).errors())
                .containsExactly(SocialCreditCodeProblem.REGION_NOT_NUMERIC);
    }

    @Test
    void remainderZeroGivesCheckZero() {
        // 17 zeros: sum 0, 31 - 0 = 31 -> 0
        assertThat(SocialCreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }
}
