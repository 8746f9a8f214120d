package org.residencedesk.domain.register;

import java.util.Arrays;
import java.util.Optional;

/** Who answers for a house: a person (房东, 管理人) with an ID number, or an organisation with a credit code. */
public enum ManagerKind {
    PERSON,
    ORGANISATION;

    public String labelKey() {
        return "house.managerKind." + name();
    }

    public static Optional<ManagerKind> ofCode(String code) {
        if (code == null) return Optional.empty();
        String c = code.strip();
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(c)).findFirst();
    }
}
