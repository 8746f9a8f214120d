package org.residencedesk.service.demodata;

/**
 * What was written: counts only (the audit detail and the command's summary use them). {@code persons} are people;
 * {@code reRegistered} counts their second registrations (换地登记 or back after a move-out), {@code late} the
 * registrations flagged 逾期登记.
 */
public record DemoDataResult(long persons, long changed, long movedOut, long reRegistered, long late,
                             long historyRows, long millis) {
    public double personsPerSecond() {
        return millis == 0 ? persons : persons * 1000.0 / millis;
    }

    /** Registration rows written: one per person and one per later registration. */
    public long registrations() {
        return persons + reRegistered;
    }
}
