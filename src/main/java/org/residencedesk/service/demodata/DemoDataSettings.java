package org.residencedesk.service.demodata;

/** What to generate: how many persons, over how many days before today, from which seed. */
public record DemoDataSettings(long persons, int days, long seed) {
    /** Three years: long enough for permits endorsed twice, lapsed and endorsed late (ADR 0191). */
    public static final int DEFAULT_DAYS = 1095;
    public static final int MAX_DAYS = 3650;
    public static final long MAX_PERSONS = 5_000_000;

    public DemoDataSettings {
        if (persons < 1 || persons > MAX_PERSONS) throw new IllegalArgumentException("persons out of range");
        if (days < 1 || days > MAX_DAYS) throw new IllegalArgumentException("days out of range");
    }
}
