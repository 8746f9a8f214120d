package org.residencedesk.domain.permit;

import java.util.Optional;
import org.residencedesk.domain.identity.IdNumberType;

/**
 * Who the 居住证 of 居住证暂行条例 is for (ADR 0171): citizens of the mainland (居民身份证, also with a legacy
 * 15-digit number). A Hong Kong, Macao or Taiwan resident (港澳台居民居住证 number, 81/82/83) and a foreigner
 * (外国人永久居留身份证, 2017 or 2023 layout) are registered like anyone else but apply elsewhere, so the
 * counter gets a message instead of an application.
 */
public enum WhoMayApply {
    MAINLAND_CITIZEN(null),
    HONG_KONG_MACAO_TAIWAN("permit.service.notForHongKongMacaoTaiwan"),
    FOREIGNER("permit.service.notForForeigners");

    private final String refusalKey;

    WhoMayApply(String refusalKey) {
        this.refusalKey = refusalKey;
    }

    /** From the kind of the stored identity number; an unknown kind is judged as a mainland citizen's. */
    public static WhoMayApply of(IdNumberType type) {
        if (type == null) {
            return MAINLAND_CITIZEN;
        }
        return switch (type) {
            case CITIZEN, LEGACY_15 -> MAINLAND_CITIZEN;
            case HK_MO_TW -> HONG_KONG_MACAO_TAIWAN;
            case FOREIGN_PR_2017, FOREIGN_PR_2023 -> FOREIGNER;
        };
    }

    /** The {@code i18n.permit} key of the message the counter sees instead of an application; empty for citizens. */
    public Optional<String> refusalKey() {
        return Optional.ofNullable(refusalKey);
    }
}
