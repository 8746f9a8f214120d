package org.residencedesk.service.demodata;

/** Told after each committed chunk that crosses another 5 % of the work. */
@FunctionalInterface
public interface ProgressListener {
    void progress(int percent, long persons, double personsPerSecond);
}
