package org.residencedesk.service.demodata;

/** What was written: counts only (the audit detail and the command's summary use them). */
public record DemoDataResult(long persons, long changed, long movedOut, long historyRows, long millis) {
    public double personsPerSecond() {
        return millis == 0 ? persons : persons * 1000.0 / millis;
    }
}
