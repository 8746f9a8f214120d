package org.residencedesk.domain.registration;

import java.util.LinkedHashMap;
import java.util.Map;
import org.residencedesk.domain.card.IdCardData;

/** Which registration form fields a swiped card fills, and with what (values as the form expects them). */
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
        putIfPresent(f, "ethnicGroup", card.ethnicCode());
        putIfPresent(f, "birthDate", card.birthDate() == null ? null : card.birthDate().toString());
        putIfPresent(f, "hukouAddress", card.address());
        if (card.cardType() == org.residencedesk.domain.card.CardType.ID_CARD && card.idNumber().length() == 18) {
            f.put("hukouDivision", card.idNumber().substring(0, 6));
        }
        putIfPresent(f, "issuingAuthority", card.issuingAuthority());
        putIfPresent(f, "validFrom", card.validFrom() == null ? null : card.validFrom().toString());
        f.put("validUntil", card.longTerm() ? LONG_TERM
                : card.validUntil() == null ? "" : card.validUntil().toString());
        return f;
    }

    private static void putIfPresent(Map<String, String> f, String field, String value) {
        if (value != null && !value.isBlank()) {
            f.put(field, value.strip());
        }
    }
}
