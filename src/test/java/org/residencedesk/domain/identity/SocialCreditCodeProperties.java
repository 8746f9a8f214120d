package org.residencedesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SocialCreditCodeProperties {

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> head = Arbitraries.strings().withChars(SocialCreditCode.CHARSET).ofLength(2);
        Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> subject = Arbitraries.strings().withChars(SocialCreditCode.CHARSET).ofLength(9);
        return Combinators.combine(head, region, subject).as((a, b, c) -> a + b + c);
    }

    @Property(tries = 300)
    void roundTripAndSingleChangeDetection(@ForAll("bodies") String body) {
        String code = body + SocialCreditCode.checkCharacter(body);
        assertThat(SocialCreditCode.check(code).valid()).isTrue();
        for (int pos = 0; pos < 18; pos++) {
            for (char other : SocialCreditCode.CHARSET.toCharArray()) {
                if (other == code.charAt(pos)) continue;
                String changed = code.substring(0, pos) + other + code.substring(pos + 1);
                assertThat(SocialCreditCode.check(changed).valid()).as(changed).isFalse();
            }
        }
    }

    @Property(tries = 1000)
    void arbitraryStringsNeverThrow(@ForAll String any) {
        SocialCreditCode.Check c = SocialCreditCode.check(any);
        assertThat(c.valid()).isEqualTo(c.code() != null);
    }
}
