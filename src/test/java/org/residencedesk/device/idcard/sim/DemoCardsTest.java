package org.residencedesk.device.idcard.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.residencedesk.device.idcard.CardTextParser;
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;

class DemoCardsTest {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final List<IdCardData> cards = DemoCards.fromClasspath();

    @Test
    void coversEveryCardKindAndTheAgreedSpecialCases() {
        assertThat(cards).extracting(IdCardData::cardType).contains(CardType.values());
        assertThat(cards).extracting(IdCardData::name).contains("阿依古丽·买买提");
        assertThat(cards).anyMatch(c -> c.isExpiredOn(LocalDate.of(2025, 1, 1)));
        assertThat(cards).anyMatch(IdCardData::longTerm);
    }

    @Test
    void eighteenDigitNumbersCarryCorrectCheckDigits() {
        assertThat(cards.stream().filter(c -> c.idNumber().length() == 18))
                .hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(c -> assertThat(c.idNumber().charAt(17)).isEqualTo(checkDigit(c.idNumber())));
    }

    @Test
    void sexMatchesTheParityOfTheSequenceDigitForCitizens() {
        assertThat(cards.stream().filter(c -> c.cardType() == CardType.ID_CARD)).allSatisfy(c ->
                assertThat(c.sex()).isEqualTo((c.idNumber().charAt(16) - '0') % 2 == 1 ? "1" : "2"));
    }

    @Test
    void everyDemoCardSurvivesEncodingAndParsing() {
        CardTextEncoder encoder = new CardTextEncoder();
        CardTextParser parser = new CardTextParser();
        for (IdCardData card : cards) {
            CardTextParser.Result result = parser.parse(encoder.encode(card), card.photo().bytes());
            assertThat(result).isEqualTo(new CardTextParser.Parsed(card));
        }
    }

    static char checkDigit(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
