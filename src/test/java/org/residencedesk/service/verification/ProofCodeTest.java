package org.residencedesk.service.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The 居住证明 code (ADR 0224): readable back in any spelling, and every single typo and every neighbour swap but 0/Z caught. */
class ProofCodeTest {
    @Test
    void aCodeReadsBackInAnySpelling() {
        byte[] mac = new byte[32];
        new Random(7).nextBytes(mac);
        String code = ProofCode.of(mac);
        assertThat(code).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
        String printed = ProofCode.printed(code);
        assertThat(printed).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(ProofCode.read(printed)).contains(code);
        assertThat(ProofCode.read(" " + printed.toLowerCase().replace("-", " ") + " ")).contains(code);
    }

    @Test
    void everySingleWrongCharacterAndEveryNeighbourSwapIsCaught() {
        Random random = new Random(11);
        for (int n = 0; n < 200; n++) {
            byte[] mac = new byte[32];
            random.nextBytes(mac);
            String code = ProofCode.of(mac);
            for (int i = 0; i < code.length(); i++) {
                for (char c : ProofCode.ALPHABET.toCharArray()) {
                    if (c != code.charAt(i)) {
                        String typo = code.substring(0, i) + c + code.substring(i + 1);
                        assertThat(ProofCode.read(typo)).as(typo).isEmpty();
                    }
                }
                if (i + 1 < code.length() && code.charAt(i) != code.charAt(i + 1) && !zeroAndZ(code.charAt(i), code.charAt(i + 1))) {
                    String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                    assertThat(ProofCode.read(swapped)).as(swapped).isEmpty();
                }
            }
        }
    }

    /** Luhn mod N cannot see a swap of the first and the last symbol of the alphabet (like 09/90 in mod 10). */
    private static boolean zeroAndZ(char a, char b) {
        return (a == '0' && b == 'Z') || (a == 'Z' && b == '0');
    }

    @Test
    void wrongLengthsAndForeignCharactersAreRefused() {
        assertThat(ProofCode.read(null)).isEmpty();
        assertThat(ProofCode.read("")).isEmpty();
        assertThat(ProofCode.read("0123456789ABCDE")).isEmpty();
        assertThat(ProofCode.read("0123456789ABCDEU")).isEmpty();
        assertThat(ProofCode.read("居住证明核验码")).isEmpty();
    }
}
