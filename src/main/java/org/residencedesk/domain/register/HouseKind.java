package org.residencedesk.domain.register;

import java.util.Arrays;
import java.util.Optional;

/**
 * 房屋类别 of a house in the register (ADR 0211). Stored, exported and sent to the platform by name; the Chinese
 * label is {@code house.kind.<NAME>} in the {@code i18n.app} bundle. Each kind names the 居住处所 code
 * (residence-types) a registration in such a house gets, where that follows from the kind.
 */
public enum HouseKind {
    /** 出租房屋 → 34 租赁房屋. */
    RENTAL("34"),
    /** 单位宿舍 → 25 企事业单位内部. */
    DORMITORY("25"),
    /** 工地工棚 → 42 临时工棚. */
    SITE_SHED("42"),
    /** 自有住房: the registrant lives in the owner's home (31) or owns it (32, 33) — not derivable. */
    OWN_HOME(null),
    /** 其他. */
    OTHER(null);

    private final String residenceType;

    HouseKind(String residenceType) {
        this.residenceType = residenceType;
    }

    /** The residence-types code a registration in this house takes, when the kind decides it. */
    public Optional<String> residenceType() {
        return Optional.ofNullable(residenceType);
    }

    public String labelKey() {
        return "house.kind." + name();
    }

    /** The kind of a code as typed (name, any case); empty when unknown. */
    public static Optional<HouseKind> ofCode(String code) {
        if (code == null) return Optional.empty();
        String c = code.strip();
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(c)).findFirst();
    }
}
