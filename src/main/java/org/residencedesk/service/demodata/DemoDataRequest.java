package org.residencedesk.service.demodata;

/**
 * What {@code demo-data} or the window's demo button asks for: persons over how many days before today,
 * from which seed, how many permits (-1: a tenth of the persons, at most 300) and whether a real
 * (non-demo) station may be filled (test environments only).
 */
public record DemoDataRequest(long persons, int days, long seed, int permits, boolean force) {
    /** The defaults of {@code demo-data}: three years of registrations, seed 1, the default number of permits. */
    public static DemoDataRequest of(long persons) {
        return new DemoDataRequest(persons, DemoDataSettings.DEFAULT_DAYS, 1, -1, false);
    }
}
