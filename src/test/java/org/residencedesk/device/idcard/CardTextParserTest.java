package org.residencedesk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;

/**
 * Text blocks are built here byte by byte at the offsets of ADR 0020, independently of
 * {@link CardTextLayout}, so a wrong offset in the layout table fails these tests.
 */
class CardTextParserTest {
    private final CardTextParser parser = new CardTextParser();

    @Test
    void citizenCard() {
        byte[] t = blank();
        put(t, 0, "张伟");
        put(t, 30, "1");
        put(t, 32, "01");
        put(t, 36, "19880315");
        put(t, 52, "湖北省武汉市洪山区珞喻路123号");
        put(t, 122, "420111198803151232");
        put(t, 158, "武汉市公安局洪山分局");
        put(t, 188, "20160520");
        put(t, 204, "20360520");

        IdCardData card = parse(t);

        assertThat(card.cardType()).isEqualTo(CardType.ID_CARD);
        assertThat(card.name()).isEqualTo("张伟");
        assertThat(card.englishName()).isNull();
        assertThat(card.sex()).isEqualTo("1");
        assertThat(card.ethnicCode()).isEqualTo("01");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1988, 3, 15));
        assertThat(card.address()).isEqualTo("湖北省武汉市洪山区珞喻路123号");
        assertThat(card.idNumber()).isEqualTo("420111198803151232");
        assertThat(card.issuingAuthority()).isEqualTo("武汉市公安局洪山分局");
        assertThat(card.validFrom()).isEqualTo(LocalDate.of(2016, 5, 20));
        assertThat(card.validUntil()).isEqualTo(LocalDate.of(2036, 5, 20));
        assertThat(card.longTerm()).isFalse();
        assertThat(card.passNumber()).isNull();
        assertThat(card.nationality()).isNull();
        assertThat(card.photo().length()).isEqualTo(1024);
    }

    @Test
    void longTermCardHasNoEndDate() {
        byte[] t = citizenWith("长期");
        IdCardData card = parse(t);
        assertThat(card.longTerm()).isTrue();
        assertThat(card.validUntil()).isNull();
        assertThat(card.isExpiredOn(LocalDate.of(2099, 1, 1))).isFalse();
    }

    @Test
    void expiryIsJudgedAgainstTheGivenDay() {
        IdCardData card = parse(citizenWith("20240601"));
        assertThat(card.isExpiredOn(LocalDate.of(2024, 6, 1))).isFalse();
        assertThat(card.isExpiredOn(LocalDate.of(2024, 6, 2))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "56", "97", "98"})
    void ethnicCodesIncludingOtherAndForeignOriginAreKept(String code) {
        byte[] t = citizenWith("20360520");
        put(t, 32, code);
        assertThat(parse(t).ethnicCode()).isEqualTo(code);
    }

    @Test
    void nameWithMiddleDotAndNulPaddingIsTrimmed() {
        byte[] t = citizenWith("20290410");
        java.util.Arrays.fill(t, 0, 30, (byte) 0);
        put(t, 0, "阿依古丽·买买提");
        assertThat(parse(t).name()).isEqualTo("阿依古丽·买买提");
    }

    @Test
    void hongKongMacaoTaiwanPermit() {
        byte[] t = blank();
        put(t, 0, "陈家明");
        put(t, 30, "1");
        put(t, 36, "19900630");
        put(t, 52, "湖北省武汉市江汉区建设大道568号");
        put(t, 122, "810000199006300138");
        put(t, 158, "武汉市公安局江汉分局");
        put(t, 188, "20210301");
        put(t, 204, "20260301");
        put(t, 220, "H12345678");
        put(t, 238, "01");
        put(t, 248, "J");

        IdCardData card = parse(t);

        assertThat(card.cardType()).isEqualTo(CardType.HK_MO_TW_PERMIT);
        assertThat(card.passNumber()).isEqualTo("H12345678");
        assertThat(card.issueCount()).isEqualTo("01");
        assertThat(card.ethnicCode()).isNull();
        assertThat(card.idNumber()).isEqualTo("810000199006300138");
        assertThat(card.validUntil()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void foreignPermanentResidenceCard2017() {
        byte[] t = blank();
        put(t, 0, "MUELLER, ANNA MARIA");
        put(t, 120, "2");
        put(t, 122, "DEU420850623014");
        put(t, 152, "DEU");
        put(t, 158, "安娜");
        put(t, 188, "20180115");
        put(t, 204, "20280115");
        put(t, 220, "19850623");
        put(t, 236, "01");
        put(t, 240, "4201");
        put(t, 248, "I");

        IdCardData card = parse(t);

        assertThat(card.cardType()).isEqualTo(CardType.FOREIGN_PR_2017);
        assertThat(card.englishName()).isEqualTo("MUELLER, ANNA MARIA");
        assertThat(card.name()).isEqualTo("安娜");
        assertThat(card.sex()).isEqualTo("2");
        assertThat(card.idNumber()).isEqualTo("DEU420850623014");
        assertThat(card.nationality()).isEqualTo("DEU");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1985, 6, 23));
        assertThat(card.validFrom()).isEqualTo(LocalDate.of(2018, 1, 15));
        assertThat(card.validUntil()).isEqualTo(LocalDate.of(2028, 1, 15));
        assertThat(card.issuingAuthority()).isEqualTo("4201");
        assertThat(card.address()).isNull();
        assertThat(card.ethnicCode()).isNull();
    }

    @Test
    void foreignCard2017WithoutChineseNameUsesTheEnglishName() {
        byte[] t = blank();
        put(t, 0, "SMITH, JOHN");
        put(t, 120, "1");
        put(t, 122, "USA110750101012");
        put(t, 152, "USA");
        put(t, 188, "20180115");
        put(t, 204, "20280115");
        put(t, 220, "19750101");
        put(t, 248, "I");
        assertThat(parse(t).name()).isEqualTo("SMITH, JOHN");
    }

    @Test
    void foreignPermanentResidenceCard2023JoinsTheSplitEnglishName() {
        String english = "MARTIN-LEFEBVRE, PIERRE ALEXANDRE FRANCOIS"; // 42 characters: 35 + 7
        byte[] t = blank();
        put(t, 0, "马丁");
        put(t, 30, "1");
        put(t, 32, "00");
        put(t, 36, "19790412");
        put(t, 52, english.substring(0, 35));
        put(t, 122, "942250197904120119");
        put(t, 188, "20240201");
        put(t, 204, "20340201");
        put(t, 220, english.substring(35));
        put(t, 242, "FRA");
        put(t, 248, "Y");

        IdCardData card = parse(t);

        assertThat(card.cardType()).isEqualTo(CardType.FOREIGN_PR_2023);
        assertThat(card.name()).isEqualTo("马丁");
        assertThat(card.englishName()).isEqualTo(english);
        assertThat(card.issueCount()).isEqualTo("00");
        assertThat(card.idNumber()).isEqualTo("942250197904120119");
        assertThat(card.nationality()).isEqualTo("FRA");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1979, 4, 12));
        assertThat(card.issuingAuthority()).isNull();
        assertThat(card.address()).isNull();
    }

    @Test
    void unreadableDateIsMalformedNotAnException() {
        byte[] t = citizenWith("20361345");
        assertThat(parser.parse(t, new byte[1024])).isInstanceOf(CardTextParser.Malformed.class);
    }

    @Test
    void shortOrMissingTextIsMalformed() {
        assertThat(parser.parse(new byte[100], new byte[0])).isInstanceOf(CardTextParser.Malformed.class);
        assertThat(parser.parse(null, null)).isInstanceOf(CardTextParser.Malformed.class);
        assertThat(parser.parse(blank(), new byte[0])).isInstanceOf(CardTextParser.Malformed.class);
    }

    @Test
    void baseInfoReplyDataSplitsTextAndPhoto() {
        byte[] text = citizenWith("20360520");
        byte[] photo = new byte[1024];
        photo[0] = 0x57;
        photo[1023] = 0x4C;
        byte[] data = new byte[4 + 256 + 1024];
        data[0] = 0x01;
        data[2] = 0x04;
        System.arraycopy(text, 0, data, 4, 256);
        System.arraycopy(photo, 0, data, 260, 1024);

        BaseInfo info = BaseInfo.parse(data).orElseThrow();

        assertThat(info.text()).isEqualTo(text);
        assertThat(info.photo()).isEqualTo(photo);
        assertThat(BaseInfo.parse(java.util.Arrays.copyOf(data, 1000))).isEmpty();
    }

    private IdCardData parse(byte[] text) {
        CardTextParser.Result result = parser.parse(text, new byte[1024]);
        assertThat(result).isInstanceOf(CardTextParser.Parsed.class);
        return ((CardTextParser.Parsed) result).card();
    }

    private static byte[] citizenWith(String validUntil) {
        byte[] t = blank();
        put(t, 0, "刘芳");
        put(t, 30, "2");
        put(t, 32, "01");
        put(t, 36, "19930909");
        put(t, 52, "湖北省武汉市武昌区中山路300号");
        put(t, 122, "42010619930909052X");
        put(t, 158, "武汉市公安局武昌分局");
        put(t, 188, "20211102");
        put(t, 204, validUntil);
        return t;
    }

    static byte[] blank() {
        byte[] t = new byte[256];
        for (int i = 0; i < t.length; i += 2) {
            t[i] = ' ';
        }
        return t;
    }

    static void put(byte[] t, int offset, String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(b, 0, t, offset, b.length);
    }
}
