package org.residencedesk.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;

/** What each card kind fills in the registration form (issue 12 item 7, ADR 0195). */
class CardIdentityTest {

    @Test
    void aCitizenCardFillsHukouAndEthnicGroupButNoForeignerFields() {
        IdCardData card = new IdCardData(CardType.ID_CARD, "张伟", null, "1", "01", LocalDate.of(1988, 3, 15),
                "湖北省武汉市洪山区珞喻路123号", "420111198803151232", "武汉市公安局洪山分局", LocalDate.of(2016, 5, 20),
                LocalDate.of(2036, 5, 20), false, null, null, null, null);
        assertThat(CardIdentity.formFields(card)).containsExactly(
                java.util.Map.entry("documentType", "id-card"), java.util.Map.entry("idNumber", "420111198803151232"),
                java.util.Map.entry("name", "张伟"), java.util.Map.entry("sex", "1"),
                java.util.Map.entry("birthDate", "1988-03-15"), java.util.Map.entry("ethnicGroup", "01"),
                java.util.Map.entry("hukouAddress", "湖北省武汉市洪山区珞喻路123号"),
                java.util.Map.entry("hukouDivision", "420111"),
                java.util.Map.entry("issuingAuthority", "武汉市公安局洪山分局"),
                java.util.Map.entry("validFrom", "2016-05-20"), java.util.Map.entry("validUntil", "2036-05-20"));
    }

    @Test
    void anHkMacaoTaiwanPermitFillsRegionPassNumberAndIssueCountNotAHukou() {
        for (String[] c : new String[][] {{"810000199006300138", "HKG"}, {"820000199006300134", "MAC"},
                {"830000199006300130", "TWN"}}) {
            IdCardData card = new IdCardData(CardType.HK_MO_TW_PERMIT, "陈家明", null, "1", null,
                    LocalDate.of(1990, 6, 30), "湖北省武汉市江汉区建设大道568号", c[0], "武汉市公安局江汉分局",
                    LocalDate.of(2021, 3, 1), LocalDate.of(2026, 3, 1), false, "H12345678", "01", null, null);
            var f = CardIdentity.formFields(card);
            assertThat(f).containsEntry("documentType", "hmt-residence-permit").containsEntry("nationality", c[1])
                    .containsEntry("passNumber", "H12345678").containsEntry("issueCount", "01")
                    .containsEntry("issuingAuthority", "武汉市公安局江汉分局").containsEntry("validUntil", "2026-03-01")
                    .doesNotContainKeys("hukouAddress", "hukouDivision", "ethnicGroup", "englishName");
        }
    }

    @Test
    void foreignerCardsFillEnglishNameNationalityAndTheRenewalCount() {
        IdCardData y2017 = new IdCardData(CardType.FOREIGN_PR_2017, "安娜", "MUELLER, ANNA MARIA", "2", null,
                LocalDate.of(1985, 6, 23), null, "DEU420850623014", "4201", LocalDate.of(2018, 1, 15),
                LocalDate.of(2028, 1, 15), false, null, null, "DEU", null);
        assertThat(CardIdentity.formFields(y2017)).containsEntry("documentType", "foreign-permanent-residence")
                .containsEntry("englishName", "MUELLER, ANNA MARIA").containsEntry("nationality", "DEU")
                .containsEntry("issuingAuthority", "4201")
                .doesNotContainKeys("issueCount", "passNumber", "hukouAddress", "hukouDivision");
        IdCardData y2023 = new IdCardData(CardType.FOREIGN_PR_2023, "马丁", "MARTIN-LEFEBVRE, PIERRE", "1", null,
                LocalDate.of(1979, 4, 12), null, "942250197904120119", null, LocalDate.of(2024, 2, 1), null, true,
                null, "00", "FRA", null);
        assertThat(CardIdentity.formFields(y2023)).containsEntry("englishName", "MARTIN-LEFEBVRE, PIERRE")
                .containsEntry("nationality", "FRA").containsEntry("issueCount", "00")
                .containsEntry("validUntil", CardIdentity.LONG_TERM).doesNotContainKey("issuingAuthority");
    }
}
