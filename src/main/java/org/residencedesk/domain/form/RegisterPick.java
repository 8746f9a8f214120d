package org.residencedesk.domain.form;

import java.util.Arrays;
import java.util.Optional;

/**
 * A field the clerk fills by picking from one of the station's registers (ADR 0214): the YAML says
 * {@code register: house}, {@code register: employer} or {@code register: employer-name}. The form renderer
 * shows such a field as a register picker; picking fills the other fields the register knows.
 */
public enum RegisterPick {
    /** The field holds a house code of the house register. */
    HOUSE("house", true),
    /** The field holds an employer's credit code of the employer register. */
    EMPLOYER("employer", true),
    /** The field holds an employer's name: picked from the register, or typed for a workplace not registered. */
    EMPLOYER_NAME("employer-name", false);

    private final String yamlName;
    private final boolean key;

    RegisterPick(String yamlName, boolean key) {
        this.yamlName = yamlName;
        this.key = key;
    }

    public String yamlName() {
        return yamlName;
    }

    /** The value is the register's key (a typed value must be registered); otherwise free text. */
    public boolean holdsKey() {
        return key;
    }

    public static Optional<RegisterPick> ofYamlName(String name) {
        return Arrays.stream(values()).filter(r -> r.yamlName.equals(name)).findFirst();
    }
}
