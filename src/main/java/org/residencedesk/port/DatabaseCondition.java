package org.residencedesk.port;

/**
 * Whether the station database is known to be damaged (ADR 0275, 0333): from the moment the consistency check at
 * start or at night, or a read or write that hit a damaged page, finds it, every business change is refused. The
 * window shows it in the status bar, to an administrator as an alert, and in 关于与诊断.
 */
public interface DatabaseCondition {
    /** True once the damage is known; it stays true until the program ends (a restore needs a restart). */
    boolean damaged();

    /** Where the database lives, for the message that names the way out. */
    String location();

    /** Called once, on whatever thread found the damage, when {@link #damaged()} turns true. */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}
