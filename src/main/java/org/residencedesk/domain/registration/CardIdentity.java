package org.residencedesk.domain.registration;

import java.util.LinkedHashMap;
import java.util.Map;
import org.residencedesk.domain.card.CardType;
import org.residencedesk.domain.card.IdCardData;

/**
 * Which registration form fields a swiped card fills, and with what (values as the form expects them).
 *
 * <p>By card kind (ADR 0195): a citizen card fills 户籍地 (division from the number, the card's address);
 * a 港澳台居民居住证 fills 国籍（地区） from its number (81 中国香港, 82 中国澳门, 83 中国台湾), 通行证号码 and
 * 签发次数 — its address is where the holder lived on the mainland when it was issued, not a hukou, so it
 * fills nothing; a 外国人永久居留身份证 fills 英文姓名, 国籍 (GB/T 2659 alpha-3 from the chip) and, on the 2023
 * card, 换证次数. Every kind fills number, name, sex, birth date, issuing authority and validity.
 */
public final class CardIdentity {
    /** Written into validUntil for cards valid for life (the form accepts it as a date). */
    public static final String LONG_TERM = "长期";

    private CardIdentity() {
    }

    public static Map<String, String> formFields(IdCardData card) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("documentType", switch (card.cardType()) {
            case ID_CARD -> "id-card";
            case HK_MO_TW_PERMIT -> "hmt-residence-permit";
            case FOREIGN_PR_2017, FOREIGN_PR_2023 -> "foreign-permanent-residence";
        });
        f.put("idNumber", card.idNumber());
        f.put("name", card.name());
        putIfPresent(f, "sex", card.sex());
        putIfPresent(f, "birthDate", card.birthDate() == null ? null : card.birthDate().toString());
        switch (card.cardType()) {
            case ID_CARD -> {
                putIfPresent(f, "ethnicGroup", card.ethnicCode());
                putIfPresent(f, "hukouAddress", card.address());
                if (card.idNumber().length() == 18) {
                    f.put("hukouDivision", card.idNumber().substring(0, 6));
                }
            }
            case HK_MO_TW_PERMIT -> {
                putIfPresent(f, "nationality", hmtRegion(card.idNumber()));
                putIfPresent(f, "passNumber", card.passNumber());
                putIfPresent(f, "issueCount", card.issueCount());
            }
            case FOREIGN_PR_2017, FOREIGN_PR_2023 -> {
                putIfPresent(f, "englishName", card.englishName());
                putIfPresent(f, "nationality", card.nationality());
                putIfPresent(f, "issueCount", card.issueCount());
            }
        }
        putIfPresent(f, "issuingAuthority", card.issuingAuthority());
        putIfPresent(f, "validFrom", card.validFrom() == null ? null : card.validFrom().toString());
        f.put("validUntil", card.longTerm() ? LONG_TERM
                : card.validUntil() == null ? "" : card.validUntil().toString());
        return f;
    }

    /** GB/T 2659 code of the region named by a 港澳台居民居住证 number (810000/820000/830000), or null. */
    static String hmtRegion(String idNumber) {
        if (idNumber.startsWith("81")) return "HKG";
        if (idNumber.startsWith("82")) return "MAC";
        if (idNumber.startsWith("83")) return "TWN";
        return null;
    }

    private static void putIfPresent(Map<String, String> f, String field, String value) {
        if (value != null && !value.isBlank()) {
            f.put(field, value.strip());
        }
    }
}
